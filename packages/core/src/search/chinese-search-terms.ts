import { chineseDomainTerms, segmentChineseWords } from '../segment/chinese-words.js'

/** How Chinese text is cut into index terms; see {@link chineseSearchTerms}. */
export type ChineseSegmentation = 'words' | 'pairs'

const HAN_RUN = /\p{Script=Han}+/gu

/**
 * The index terms of the Chinese in a text: overlapping character pairs of each run of Han characters
 * (中小企业 → 中小, 小企, 企业) plus the run's last character alone, so that a word split differently
 * in query and text is still found and a one-character query can match by prefix; then, with
 * `words`, segmentit's words (and the domain terms), with `pairs` only the domain terms found verbatim.
 * `pairs` exists because segmentit reads about 80,000 characters a second: too slow for a large corpus.
 * Terms come spelled by {@link encodeHanTerm}.
 */
export function chineseSearchTerms(text: string, segmentation: ChineseSegmentation): string[] {
  const terms: string[] = []
  for (const [run] of text.matchAll(HAN_RUN)) for (const pair of characterPairs(run)) terms.push(encodeHanTerm(pair))
  if (segmentation === 'words') {
    for (const word of segmentChineseWords(text)) if (isMultiCharacterHan(word)) terms.push(encodeHanTerm(word))
  } else {
    for (const term of chineseDomainTerms) if (text.includes(term)) terms.push(encodeHanTerm(term))
  }
  return terms
}

/**
 * Overlapping pairs of a run of Han characters, then its last character (a lone character is its own
 * term). Characters are code points, so a rare character outside the BMP is never cut in half.
 *
 * @example characterPairs('中小企业') // ['中小', '小企', '企业', '业']
 */
export function characterPairs(run: string): string[] {
  const characters = [...run]
  const pairs: string[] = []
  for (let index = 0; index + 1 < characters.length; index++) pairs.push(characters[index]! + characters[index + 1]!)
  if (characters.length > 0) pairs.push(characters[characters.length - 1]!)
  return pairs
}

/** Marks an encoded Chinese term; English index terms never start with it. */
export const HAN_TERM_MARK = '~'

/** The CJK Unified Ideographs block, where nearly all Chinese text lies; spelled in three digits. */
const MAIN_BLOCK_START = 0x4e00
const MAIN_BLOCK_END = 0x9fff

/** Digits are base 32: 32³ covers the main block, 32⁵ every code point (after a `!`). */
const BASE = 32
const MAIN_DIGITS = 3
const OTHER_DIGITS = 5

/**
 * A Chinese index term spelled in base-32 digits after a `~`: three a character of the main CJK block
 * (offset from U+4E00), `!` and five for any other. MiniSearch keeps terms in a radix tree whose
 * nodes it scans key by key; spelled this way a node has at most 32 children instead of one per Han
 * character in the corpus (thousands), which makes indexing a large Chinese text about three times
 * faster. A character's spelling prefixes every pair it opens, so prefix search for one character works.
 */
export function encodeHanTerm(term: string): string {
  let encoded = HAN_TERM_MARK
  for (const character of term) encoded += spellCharacter(character.codePointAt(0)!)
  return encoded
}

/** Spellings of the main block's characters, made on first use: indexing a large text spells each character many times. */
const mainBlockSpellings = new Array<string | undefined>(MAIN_BLOCK_END - MAIN_BLOCK_START + 1)

function spellCharacter(code: number): string {
  if (code < MAIN_BLOCK_START || code > MAIN_BLOCK_END) return `!${code.toString(BASE).padStart(OTHER_DIGITS, '0')}`
  const offset = code - MAIN_BLOCK_START
  return (mainBlockSpellings[offset] ??= offset.toString(BASE).padStart(MAIN_DIGITS, '0'))
}

function isMultiCharacterHan(word: string): boolean {
  return [...word].length > 1 && /^\p{Script=Han}+$/u.test(word)
}

/**
 * The text of a term spelled by {@link encodeHanTerm}.
 *
 * @example decodeHanTerm(encodeHanTerm('中小')) // '中小'
 */
export function decodeHanTerm(encoded: string): string {
  let text = ''
  for (let at = HAN_TERM_MARK.length; at < encoded.length; ) {
    const other = encoded[at] === '!'
    const digits = other ? encoded.slice(at + 1, at + 1 + OTHER_DIGITS) : encoded.slice(at, at + MAIN_DIGITS)
    text += String.fromCodePoint(parseInt(digits, BASE) + (other ? 0 : MAIN_BLOCK_START))
    at += other ? 1 + OTHER_DIGITS : MAIN_DIGITS
  }
  return text
}
