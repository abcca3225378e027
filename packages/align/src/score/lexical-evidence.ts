import type { LexiconModel } from './lexicon-model.js'
import type { PairFeatures } from './sentence-features.js'

/** Longest span, in sentences on one side, that the evidence tables cover. */
export const MAX_SPAN = 6

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
  /** Forgets cached sentence pairs of source rows before `row`; the search calls it as it moves on. */
  forgetRowsBefore(row: number): void
}

/** Receives one word of a span pair: `isZh` for a Chinese word id, else an English stem id. */
export type WordVisitor = (isZh: boolean, id: number, matched: boolean) => void

/** Which words of one Chinese and one English sentence translate each other (positions in their lists). */
interface PairMatch {
  readonly zh: Int32Array
  readonly en: Int32Array
}

/** Creates {@link LexicalEvidence}; `zhIsSource` tells which index is the search row for the cache. */
export function createLexicalEvidence(features: PairFeatures, model: LexiconModel, zhIsSource: boolean): LexicalEvidence {
  const tables = evidenceTables(features, model)
  const matcher = createPairMatcher(features, model, zhIsSource)
  const zhMarks = new Int32Array(longest(features.zhWords)).fill(-1)
  const enMarks = new Int32Array(longest(features.enStems)).fill(-1)
  let token = 0

  const walk = (zhStart: number, zhCount: number, enStart: number, enCount: number, visit: WordVisitor): void => {
    for (let i = zhStart; i < zhStart + zhCount; i++) {
      const mark = token++
      for (let j = enStart; j < enStart + enCount; j++) for (const position of matcher.match(i, j).zh) zhMarks[position] = mark
      const words = features.zhWords[i] ?? EMPTY
      for (let position = 0; position < words.length; position++) visit(true, words[position] ?? 0, zhMarks[position] === mark)
    }
    for (let j = enStart; j < enStart + enCount; j++) {
      const mark = token++
      for (let i = zhStart; i < zhStart + zhCount; i++) for (const position of matcher.match(i, j).en) enMarks[position] = mark
      const stems = features.enStems[j] ?? EMPTY
      for (let position = 0; position < stems.length; position++) visit(false, stems[position] ?? 0, enMarks[position] === mark)
    }
  }

  return {
    logLikelihoodRatio(zhStart, zhCount, enStart, enCount) {
      const zhColumn = Math.min(enCount, MAX_SPAN) - 1
      const enColumn = Math.min(zhCount, MAX_SPAN) - 1
      let total = 0
      for (let i = zhStart; i < zhStart + zhCount; i++) total += tables.zhMissSums[i * MAX_SPAN + zhColumn] ?? 0
      for (let j = enStart; j < enStart + enCount; j++) total += tables.enMissSums[j * MAX_SPAN + enColumn] ?? 0
      for (let i = zhStart; i < zhStart + zhCount; i++) {
        const mark = token++
        const words = features.zhWords[i] ?? EMPTY
        for (let j = enStart; j < enStart + enCount; j++) {
          for (const position of matcher.match(i, j).zh) {
            if (zhMarks[position] === mark) continue
            zhMarks[position] = mark
            total += tables.zhGain[(words[position] ?? 0) * MAX_SPAN + zhColumn] ?? 0
          }
        }
      }
      for (let j = enStart; j < enStart + enCount; j++) {
        const mark = token++
        const stems = features.enStems[j] ?? EMPTY
        for (let i = zhStart; i < zhStart + zhCount; i++) {
          for (const position of matcher.match(i, j).en) {
            if (enMarks[position] === mark) continue
            enMarks[position] = mark
            total += tables.enGain[(stems[position] ?? 0) * MAX_SPAN + enColumn] ?? 0
          }
        }
      }
      return total
    },
    coverage(zhStart, zhCount, enStart, enCount) {
      let total = 0
      let matched = 0
      walk(zhStart, zhCount, enStart, enCount, (isZh, id, found) => {
        const known = isZh ? (model.zhRecall[id] ?? 0) > 0 : (model.enRecall[id] ?? 0) > 0
        if (!known) return
        const weight = (isZh ? features.zhWordWeights[id] : features.enStemWeights[id]) ?? 0
        total += weight
        if (found) matched += weight
      })
      return total > 0 ? matched / total : undefined
    },
    visitWords: walk,
    forgetRowsBefore: matcher.forgetRowsBefore,
  }
}

const EMPTY = new Int32Array(0)

interface EvidenceTables {
  /** Per word and span size: log-likelihood ratio of a match minus that of a miss. */
  readonly zhGain: Float64Array
  readonly enGain: Float64Array
  /** Per sentence and span size on the other side: the ratios of all its words missing. */
  readonly zhMissSums: Float64Array
  readonly enMissSums: Float64Array
}

/**
 * Per word and per span size k on the other side: the log-likelihood ratios of a match and of a miss,
 * folded into per-sentence sums of misses and per-word gains, so a bead costs only its matches.
 */
function evidenceTables(features: PairFeatures, model: LexiconModel): EvidenceTables {
  const zh = wordTables(model.zhRecall, model.zhChance)
  const en = wordTables(model.enRecall, model.enChance)
  return {
    zhGain: zh.gain,
    enGain: en.gain,
    zhMissSums: missSums(features.zhWords, zh.miss),
    enMissSums: missSums(features.enStems, en.miss),
  }
}

function wordTables(recall: Float64Array, chance: Float64Array): { gain: Float64Array; miss: Float64Array } {
  const gain = new Float64Array(recall.length * MAX_SPAN)
  const miss = new Float64Array(recall.length * MAX_SPAN)
  for (let id = 0; id < recall.length; id++) {
    const hit = recall[id] ?? 0
    if (hit <= 0) continue
    for (let k = 1; k <= MAX_SPAN; k++) {
      const random = 1 - (1 - (chance[id] ?? 0)) ** k
      const truth = Math.max(hit, random)
      const missed = Math.log((1 - truth) / (1 - random))
      miss[id * MAX_SPAN + k - 1] = missed
      gain[id * MAX_SPAN + k - 1] = Math.log(truth / random) - missed
    }
  }
  return { gain, miss }
}

function missSums(sentences: readonly Int32Array[], miss: Float64Array): Float64Array {
  const sums = new Float64Array(sentences.length * MAX_SPAN)
  sentences.forEach((ids, sentence) => {
    for (const id of ids) for (let k = 0; k < MAX_SPAN; k++) sums[sentence * MAX_SPAN + k] += miss[id * MAX_SPAN + k] ?? 0
  })
  return sums
}

interface PairMatcher {
  match(zhIndex: number, enIndex: number): PairMatch
  forgetRowsBefore(row: number): void
}

/** Rows per cache generation: a bead reaches back at most a few rows, so two generations cover it. */
const CACHE_GENERATION_ROWS = 16

/**
 * Computes sentence-pair matches and caches them by search row in two generations: when the search
 * moves a generation on, the older one is dropped, so memory stays proportional to the band.
 */
function createPairMatcher(features: PairFeatures, model: LexiconModel, zhIsSource: boolean): PairMatcher {
  const owner = new Int32Array(features.stemCount).fill(-1)
  const position = new Int32Array(features.stemCount)
  const columns = (zhIsSource ? features.enStems.length : features.zhWords.length) + 1
  let current = new Map<number, PairMatch>()
  let previous = new Map<number, PairMatch>()
  let generation = 0
  let stamp = 0
  return {
    match(zhIndex, enIndex) {
      const key = zhIsSource ? zhIndex * columns + enIndex : enIndex * columns + zhIndex
      let match = current.get(key) ?? previous.get(key)
      if (match === undefined) {
        match = matchPair(features, model, zhIndex, enIndex, owner, position, stamp++)
        current.set(key, match)
      }
      return match
    },
    forgetRowsBefore(row) {
      const wanted = Math.floor(row / CACHE_GENERATION_ROWS)
      if (wanted <= generation) return
      generation = wanted
      previous = current
      current = new Map()
    },
  }
}

function matchPair(
  features: PairFeatures,
  model: LexiconModel,
  zhIndex: number,
  enIndex: number,
  owner: Int32Array,
  position: Int32Array,
  stamp: number,
): PairMatch {
  const stems = features.enStems[enIndex] ?? EMPTY
  for (let index = 0; index < stems.length; index++) {
    owner[stems[index] ?? 0] = stamp
    position[stems[index] ?? 0] = index
  }
  const zh: number[] = []
  const en: number[] = []
  const words = features.zhWords[zhIndex] ?? EMPTY
  for (let index = 0; index < words.length; index++) {
    let found = false
    for (const stem of model.translations[words[index] ?? 0] ?? EMPTY) {
      if (owner[stem] !== stamp) continue
      found = true
      const enPosition = position[stem] ?? 0
      if (!en.includes(enPosition)) en.push(enPosition)
    }
    if (found) zh.push(index)
  }
  return zh.length === 0 ? NO_MATCH : { zh: Int32Array.from(zh), en: Int32Array.from(en) }
}

const NO_MATCH: PairMatch = { zh: new Int32Array(0), en: new Int32Array(0) }

function longest(lists: readonly Int32Array[]): number {
  let max = 1
  for (const list of lists) max = Math.max(max, list.length)
  return max
}
