import type { PairFeatures } from './sentence-features.js'
import { dice } from '../lexicon/association.js'

/** A bead as sentence ranges on the Chinese and English sides. */
export interface LexiconBead {
  readonly zhStart: number
  readonly zhCount: number
  readonly enStart: number
  readonly enCount: number
}

/** A pair must occur together in at least this many beads: once is coincidence. */
const MIN_COOCCURRENCE = 2

/** Least Dice coefficient of a learnt pair: the two words mostly occur together. */
const MIN_DICE = 0.5

/**
 * Translation pairs learnt from beads the first search found: a Chinese word and an English stem
 * that occur in the same beads far more than apart (Dice coefficient over beads). Returns the
 * dictionary's translations with the learnt stems added, per Chinese word id.
 */
export function learnTranslations(
  features: PairFeatures,
  beads: readonly LexiconBead[],
  dictionary: readonly Int32Array[],
): Int32Array[] {
  const bags = beads.map((bead) => ({
    words: distinctIn(features.zh.words, bead.zhStart, bead.zhCount),
    stems: distinctIn(features.en.stems, bead.enStart, bead.enCount),
  }))
  const zhCounts = new Float64Array(dictionary.length)
  const enCounts = new Float64Array(features.stemCount)
  for (const { words, stems } of bags) {
    for (const word of words) zhCounts[word] = (zhCounts[word] ?? 0) + 1
    for (const stem of stems) enCounts[stem] = (enCounts[stem] ?? 0) + 1
  }
  const pairCounts = new Map<number, number>()
  for (const { words, stems } of bags) {
    for (const word of words) {
      const wordCount = zhCounts[word] ?? 0
      if (wordCount < MIN_COOCCURRENCE) continue
      for (const stem of stems) {
        if (!canReachDice(wordCount, enCounts[stem] ?? 0)) continue
        const key = word * features.stemCount + stem
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1)
      }
    }
  }
  const learnt = dictionary.map((ids) => new Set(ids))
  for (const [key, together] of pairCounts) {
    if (together < MIN_COOCCURRENCE) continue
    const word = Math.floor(key / features.stemCount)
    const stem = key % features.stemCount
    if (dice(together, zhCounts[word] ?? 0, enCounts[stem] ?? 0) >= MIN_DICE) learnt[word]?.add(stem)
  }
  return learnt.map((ids) => Int32Array.from(ids).sort())
}

/** Whether two words seen in `a` and `b` beads could reach the Dice threshold at all (together ≤ min(a, b)). */
function canReachDice(a: number, b: number): boolean {
  return b >= MIN_COOCCURRENCE && dice(Math.min(a, b), a, b) >= MIN_DICE
}

function distinctIn(lists: readonly Int32Array[], start: number, count: number): number[] {
  if (count === 1) return [...(lists[start] ?? [])]
  const ids = new Set<number>()
  for (let index = start; index < start + count; index++) for (const id of lists[index] ?? []) ids.add(id)
  return [...ids]
}
