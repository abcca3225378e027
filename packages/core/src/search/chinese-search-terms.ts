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
 */
export function chineseSearchTerms(text: string, segmentation: ChineseSegmentation): string[] {
  const terms: string[] = []
  for (const [run] of text.matchAll(HAN_RUN)) terms.push(...characterPairs(run))
  if (segmentation === 'words') {
    for (const word of segmentChineseWords(text)) if (isMultiCharacterHan(word)) terms.push(word)
  } else {
    for (const term of chineseDomainTerms) if (text.includes(term)) terms.push(term)
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

function isMultiCharacterHan(word: string): boolean {
  return [...word].length > 1 && /^\p{Script=Han}+$/u.test(word)
}
