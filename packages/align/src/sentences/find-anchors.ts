import type { LexiconModel } from '../score/lexicon-model.js'
import type { PairFeatures } from '../score/sentence-features.js'
import { lengthDiagonal } from './search-band.js'

/** A sentence pair trusted before any search: a Chinese and an English sentence index. */
export interface Anchor {
  readonly zh: number
  readonly en: number
}

/** Stems found in more than this share of Chinese sentences are too common to anchor anything. */
const MAX_ANCHOR_CHANCE = 0.02

/** How far from the length diagonal a counterpart is looked for, as a share of the Chinese sentences. */
const SEARCH_SHARE = 0.05

/** The least search radius in sentences, for short texts. */
const MIN_SEARCH_RADIUS = 40

/** Least evidence (sum of −log chance of shared rare stems and anchors) for a candidate pair. */
const MIN_ANCHOR_SCORE = 8

/** The best candidate must beat the runner-up by this factor, or the sentence is ambiguous. */
const MIN_MARGIN = 1.5

/** Anchors on each side of an anchor that vote on where the path runs there (a window of five). */
const NEIGHBOUR_VOTES = 2

/**
 * Farthest an anchor may sit from the median of its window, in Chinese sentences off the length
 * diagonal: the first band is about this wide at an anchor (`ANCHORED_WIDTH`), so a stray anchor
 * further off would leave out the path its neighbours agree on.
 */
const MAX_STRAY = 12

/**
 * One-to-one anchors found cheaply: for each English sentence, the Chinese sentence near the
 * length diagonal that shares the most rare translations (words found in few sentences), kept when it
 * clearly wins; then the heaviest chain of candidates that is monotone on both sides.
 */
export function findAnchors(features: PairFeatures, lexicon: LexiconModel): Anchor[] {
  const index = rareStemIndex(features, lexicon)
  const diagonal = lengthDiagonal(features.en.lengths, features.zh.lengths)
  const radius = Math.max(MIN_SEARCH_RADIUS, Math.round(SEARCH_SHARE * features.zh.words.length))
  const scores = new Float64Array(features.zh.words.length)
  const candidates: Array<Anchor & { weight: number }> = []
  features.en.stems.forEach((stems, en) => {
    const center = diagonal[en] ?? 0
    const touched: number[] = []
    for (const stem of stems) {
      const weight = -Math.log(lexicon.enChance[stem] ?? 1)
      for (const zh of index.get(stem) ?? []) {
        if (Math.abs(zh - center) > radius) continue
        if (scores[zh] === 0) touched.push(zh)
        scores[zh] = (scores[zh] ?? 0) + weight
      }
    }
    const best = pickBest(scores, touched)
    if (best !== undefined) candidates.push({ zh: best.zh, en, weight: best.score })
    for (const zh of touched) scores[zh] = 0
  })
  return dropStrays(heaviestChain(candidates), diagonal)
}

/**
 * The chain without anchors that stray from their neighbours: a passage repeated elsewhere (the
 * same offering "in the morning" in Exodus and Numbers) can win a sentence that is monotone with
 * the chain yet dozens of sentences off. Each anchor's offset from the length diagonal is compared
 * with the median offset of the window around it; one or two strays in a window are outvoted.
 */
export function dropStrays(chain: readonly Anchor[], diagonal: Float64Array): Anchor[] {
  const offsets = chain.map((anchor) => anchor.zh - (diagonal[anchor.en] ?? 0))
  return chain.filter((_, k) => {
    const window = offsets.slice(Math.max(0, k - NEIGHBOUR_VOTES), k + NEIGHBOUR_VOTES + 1).sort((a, b) => a - b)
    const median = window[Math.floor(window.length / 2)] ?? 0
    return Math.abs((offsets[k] ?? 0) - median) <= MAX_STRAY
  })
}

/** Rare stems → the Chinese sentences holding a word that translates to them. */
function rareStemIndex(features: PairFeatures, lexicon: LexiconModel): Map<number, number[]> {
  const index = new Map<number, number[]>()
  const seen = new Int32Array(features.stemCount).fill(-1)
  features.zh.words.forEach((words, zh) => {
    for (const word of words) {
      for (const stem of lexicon.translations[word] ?? []) {
        if (seen[stem] === zh || (lexicon.enChance[stem] ?? 1) > MAX_ANCHOR_CHANCE) continue
        seen[stem] = zh
        const list = index.get(stem)
        if (list === undefined) index.set(stem, [zh])
        else list.push(zh)
      }
    }
  })
  return index
}

function pickBest(scores: Float64Array, touched: readonly number[]): { zh: number; score: number } | undefined {
  let best = -1
  let first = 0
  let second = 0
  for (const zh of touched) {
    const score = scores[zh] ?? 0
    if (score > first || (score === first && zh < best)) {
      second = first
      first = score
      best = zh
    } else if (score > second) second = score
  }
  if (best < 0 || first < MIN_ANCHOR_SCORE || first < MIN_MARGIN * second) return undefined
  return { zh: best, score: first }
}

/**
 * The subset of candidates with the greatest total weight whose Chinese and English indices both
 * strictly increase (a weighted longest increasing subsequence, O(k log k) with a Fenwick tree).
 */
export function heaviestChain(candidates: ReadonlyArray<Anchor & { weight: number }>): Anchor[] {
  if (candidates.length === 0) return []
  const sorted = [...candidates].sort((a, b) => a.en - b.en || a.zh - b.zh)
  const size = largestZh(sorted) + 2
  const treeValue = new Float64Array(size + 1)
  const treeIndex = new Int32Array(size + 1).fill(-1)
  const chainValue = new Float64Array(sorted.length)
  const previous = new Int32Array(sorted.length).fill(-1)
  let groupStart = 0
  for (let k = 0; k <= sorted.length; k++) {
    if (k < sorted.length && sorted[k]?.en === sorted[groupStart]?.en) continue
    for (let g = groupStart; g < k; g++) {
      const [value, index] = queryPrefix(treeValue, treeIndex, sorted[g]?.zh ?? 0)
      chainValue[g] = value + (sorted[g]?.weight ?? 0)
      previous[g] = index
    }
    for (let g = groupStart; g < k; g++) update(treeValue, treeIndex, (sorted[g]?.zh ?? 0) + 1, chainValue[g] ?? 0, g)
    groupStart = k
  }
  let end = 0
  for (let k = 1; k < sorted.length; k++) if ((chainValue[k] ?? 0) > (chainValue[end] ?? 0)) end = k
  const chain: Anchor[] = []
  for (let k = end; k >= 0; k = previous[k] ?? -1) chain.push({ zh: sorted[k]?.zh ?? 0, en: sorted[k]?.en ?? 0 })
  return chain.reverse()
}

/** The largest Chinese index among the candidates (a loop: a spread of millions of arguments overflows the stack). */
function largestZh(candidates: readonly Anchor[]): number {
  let largest = 0
  for (const candidate of candidates) if (candidate.zh > largest) largest = candidate.zh
  return largest
}

/** Best chain value and its last candidate over Chinese indices below `zh`. */
function queryPrefix(value: Float64Array, index: Int32Array, zh: number): [number, number] {
  let best = 0
  let bestIndex = -1
  for (let position = zh; position > 0; position -= position & -position) {
    if ((value[position] ?? 0) > best) {
      best = value[position] ?? 0
      bestIndex = index[position] ?? -1
    }
  }
  return [best, bestIndex]
}

function update(value: Float64Array, index: Int32Array, position: number, chain: number, candidate: number): void {
  for (let at = position; at < value.length; at += at & -at) {
    if (chain > (value[at] ?? 0)) {
      value[at] = chain
      index[at] = candidate
    }
  }
}
