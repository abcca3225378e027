// Sections title, 4.2 and 4.6 of the G20 NIR Action Plan as `duiqi export` writes them: a small real corpus for tests.
import text from './plan-excerpt.jsonl?raw'
import { createCorpus, type Corpus } from '../../corpus/corpus.js'
import { readJsonlCorpus } from '../../formats/corpus-from-records.js'

/** The excerpt as JSON lines. */
export const planExcerptJsonl: string = text

/** The excerpt as a corpus (23 beads). */
export function planExcerpt(): Corpus {
  return createCorpus(readJsonlCorpus(text, { id: 'plan-excerpt' }))
}
