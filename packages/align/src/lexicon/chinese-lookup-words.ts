import { segmentChineseWords } from '@duiqi/core'
import type { Cedict } from './cedict.js'
import { segmentWithDictionary } from './segment-with-dictionary.js'

/**
 * The words of a Chinese sentence to look up in the dictionary: segmentit's words (or, with `fast`,
 * the dictionary's own fewest-words segmentation), a word the dictionary lacks split into the
 * longest dictionary words it contains (黑龙潭 → 黑龙 + 潭), so new compounds still find their
 * parts' translations. Latin and digit runs are dropped (they are anchors, not dictionary words).
 */
export function chineseLookupWords(text: string, cedict: Cedict, fast = false): string[] {
  const words: string[] = []
  const segmented = fast ? segmentWithDictionary(text, cedict) : segmentChineseWords(text)
  for (const word of segmented) {
    if (!/\p{Script=Han}/u.test(word)) continue
    if (cedict.has(word)) words.push(word)
    else words.push(...splitIntoDictionaryWords(word, cedict))
  }
  return words
}

/** Greedy longest-match split of a word into dictionary words; unknown characters stay single. */
export function splitIntoDictionaryWords(word: string, cedict: Cedict): string[] {
  const characters = [...word]
  const parts: string[] = []
  let start = 0
  while (start < characters.length) {
    let length = Math.min(cedict.maxWordLength, characters.length - start)
    while (length > 1 && !cedict.has(characters.slice(start, start + length).join(''))) length--
    parts.push(characters.slice(start, start + length).join(''))
    start += length
  }
  return parts
}
