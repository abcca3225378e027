import { outOfRange } from '../common/range-checks.js'
import { LONGEST_BEAD_SIDE, type SearchBand } from '../common/search-basics.js'
import type { LexiconModel } from './lexicon-model.js'
import { createPairMatcher, createPairTable, type PairTable } from './pair-table.js'
import type { PairFeatures } from './sentence-features.js'

/**
 * Lexical evidence for a candidate bead. Each word of a span either finds a translation on the
 * other side or not; `logLikelihoodRatio` adds up log P(event | translation) − log P(event | chance)
 * over the words of both spans, and `coverage` is the plain weighted share of words matched.
 */
export interface LexicalEvidence {
  logLikelihoodRatio(zhStart: number, zhCount: number, enStart: number, enCount: number): number
  /** Share of the spans' word weight (inverse document frequency) that finds a translation; `undefined` without known words. */
  coverage(zhStart: number, zhCount: number, enStart: number, enCount: number): number | undefined
  /** Calls `visit` for every word of both spans: which side, its id, whether the other span translates it. */
  visitWords(zhStart: number, zhCount: number, enStart: number, enCount: number, visit: WordVisitor): void
  /** Precomputes the sentence pairs a search through `band` will ask about. */
  useBand(band: SearchBand): void
}

/** Receives one word of a span pair: `isZh` for a Chinese word id, else an English stem id. */
export type WordVisitor = (isZh: boolean, id: number, matched: boolean) => void

/** Which words of a Chinese span and an English span translate each other, under one translation table. */
export interface WordMatches {
  /** Calls `visit` for every word of both spans: which side, its id, whether the other span translates it. */
  visitWords(zhStart: number, zhCount: number, enStart: number, enCount: number, visit: WordVisitor): void
  /** Precomputes the sentence pairs a search through `band` will ask about. */
  useBand(band: SearchBand): void
  /** The pair table in use. */
  pairs(): PairTable
}

/**
 * Creates {@link WordMatches} over `model.translations`; `storePositions` says whether the band's
 * tables keep the matched positions too (for word order).
 */
export function createWordMatches(features: PairFeatures, model: LexiconModel, storePositions = false): WordMatches {
  const { zh, en } = features
  const matcher = createPairMatcher(features, model)
  let pairs: PairTable = createPairTable(features, matcher, undefined)
  const masks = new Int32Array(2)
  return {
    visitWords(zhStart, zhCount, enStart, enCount, visit) {
      for (let i = zhStart; i < zhStart + zhCount; i++) {
        pairs.orSpan(i, enStart, enCount, masks, 0)
        const low = masks[0] ?? outOfRange(masks, 0)
        const high = masks[1] ?? outOfRange(masks, 1)
        const words = zh.words[i] ?? outOfRange(zh.words, i)
        words.forEach((word, position) => visit(true, word, hasBit(low, high, position)))
      }
      for (let j = enStart; j < enStart + enCount; j++) {
        pairs.orSpan(j, zhStart, zhCount, masks, 2)
        const low = masks[0] ?? outOfRange(masks, 0)
        const high = masks[1] ?? outOfRange(masks, 1)
        const stems = en.stems[j] ?? outOfRange(en.stems, j)
        stems.forEach((stem, position) => visit(false, stem, hasBit(low, high, position)))
      }
    },
    useBand(band) {
      pairs = createPairTable(features, matcher, band, storePositions)
    },
    pairs: () => pairs,
  }
}

/**
 * Creates {@link LexicalEvidence}. `matches` may be shared with a model of the same translations (recall estimated on it, say).
 */
export function createLexicalEvidence(
  features: PairFeatures,
  model: LexiconModel,
  matches: WordMatches = createWordMatches(features, model),
): LexicalEvidence {
  const { zh, en } = evidenceTables(features, model)
  const { wordWeights } = features.zh
  const { stemWeights } = features.en
  let pairs = matches.pairs()
  const masks = new Int32Array(2)
  const visitWords = matches.visitWords

  return {
    logLikelihoodRatio(zhStart, zhCount, enStart, enCount) {
      const zhTotal = addSpanRatios(0, zh, pairs, 0, zhStart, zhCount, enStart, enCount, masks)
      return addSpanRatios(zhTotal, en, pairs, 2, enStart, enCount, zhStart, zhCount, masks)
    },
    coverage(zhStart, zhCount, enStart, enCount) {
      let total = 0
      let matched = 0
      visitWords(zhStart, zhCount, enStart, enCount, (isZh, id, found) => {
        const known = isZh ? (model.zhRecall[id] ?? outOfRange(model.zhRecall, id)) > 0 : (model.enRecall[id] ?? outOfRange(model.enRecall, id)) > 0
        if (!known) return
        const weight = isZh ? (wordWeights[id] ?? outOfRange(wordWeights, id)) : (stemWeights[id] ?? outOfRange(stemWeights, id))
        total += weight
        if (found) matched += weight
      })
      return total > 0 ? matched / total : undefined
    },
    visitWords,
    useBand(band) {
      matches.useBand(band)
      pairs = matches.pairs()
    },
  }
}

function hasBit(low: number, high: number, position: number): boolean {
  return position < 32 ? (low & (1 << position)) !== 0 : (high & (1 << (position - 32))) !== 0
}

/**
 * Adds to `total`, sentence by sentence, the log-likelihood ratios of one side's span
 * `start…start+count−1` against the other side's span: each sentence's misses, then the gains of its
 * matched words. `side` is 0 for the Chinese span, 2 for the English one, as in {@link PairTable.orSpan}.
 * The running total goes in, not 0, so a bead's ratio is one sum over both spans, in one order.
 */
function addSpanRatios(
  total: number,
  tables: SideTables,
  pairs: PairTable,
  side: 0 | 2,
  start: number,
  count: number,
  otherStart: number,
  otherCount: number,
  masks: Int32Array,
): number {
  const column = Math.min(otherCount, LONGEST_BEAD_SIDE) - 1
  let sum = total
  for (let i = start; i < start + count; i++) {
    const missAt = i * LONGEST_BEAD_SIDE + column
    sum += tables.missSums[missAt] ?? outOfRange(tables.missSums, missAt)
    pairs.orSpan(i, otherStart, otherCount, masks, side)
    if ((masks[0] ?? outOfRange(masks, 0)) !== 0 || (masks[1] ?? outOfRange(masks, 1)) !== 0) {
      sum += gainOfBits(tables.ids[i] ?? outOfRange(tables.ids, i), masks, tables.gain, column)
    }
  }
  return sum
}

/** Sum of the gains of the words whose bits are set in the two 32-bit masks. */
function gainOfBits(ids: Int32Array, masks: Int32Array, gain: Float64Array, column: number): number {
  let total = 0
  for (let word = 0; word < 2; word++) {
    let bits = masks[word] ?? outOfRange(masks, word)
    while (bits !== 0) {
      const lowest = bits & -bits
      const position = 31 - Math.clz32(lowest) + 32 * word
      const gainAt = (ids[position] ?? outOfRange(ids, position)) * LONGEST_BEAD_SIDE + column
      total += gain[gainAt] ?? outOfRange(gain, gainAt)
      bits ^= lowest
    }
  }
  return total
}

/** One side's evidence tables. */
interface SideTables {
  /** Per sentence: its word ids (Chinese words or English stems). */
  readonly ids: readonly Int32Array[]
  /** Per word and span size: log-likelihood ratio of a match minus that of a miss. */
  readonly gain: Float64Array
  /** Per sentence and span size on the other side: the ratios of all its words missing. */
  readonly missSums: Float64Array
}

/**
 * Per word and per span size k on the other side: the log-likelihood ratios of a match and of a miss,
 * folded into per-sentence sums of misses and per-word gains, so a bead costs only its matches.
 */
function evidenceTables(features: PairFeatures, model: LexiconModel): { zh: SideTables; en: SideTables } {
  const zh = wordTables(model.zhRecall, model.zhChance)
  const en = wordTables(model.enRecall, model.enChance)
  return {
    zh: { ids: features.zh.words, gain: zh.gain, missSums: missSums(features.zh.words, zh.miss) },
    en: { ids: features.en.stems, gain: en.gain, missSums: missSums(features.en.stems, en.miss) },
  }
}

function wordTables(recall: Float64Array, chance: Float64Array): { gain: Float64Array; miss: Float64Array } {
  const gain = new Float64Array(recall.length * LONGEST_BEAD_SIDE)
  const miss = new Float64Array(recall.length * LONGEST_BEAD_SIDE)
  for (let id = 0; id < recall.length; id++) {
    const hit = recall[id] ?? outOfRange(recall, id)
    if (hit <= 0) continue
    for (let k = 1; k <= LONGEST_BEAD_SIDE; k++) {
      const random = 1 - (1 - (chance[id] ?? outOfRange(chance, id))) ** k
      const truth = Math.max(hit, random)
      const missed = Math.log((1 - truth) / (1 - random))
      miss[id * LONGEST_BEAD_SIDE + k - 1] = missed
      gain[id * LONGEST_BEAD_SIDE + k - 1] = Math.log(truth / random) - missed
    }
  }
  return { gain, miss }
}

function missSums(sentences: readonly Int32Array[], miss: Float64Array): Float64Array {
  const sums = new Float64Array(sentences.length * LONGEST_BEAD_SIDE)
  sentences.forEach((ids, sentence) => {
    for (let k = 0; k < LONGEST_BEAD_SIDE; k++) {
      let sum = 0
      for (const id of ids) {
        const missAt = id * LONGEST_BEAD_SIDE + k
        sum += miss[missAt] ?? outOfRange(miss, missAt)
      }
      sums[sentence * LONGEST_BEAD_SIDE + k] = sum
    }
  })
  return sums
}
