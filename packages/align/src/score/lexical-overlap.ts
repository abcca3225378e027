import type { PairFeatures } from './sentence-features.js'

/** Which words of one Chinese sentence and one English sentence translate each other. */
interface PairMatch {
  /** Positions in the Chinese sentence's word list that some stem of the English sentence translates. */
  readonly zh: Int32Array
  /** Positions in the English sentence's stem list that some Chinese word translates. */
  readonly en: Int32Array
}

/**
 * Weighted translation coverage of a Chinese span and an English span: the share of their word
 * weight (inverse document frequency) that finds a translation on the other side, in [0, 1].
 * Matches are computed once per sentence pair and combined per span, so a bead costs a few lookups.
 */
export interface LexicalOverlap {
  /** Coverage of the span pair, or `undefined` when neither span has a word the lexicon knows. */
  coverage(zhStart: number, zhCount: number, enStart: number, enCount: number): number | undefined
  /** Drops cached sentence pairs with a Chinese index below `zhIndex` (the search has moved on). */
  forgetBefore(zhIndex: number): void
}

/** Creates a {@link LexicalOverlap} over extracted features. */
export function createLexicalOverlap(features: PairFeatures): LexicalOverlap {
  const stemCount = features.enStemWeights.length
  const stampOwner = new Int32Array(stemCount).fill(-1)
  const stampPosition = new Int32Array(stemCount)
  const cache = new Map<number, PairMatch>()
  const enCount = features.enStems.length
  let stamp = 0
  const zhMarks = new Int32Array(maxLength(features.zhWords)).fill(-1)
  const enMarks = new Int32Array(maxLength(features.enStems)).fill(-1)
  let markToken = 0

  const pairMatch = (zhIndex: number, enIndex: number): PairMatch => {
    const key = zhIndex * (enCount + 1) + enIndex
    let match = cache.get(key)
    if (match === undefined) {
      match = matchPair(features, zhIndex, enIndex, stampOwner, stampPosition, stamp++)
      cache.set(key, match)
    }
    return match
  }

  const coverage = (zhStart: number, zhSpan: number, enStart: number, enSpan: number): number | undefined => {
    let total = 0
    let matched = 0
    for (let i = zhStart; i < zhStart + zhSpan; i++) {
      const token = markToken++
      for (let j = enStart; j < enStart + enSpan; j++) for (const position of pairMatch(i, j).zh) zhMarks[position] = token
      const words = features.zhWords[i] ?? EMPTY
      for (let position = 0; position < words.length; position++) {
        const weight = features.zhWordWeights[words[position] ?? 0] ?? 0
        total += weight
        if (zhMarks[position] === token) matched += weight
      }
    }
    for (let j = enStart; j < enStart + enSpan; j++) {
      const token = markToken++
      for (let i = zhStart; i < zhStart + zhSpan; i++) for (const position of pairMatch(i, j).en) enMarks[position] = token
      const stems = features.enStems[j] ?? EMPTY
      for (let position = 0; position < stems.length; position++) {
        const weight = features.enStemWeights[stems[position] ?? 0] ?? 0
        total += weight
        if (enMarks[position] === token) matched += weight
      }
    }
    return total > 0 ? matched / total : undefined
  }

  const forgetBefore = (zhIndex: number): void => {
    const limit = zhIndex * (enCount + 1)
    for (const key of cache.keys()) if (key < limit) cache.delete(key)
  }
  return { coverage, forgetBefore }
}

const EMPTY = new Int32Array(0)

function matchPair(
  features: PairFeatures,
  zhIndex: number,
  enIndex: number,
  stampOwner: Int32Array,
  stampPosition: Int32Array,
  stamp: number,
): PairMatch {
  const stems = features.enStems[enIndex] ?? EMPTY
  for (let position = 0; position < stems.length; position++) {
    const stem = stems[position] ?? 0
    stampOwner[stem] = stamp
    stampPosition[stem] = position
  }
  const zh: number[] = []
  const en = new Set<number>()
  const words = features.zhWords[zhIndex] ?? EMPTY
  for (let position = 0; position < words.length; position++) {
    const translations = features.zhWordTranslations[words[position] ?? 0] ?? EMPTY
    let found = false
    for (const stem of translations) {
      if (stampOwner[stem] !== stamp) continue
      found = true
      en.add(stampPosition[stem] ?? 0)
    }
    if (found) zh.push(position)
  }
  return { zh: Int32Array.from(zh), en: Int32Array.from(en) }
}

function maxLength(lists: readonly Int32Array[]): number {
  let max = 1
  for (const list of lists) max = Math.max(max, list.length)
  return max
}
