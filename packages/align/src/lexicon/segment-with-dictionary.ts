import type { Cedict } from './cedict.js'

/** Runs of Han characters: the only text this segmenter splits. */
const HAN_RUN = /\p{Script=Han}+/gu

/**
 * Splits the Han runs of a text into dictionary words, fewest words first; on a tie the later words
 * are the longer ones (backward maximum matching, which aligned the Bible benchmark's first 5,000
 * verses better than forward: strict F1 0.981 against 0.973). A fast stand-in for segmentit on
 * long texts: about 50 times quicker, and every word it returns can be looked up.
 *
 * @example segmentWithDictionary('发展中国家的物联网', cedict) // ['发展中国家', '的', '物联网']
 */
export function segmentWithDictionary(text: string, cedict: Cedict): string[] {
  const words: string[] = []
  // One push per word: spreading a run's words as arguments overflows the stack on a long run.
  for (const [run] of text.matchAll(HAN_RUN)) for (const word of segmentRun(run, cedict)) words.push(word)
  return words
}

function segmentRun(run: string, cedict: Cedict): string[] {
  // Index by UTF-16 unit when every character is one unit (almost always), else by code point.
  const characters = run.length === [...run].length ? undefined : [...run]
  const count = characters?.length ?? run.length
  const slice = (start: number, end: number): string => (characters === undefined ? run.slice(start, end) : characters.slice(start, end).join(''))
  const best = new Int32Array(count + 1).fill(2 ** 30)
  const step = new Int32Array(count + 1)
  best[0] = 0
  for (let end = 1; end <= count; end++) {
    const longest = cedict.longestWordEndingWith(slice(end - 1, end))
    for (let length = Math.min(cedict.maxWordLength, longest, end); length >= 1; length--) {
      const words = (best[end - length] ?? 0) + 1
      if (words >= (best[end] ?? 0)) continue
      if (length > 1 && !cedict.has(slice(end - length, end))) continue
      best[end] = words
      step[end] = length
    }
  }
  const words: string[] = []
  for (let end = count; end > 0; end -= step[end] ?? 1) words.push(slice(end - (step[end] ?? 1), end))
  return words.reverse()
}
