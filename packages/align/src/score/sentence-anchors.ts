import { arabicNumbers, chineseNumerals, englishNumberWords } from './parse-numbers.js'

/** Latin-script tokens inside Chinese text: acronyms and product names (G20, IoT, OECD, COBE). */
export const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*/g

/**
 * Quotation marks of either script, double or single (a single quote only where it cannot be an
 * apostrophe: opening before a word, or closing after punctuation); quoted speech usually stays quoted.
 */
const QUOTE = /[“”"「」『』]|(^|[\s(—])['‘]\S|[.,!?;:…—-]['’](\s|$)/

/** Round brackets of either script. */
const BRACKET = /[()（）]/

/** A question mark of either script: a question stays a question in translation, even when its line is short. */
const QUESTION = /[?？]/

/**
 * The anchors of a Chinese sentence: numbers (`n:28`), Latin tokens (`l:g20`), and `quote`,
 * `bracket` and `question` marks. Sorted and distinct, so spans compare as sets.
 */
export function chineseAnchors(text: string): string[] {
  const anchors = [...arabicNumbers(text), ...chineseNumerals(text)].map((value) => `n:${value}`)
  for (const [token] of text.matchAll(LATIN_TOKEN)) anchors.push(`l:${token.toLowerCase()}`)
  return finishAnchors(text, anchors)
}

/**
 * The anchors of an English sentence: numbers in digits or words, Latin tokens that also occur in
 * the Chinese text (`latinVocabulary`, lowercase), and `quote`, `bracket` and `question` marks.
 */
export function englishAnchors(text: string, latinVocabulary: ReadonlySet<string>): string[] {
  const anchors = [...arabicNumbers(text), ...englishNumberWords(text)].map((value) => `n:${value}`)
  for (const [token] of text.matchAll(LATIN_TOKEN)) {
    const lower = token.toLowerCase()
    if (latinVocabulary.has(lower)) anchors.push(`l:${lower}`)
  }
  return finishAnchors(text, anchors)
}

function finishAnchors(text: string, anchors: string[]): string[] {
  if (QUOTE.test(text)) anchors.push('quote')
  if (BRACKET.test(text)) anchors.push('bracket')
  if (QUESTION.test(text)) anchors.push('question')
  return [...new Set(anchors)].sort()
}
