import { z } from 'zod'
import { languageSchema, type Language } from '../model/schemas.js'
import { englishWordsUnchecked } from './english-words.js'
import type { QueryTerms } from './query-terms.js'

/** A stretch of a bead's text that matched, for highlighting: UTF-16 offsets into `beadText(bead, language)`. */
export const textMatchSchema = z.object({
  language: languageSchema,
  start: z.number().int().nonnegative(),
  /** Exclusive. */
  end: z.number().int().nonnegative(),
  text: z.string(),
})
export type TextMatch = z.infer<typeof textMatchSchema>

/**
 * Where a query's terms stand in a text, in order, without overlaps. A Han run is found verbatim
 * (Chinese has no spaces, so segmentation cannot hide it); where it does not occur whole, its
 * character pairs are marked instead. Latin words match by search form (case and plural folded);
 * matched words separated only by spaces or hyphens make one match ("intellectual property").
 */
export function findMatches(text: string, terms: QueryTerms, language: Language): TextMatch[] {
  const marked = new Uint8Array(text.length)
  for (const run of terms.han) markRun(text, run, marked)
  markWords(text, new Set(terms.words), marked)
  return markedSpans(text, marked, language)
}

function markRun(text: string, run: string, marked: Uint8Array): void {
  if (markOccurrences(text, run, marked) > 0) return
  const characters = [...run]
  for (let index = 0; index + 1 < characters.length; index++) markOccurrences(text, characters[index]! + characters[index + 1]!, marked)
}

function markOccurrences(text: string, needle: string, marked: Uint8Array): number {
  let count = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    marked.fill(1, at, at + needle.length)
    count++
  }
  return count
}

function markWords(text: string, forms: ReadonlySet<string>, marked: Uint8Array): void {
  if (forms.size === 0) return
  const words = englishWordsUnchecked(text)
  let previousEnd = -1
  for (const word of words) {
    if (!forms.has(word.form)) continue
    if (previousEnd >= 0 && /^[\s\-‐]+$/u.test(text.slice(previousEnd, word.start))) marked.fill(1, previousEnd, word.start)
    marked.fill(1, word.start, word.end)
    previousEnd = word.end
  }
}

function markedSpans(text: string, marked: Uint8Array, language: Language): TextMatch[] {
  const matches: TextMatch[] = []
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    const on = index < text.length && marked[index] === 1
    if (on && start < 0) start = index
    if (!on && start >= 0) {
      matches.push({ language, start, end: index, text: text.slice(start, index) })
      start = -1
    }
  }
  return matches
}
