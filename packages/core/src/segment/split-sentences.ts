import { languageSchema, type Language } from '../model/schemas.js'
import { findChineseSentenceEnds } from './chinese-sentence-ends.js'
import { findEnglishSentenceEnds } from './english-sentence-ends.js'
import { findHeadingMarkers } from './heading-markers.js'
import type { Span } from './span.js'
import { trimWhiteSpace } from './white-space.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/**
 * Splits a paragraph into sentences.
 *
 * Returns spans (UTF-16 offsets into `text`, end exclusive) trimmed of white space that cover every
 * non-white-space character of `text` exactly once, in order. The end of `text` always ends a
 * sentence, so callers split one paragraph at a time. Runs in linear time.
 *
 * - `en`: a sentence ends after `.`, `!` or `?` (and any closing quotes or brackets) followed by white
 *   space and a capital letter, a digit or an opening quote; not after abbreviations ("No. 9", "i.e.",
 *   "Mr.", "U.S."), not in decimals ("4.0"), not at "..." inside brackets.
 * - `zh`: a sentence ends after `。`, `！`, `？` or `……` (and runs of them), with the closing quotes
 *   and brackets that follow (`”`, `」`, `）`); `；` does not end a sentence.
 * - both: a markdown heading marker inside the paragraph opens a sentence (`#`s opening a line, or
 *   `##`…`######` after white space in one: see `headingMarkerLength`), so a heading that lost its line
 *   break is not merged with the sentence before it.
 *
 * @example
 * splitSentences('It grew. Then it shrank.', 'en') // [{ start: 0, end: 8 }, { start: 9, end: 24 }]
 */
export function splitSentences(text: string, language: Language): Span[] {
  return splitSentencesUnchecked(parseArgument(textArgumentSchema, text, 'text'), parseArgument(languageSchema, language, 'language'))
}

/** {@link splitSentences} without the argument check, for loops inside core. */
export function splitSentencesUnchecked(text: string, language: Language): Span[] {
  const sentenceEnds = language === 'zh' ? findChineseSentenceEnds(text) : findEnglishSentenceEnds(text)
  const markers = findHeadingMarkers(text)
  const ends = markers.length === 0 ? sentenceEnds : [...new Set([...sentenceEnds, ...markers])].sort((a, b) => a - b)
  ends.push(text.length)
  const spans: Span[] = []
  let start = 0
  for (const end of ends) {
    const span = trimWhiteSpace(text, start, end)
    if (span.end > span.start) spans.push(span)
    start = end
  }
  return spans
}
