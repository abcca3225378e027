/** A word list as segmentit keeps it: words looked up by their UTF-16 length. */
export interface WordDictionary {
  /** The lengths of the dictionary's words, in UTF-16 units, longest first. */
  readonly lengths: readonly number[]
  has(word: string): boolean
}

/** How large a window may be; see {@link splitHanWindows}. */
export interface WindowLimits {
  /** Most UTF-16 units in a window of more than one word. */
  readonly maxLength: number
  /** Most segmentations of a window of more than one word, as segmentit enumerates them. */
  readonly maxSegmentations: number
}

/** A window of a Han run and how many segmentations segmentit would enumerate in it (capped just above the limit). */
export interface HanWindow {
  readonly text: string
  readonly segmentations: number
}

/**
 * Cuts a run of Han characters into consecutive windows that together spell the run, each cut at a
 * word boundary of forward maximum matching (the longest dictionary word at each place, else one
 * character). Words are added to a window while it stays within both limits, so ordinary text gets
 * long windows and highly ambiguous text (哈哈哈…, 一一一…) short ones. A window of one word may exceed
 * the limits (a dictionary word is at most a few characters). Linear in the run: each place is looked
 * up once, and a window's segmentations are counted over at most `maxLength` units.
 */
export function splitHanWindows(run: string, dictionary: WordDictionary, limits: WindowLimits): HanWindow[] {
  const matches = wordLengthsAt(run, dictionary)
  const windows: HanWindow[] = []
  let start = 0
  while (start < run.length) {
    let end = start + longestWordAt(run, matches, start)
    let segmentations = countSegmentations(matches, start, end, limits.maxSegmentations)
    while (end < run.length) {
      const next = end + longestWordAt(run, matches, end)
      if (next - start > limits.maxLength) break
      const count = countSegmentations(matches, start, next, limits.maxSegmentations)
      if (count > limits.maxSegmentations) break
      end = next
      segmentations = count
    }
    windows.push({ text: run.slice(start, end), segmentations })
    start = end
  }
  return windows
}

/** For each place in the text, the lengths of the dictionary words that start there, longest first. */
function wordLengthsAt(text: string, dictionary: WordDictionary): number[][] {
  const matches: number[][] = []
  for (let at = 0; at < text.length; at++) {
    const found: number[] = []
    for (const length of dictionary.lengths) {
      if (at + length <= text.length && dictionary.has(text.slice(at, at + length))) found.push(length)
    }
    matches.push(found)
  }
  return matches
}

/** The forward-maximum-matching word at `at`: the longest dictionary word, else one code point. */
function longestWordAt(text: string, matches: readonly number[][], at: number): number {
  return matches[at]![0] ?? (text.codePointAt(at)! > 0xffff ? 2 : 1)
}

/**
 * How many segmentations segmentit's DictTokenizer enumerates for `[start, end)`, at most `cap` + 1:
 * at each place it tries every dictionary word that fits in the window, or the single UTF-16 unit
 * where none does, and follows every choice to the end.
 */
function countSegmentations(matches: readonly number[][], start: number, end: number, cap: number): number {
  const ways = new Array<number>(end - start + 1).fill(0)
  ways[0] = 1
  for (let at = start; at < end; at++) {
    const here = ways[at - start]!
    if (here === 0) continue
    let fitted = false
    for (const length of matches[at]!) {
      if (at + length > end) continue
      fitted = true
      ways[at + length - start] = Math.min(cap + 1, ways[at + length - start]! + here)
    }
    if (!fitted) ways[at + 1 - start] = Math.min(cap + 1, ways[at + 1 - start]! + here)
  }
  return ways[end - start]!
}
