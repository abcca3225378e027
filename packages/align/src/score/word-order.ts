import type { LexiconBead } from './learn-lexicon.js'
import type { WordMatches } from './lexical-evidence.js'
import { outOfRange } from '../common/range-checks.js'
import { cumulative } from '../common/search-basics.js'
import { createPositionPairs, type PairTable, type PositionPairs } from './pair-table.js'
import type { PairFeatures } from './sentence-features.js'

/**
 * Word order inside a bead: a word and its translation stand at about the same relative place in
 * the two spans (a translator keeps the order of clauses more often than not), while a word matched
 * by chance, or by a sentence that belongs to the next bead, stands anywhere. This is the diagonal
 * that word aligners such as fast_align assume inside a sentence pair, applied to whole beads.
 *
 * For each matched word of a bead, the distance d between its relative position in its span and
 * the nearest relative position of a translation on the other side is weighed by how much likelier
 * that distance is in a true bead than in a wrong one, both measured on the beads of a first search.
 */
export interface WordOrderEvidence {
  /** Log-likelihood ratio of the positions of a bead's matched words, 0 on average over true beads. */
  logLikelihoodRatio(zhStart: number, zhCount: number, enStart: number, enCount: number): number
}

/** Distances are counted in this many equal bins of [0, 1]. */
const BINS = 10

/** Each first-search bead's Chinese span is set against the English spans of this many other beads, spread round the text, for wrong beads. */
const CHANCE_SAMPLES = 16

/** Each bin starts with this count, so an empty bin says little. */
const BIN_SMOOTHING = 1

/**
 * Weight of the order evidence against the other parts. Words of a bead move together (a clause
 * moved moves all its words), so their sum overstates the evidence, more than for the word matches
 * themselves. On MAC-Dev every weight from 0.1 to 0.4 gains (0.9075–0.9106 against 0.9027 without);
 * leave-one-out over 0, 0.1, 0.15, …, 0.3, 0.4 never picks 0 and scores 0.9040 on the held-out
 * chapters. 0.2 is in the middle of the gaining range; the Bible 30,000 gains too (0.9755 → 0.9779).
 * With the length density and lexical weight 0.3 of today, 0.1, 0.2 and 0.3 give 0.9170, 0.9232, 0.9173.
 */
const ORDER_WEIGHT = 0.2

/**
 * Estimates the evidence from the beads of a first search (true beads) and their Chinese spans set
 * against the English spans of other beads (wrong beads), and returns it, ready to score candidate beads.
 */
export function createWordOrderEvidence(features: PairFeatures, matches: WordMatches, beads: readonly LexiconBead[]): WordOrderEvidence {
  const read = createDistanceReader(features, matches)
  const gains = estimateGains(read, beads)
  return {
    logLikelihoodRatio(zhStart, zhCount, enStart, enCount) {
      const count = read(zhStart, zhCount, enStart, enCount)
      let total = 0
      for (let k = 0; k < count; k++) {
        const cell = read.cells[k] ?? outOfRange(read.cells, k)
        total += gains[cell] ?? outOfRange(gains, cell)
      }
      return ORDER_WEIGHT * total
    },
  }
}

/**
 * Reads the distances of a bead's matched words as cells of the tables (side × {@link BINS} + bin,
 * side 0 for a Chinese word, 1 for an English stem): returns how many, found in `cells` until the next read.
 */
interface DistanceReader {
  (zhStart: number, zhCount: number, enStart: number, enCount: number): number
  readonly cells: Int32Array
}

/**
 * Per side and bin: log P(bin | true bead) − log P(bin | wrong bead), less its mean over true beads,
 * so a bead's order evidence does not grow with the number of its matched words, only with how well they line up.
 */
function estimateGains(read: DistanceReader, beads: readonly LexiconBead[]): Float64Array {
  const truth = new Float64Array(2 * BINS).fill(BIN_SMOOTHING)
  const chance = new Float64Array(2 * BINS).fill(BIN_SMOOTHING)
  const tally = (counts: Float64Array, count: number): void => {
    for (let k = 0; k < count; k++) {
      const cell = read.cells[k] ?? outOfRange(read.cells, k)
      counts[cell] = (counts[cell] ?? outOfRange(counts, cell)) + 1
    }
  }
  beads.forEach((bead, index) => {
    tally(truth, read(bead.zhStart, bead.zhCount, bead.enStart, bead.enCount))
    for (let sample = 1; sample <= CHANCE_SAMPLES; sample++) {
      const otherIndex = (index + Math.floor((sample * beads.length) / (CHANCE_SAMPLES + 1))) % beads.length
      const other = beads[otherIndex] ?? outOfRange(beads, otherIndex)
      if (other !== bead) tally(chance, read(bead.zhStart, bead.zhCount, other.enStart, other.enCount))
    }
  })
  const gains = new Float64Array(2 * BINS)
  for (let side = 0; side < 2; side++) {
    const truthTotal = sum(truth, side)
    const chanceTotal = sum(chance, side)
    let mean = 0
    for (let bin = 0; bin < BINS; bin++) {
      const at = side * BINS + bin
      const gain = Math.log(((truth[at] ?? outOfRange(truth, at)) / truthTotal) / ((chance[at] ?? outOfRange(chance, at)) / chanceTotal))
      gains[at] = gain
      mean += ((truth[at] ?? outOfRange(truth, at)) / truthTotal) * gain
    }
    for (let at = side * BINS; at < (side + 1) * BINS; at++) gains[at] = (gains[at] ?? outOfRange(gains, at)) - mean
  }
  return gains
}

function sum(counts: Float64Array, side: number): number {
  let total = 0
  for (let at = side * BINS; at < (side + 1) * BINS; at++) total += counts[at] ?? outOfRange(counts, at)
  return total
}

function binOf(distance: number): number {
  return Math.min(BINS - 1, Math.floor(distance * BINS))
}

/**
 * Reads, for a bead, each matched word's distance to its nearest translation: positions are word
 * indices over the span's words (in order, sentence after sentence), divided by the span's word count.
 */
function createDistanceReader(features: PairFeatures, matches: WordMatches): DistanceReader {
  const state: DistanceState = {
    zhWordsBefore: cumulative(Float64Array.from(features.zh.words, (ids) => ids.length)),
    enWordsBefore: cumulative(Float64Array.from(features.en.stems, (ids) => ids.length)),
    zhBest: new Float64Array(0),
    enBest: new Float64Array(0),
    zhUsed: 0,
    enUsed: 0,
    pairs: createPositionPairs(),
  }
  let cells = new Int32Array(0)
  const read = (zhStart: number, zhCount: number, enStart: number, enCount: number): number => {
    const { zhWordsBefore, enWordsBefore } = state
    const zhEnd = zhStart + zhCount
    const enEnd = enStart + enCount
    const zhTotal = (zhWordsBefore[zhEnd] ?? outOfRange(zhWordsBefore, zhEnd)) - (zhWordsBefore[zhStart] ?? outOfRange(zhWordsBefore, zhStart))
    const enTotal = (enWordsBefore[enEnd] ?? outOfRange(enWordsBefore, enEnd)) - (enWordsBefore[enStart] ?? outOfRange(enWordsBefore, enStart))
    if (zhTotal === 0 || enTotal === 0) return 0
    if (zhTotal > state.zhBest.length) state.zhBest = new Float64Array(2 * zhTotal).fill(Number.POSITIVE_INFINITY)
    if (enTotal > state.enBest.length) state.enBest = new Float64Array(2 * enTotal).fill(Number.POSITIVE_INFINITY)
    if (zhTotal + enTotal > cells.length) reader.cells = cells = new Int32Array(2 * (zhTotal + enTotal))
    lowerDistances(state, matches.pairs(), zhStart, zhCount, enStart, enCount, zhTotal, enTotal)
    const found = drain(state.zhBest, state.zhUsed, 0, cells, 0)
    return drain(state.enBest, state.enUsed, BINS, cells, found)
  }
  const reader = Object.assign(read, { cells })
  return reader
}

/** What a distance reader keeps from bead to bead. */
interface DistanceState {
  /** Per sentence (and one past the last): how many words the sentences before it have. */
  readonly zhWordsBefore: Float64Array
  readonly enWordsBefore: Float64Array
  /** Per position of the span: the smallest distance to a translation so far (infinity: unmatched). */
  zhBest: Float64Array
  enBest: Float64Array
  /** One past the last position of each span that a translation reached, in the bead last read. */
  zhUsed: number
  enUsed: number
  /** This reader's own view of a sentence pair's position pairs, filled by {@link PairTable.positions}. */
  readonly pairs: PositionPairs
}

/**
 * Lowers each matched word's best distance by every pair of translated positions in the bead, sentence
 * pair by sentence pair, and records how far into each span the matches reach.
 */
function lowerDistances(
  state: DistanceState,
  table: PairTable,
  zhStart: number,
  zhCount: number,
  enStart: number,
  enCount: number,
  zhTotal: number,
  enTotal: number,
): void {
  const { zhWordsBefore, enWordsBefore, zhBest, enBest } = state
  const zhFirst = zhWordsBefore[zhStart] ?? outOfRange(zhWordsBefore, zhStart)
  const enFirst = enWordsBefore[enStart] ?? outOfRange(enWordsBefore, enStart)
  let zhUsed = 0
  let enUsed = 0
  for (let i = zhStart; i < zhStart + zhCount; i++) {
    const zhOffset = (zhWordsBefore[i] ?? outOfRange(zhWordsBefore, i)) - zhFirst
    for (let j = enStart; j < enStart + enCount; j++) {
      const { buffer, from, count } = table.positions(i, j, state.pairs)
      if (count === 0) continue
      const enOffset = (enWordsBefore[j] ?? outOfRange(enWordsBefore, j)) - enFirst
      for (let k = from; k < from + 2 * count; k += 2) {
        const zhAt = zhOffset + (buffer[k] ?? outOfRange(buffer, k))
        const enAt = enOffset + (buffer[k + 1] ?? outOfRange(buffer, k + 1))
        const distance = Math.abs((zhAt + 0.5) / zhTotal - (enAt + 0.5) / enTotal)
        if (distance < (zhBest[zhAt] ?? outOfRange(zhBest, zhAt))) zhBest[zhAt] = distance
        if (distance < (enBest[enAt] ?? outOfRange(enBest, enAt))) enBest[enAt] = distance
        if (zhAt >= zhUsed) zhUsed = zhAt + 1
        if (enAt >= enUsed) enUsed = enAt + 1
      }
    }
  }
  state.zhUsed = zhUsed
  state.enUsed = enUsed
}

/**
 * Writes the cell (`offset` + bin) of each finite distance among the first `used` into `cells` from
 * `count` on, resets them to infinity for the next bead, and returns the new count.
 */
function drain(best: Float64Array, used: number, offset: number, cells: Int32Array, count: number): number {
  let written = count
  for (let at = 0; at < used; at++) {
    const distance = best[at] ?? outOfRange(best, at)
    if (distance === Number.POSITIVE_INFINITY) continue
    cells[written++] = offset + binOf(distance)
    best[at] = Number.POSITIVE_INFINITY
  }
  return written
}
