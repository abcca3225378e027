// Sections title, 1, 2, 4.2, 4.4 and 4.6 of the G20 NIR Action Plan as `duiqi export` writes them.
import { readFileSync } from 'node:fs'
import { createCorpus, readJsonlCorpus, type Corpus } from '@duiqi/core'

/** The excerpt as a corpus (51 beads). */
export function planSections(): Corpus {
  return createCorpus(readJsonlCorpus(readFileSync(new URL('./plan-sections.jsonl', import.meta.url), 'utf8'), { id: 'plan-sections' }))
}
