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
    else for (const part of splitIntoDictionaryWords(word, cedict)) words.push(part)
  }
  for (const run of singleCharacterRuns(words)) words.push(run)
  return words
}

/** Longest run of one-character words kept as a possible name: 亚比米勒 is four, 尼布甲尼撒 five. */
const MAX_RUN_LENGTH = 6

/**
 * Runs of two or more one-character words, joined: a transliterated name the dictionary lacks
 * (亚比米勒, "Abimelech") falls apart into characters, and only the whole run can be learnt as a pair.
 */
function singleCharacterRuns(words: readonly string[]): string[] {
  const runs: string[] = []
  let run: string[] = []
  const close = (): void => {
    if (run.length >= 2 && run.length <= MAX_RUN_LENGTH) runs.push(run.join(''))
    run = []
  }
  for (const word of words) {
    if ([...word].length === 1) run.push(word)
    else close()
  }
  close()
  return runs
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
