import levenshtein from 'fast-levenshtein'
import { languageSchema, type Language } from '../model/schemas.js'
import { englishWordFormUnchecked, searchStopWords } from './english-words.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/** Han characters one by one, and Latin words (4.0, R&D) whole. */
const TOKEN_PATTERN = /\p{Script=Han}|[\p{Script=Latin}\p{N}]+(?:['’.&][\p{Script=Latin}\p{N}]+)*/gu

/**
 * The units a match percentage counts, from NFKC, case-folded text: Chinese by character (Han
 * characters, and Latin words whole); English by word, plural folded, stop words ignored ("to",
 * "and" neither make nor break a match) unless the sentence has nothing else. Punctuation is ignored.
 *
 * @example fuzzyMatchTokens('Encourage members to establish platforms.', 'en') // ['encourage', 'member', 'establish', 'platform']
 */
export function fuzzyMatchTokens(text: string, language: Language): string[] {
  return fuzzyMatchTokensUnchecked(parseArgument(textArgumentSchema, text, 'text'), parseArgument(languageSchema, language, 'language'))
}

/** {@link fuzzyMatchTokens} without the argument check, for loops inside core. */
export function fuzzyMatchTokensUnchecked(text: string, language: Language): string[] {
  const tokens = [...text.normalize('NFKC').matchAll(TOKEN_PATTERN)].map(([token]) =>
    /\p{Script=Han}/u.test(token) ? token : englishWordFormUnchecked(token),
  )
  if (language === 'zh') return tokens
  const content = tokens.filter((token) => !searchStopWords.has(token))
  return content.length > 0 ? content : tokens
}

/**
 * A CAT-style match percentage in [0, 1]: 1 − edit distance ÷ the longer length, the distance counted
 * by fast-levenshtein over the {@link fuzzyMatchTokens} of both texts (each distinct token spelled as
 * one character), so English is compared word by word, as OmegaT does, and Chinese character by character.
 *
 * @example fuzzyMatchScore('Support SME digital transformation', 'Support SMEs digital transformation.', 'en') // 1
 */
export function fuzzyMatchScore(a: string, b: string, language: Language): number {
  parseArgument(textArgumentSchema, a, 'a')
  parseArgument(textArgumentSchema, b, 'b')
  parseArgument(languageSchema, language, 'language')
  const codes = createTokenCodes()
  return scoreEncoded(codes.encode(fuzzyMatchTokensUnchecked(a, language)), codes.encode(fuzzyMatchTokensUnchecked(b, language)))
}

/** Score of two texts already spelled by one {@link TokenCodes}. */
export function scoreEncoded(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  return (longer - levenshtein.get(a, b)) / longer
}

/** Spells token sequences as strings, one UTF-16 code unit a distinct token, for fast-levenshtein. */
export interface TokenCodes {
  encode(tokens: readonly string[]): string
}

/** Code units outside the surrogate range; ids beyond wrap around (two rare tokens then count as equal). */
const CODE_COUNT = 0x10000 - 0x800
const SURROGATE_START = 0xd800

/** A fresh token-to-character table; tokens are numbered in order of first sight, so output is stable. */
export function createTokenCodes(): TokenCodes {
  const ids = new Map<string, number>()
  const codeOf = (token: string): string => {
    let id = ids.get(token)
    if (id === undefined) ids.set(token, (id = ids.size))
    const slot = id % CODE_COUNT
    return String.fromCharCode(slot < SURROGATE_START ? slot : slot + 0x800)
  }
  return { encode: (tokens) => tokens.map(codeOf).join('') }
}
