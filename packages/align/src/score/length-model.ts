import { cumulative, LONGEST_BEAD_SIDE } from '../common/search-basics.js'

/**
 * Gale–Church length model for Chinese and English: English length is about `ratio` times the
 * Chinese length, with a variance that grows with the Chinese length (`variance` per character).
 */
export interface LengthModel {
  /** Expected English characters per Chinese character. */
  readonly ratio: number
  /** Variance of the English length per Chinese character. */
  readonly variance: number
}

/**
 * Prior variance per Chinese character, in units of ratio²: a 30-character sentence then has a
 * standard deviation of about a quarter of its expected translation length, as in literary text.
 */
const PRIOR_RELATIVE_VARIANCE = 2

/** Median of a χ² variable with one degree of freedom: turns a median of squares into a variance. */
const CHI_SQUARE_MEDIAN = 0.455

/** A floor on the estimated variance, so a near-perfect sample cannot make the model brittle. */
const MIN_RELATIVE_VARIANCE = 0.25

/** The model a pair of texts implies before any alignment: the ratio of their total lengths. */
export function priorLengthModel(zhLengths: Float64Array, enLengths: Float64Array): LengthModel {
  const ratio = Math.max(sum(enLengths), 1) / Math.max(sum(zhLengths), 1)
  return { ratio, variance: PRIOR_RELATIVE_VARIANCE * ratio * ratio }
}

/**
 * Re-estimates the model from confident one-to-one pairs (Chinese length, English length), robustly:
 * the ratio from the sums, the variance from the median squared deviation.
 */
export function estimateLengthModel(pairs: ReadonlyArray<readonly [number, number]>, prior: LengthModel): LengthModel {
  const usable = pairs.filter(([zh, en]) => zh > 0 && en > 0)
  if (usable.length < 10) return prior
  const ratio = usable.reduce((total, [, en]) => total + en, 0) / usable.reduce((total, [zh]) => total + zh, 0)
  const squares = usable.map(([zh, en]) => (en - ratio * zh) ** 2 / zh).sort((a, b) => a - b)
  const median = squares[Math.floor(squares.length / 2)] ?? 0
  const variance = Math.max(median / CHI_SQUARE_MEDIAN, MIN_RELATIVE_VARIANCE * ratio * ratio)
  return { ratio, variance }
}

/**
 * How well the lengths agree, in [0, 1]: the two-sided tail probability 2(1 − Φ(|δ|)) of the
 * Gale–Church deviate δ = (en − ratio·zh) / √(variance·zh). 1 means exactly the expected length.
 */
export function lengthAgreement(model: LengthModel, zhLength: number, enLength: number): number {
  const base = Math.max(zhLength, enLength / model.ratio, 1)
  const deviate = Math.abs(enLength - model.ratio * zhLength) / Math.sqrt(model.variance * base)
  return 2 * (1 - standardNormalCdf(deviate))
}

/**
 * The deviate is capped here in the log-likelihood ratio (the two-sided tail beyond it is 1e-6), so
 * one odd length cannot veto a bead the words support.
 */
const MAX_DEVIATE = 4.9

/**
 * The lengths of a bead as evidence: log-likelihood ratio of its two spans' sentence lengths under
 * the model (the spans translate each other) against chance (they are unrelated sentences).
 */
export interface LengthEvidence {
  logLikelihoodRatio(zhStart: number, zhCount: number, enStart: number, enCount: number): number
  /** {@link lengthAgreement} of the two spans' totals, for people. */
  agreement(zhStart: number, zhCount: number, enStart: number, enCount: number): number
}

/**
 * Creates {@link LengthEvidence} for sentences of these lengths. Under the model the English total is
 * normal around `ratio` × the Chinese total, with the Gale–Church variance; how a total divides into
 * a span's sentences is uniform (a span of k sentences pays log (k − 1)! − (k − 1) log total, so
 * splitting a translation is not free); under chance each sentence length is drawn on its own,
 * log-normal as fitted to the text's sentences. The ratio is taken both ways (English given Chinese and
 * Chinese given English) and averaged, so it reads the same whichever side is the source.
 *
 * Unlike the tail probability of {@link lengthAgreement} (Gale and Church's own score, kept for
 * display), this is a density: a wider bead, whose expected length is less certain, gains less from
 * an exact fit, so two close one-to-one beads are not merged for the length alone.
 */
export function createLengthEvidence(zhLengths: Float64Array, enLengths: Float64Array, model: LengthModel): LengthEvidence {
  const zhSums = cumulative(zhLengths)
  const enSums = cumulative(enLengths)
  const zhChance = cumulative(logNormalDensities(zhLengths))
  const enChance = cumulative(logNormalDensities(enLengths))
  const logRatio = Math.log(model.ratio)
  const zhTotal = (zhStart: number, zhCount: number): number => (zhSums[zhStart + zhCount] ?? 0) - (zhSums[zhStart] ?? 0)
  const enTotal = (enStart: number, enCount: number): number => (enSums[enStart + enCount] ?? 0) - (enSums[enStart] ?? 0)
  return {
    logLikelihoodRatio(zhStart, zhCount, enStart, enCount) {
      const zh = zhTotal(zhStart, zhCount)
      const en = enTotal(enStart, enCount)
      const spread = model.variance * Math.max(zh, en / model.ratio, 1)
      const deviate = Math.min(MAX_DEVIATE, Math.abs(en - model.ratio * zh) / Math.sqrt(spread))
      // Density of the English total given the Chinese one; the Chinese given the English differs by log ratio.
      const total = -0.5 * deviate * deviate - 0.5 * Math.log(2 * Math.PI * spread)
      const enGivenZh = splitLogDensity(en, enCount) - ((enChance[enStart + enCount] ?? 0) - (enChance[enStart] ?? 0))
      const zhGivenEn = splitLogDensity(zh, zhCount) - ((zhChance[zhStart + zhCount] ?? 0) - (zhChance[zhStart] ?? 0)) + logRatio
      return total + 0.5 * (enGivenZh + zhGivenEn)
    },
    agreement: (zhStart, zhCount, enStart, enCount) => lengthAgreement(model, zhTotal(zhStart, zhCount), enTotal(enStart, enCount)),
  }
}

/** log (k − 1)! for the sentences k a bead side can hold, so the search does not sum logarithms per bead. */
const LOG_FACTORIAL_BELOW = Array.from({ length: LONGEST_BEAD_SIDE + 1 }, (_, k) => {
  let sum = 0
  for (let factor = 2; factor < k; factor++) sum += Math.log(factor)
  return sum
})

/** Log-density of one way of dividing `total` among `count` sentences, uniform over all ways: log (count − 1)! − (count − 1) log total. */
function splitLogDensity(total: number, count: number): number {
  if (count <= 1) return 0
  return (LOG_FACTORIAL_BELOW[count] ?? 0) - (count - 1) * Math.log(Math.max(total, 1))
}

/** Per length, its log-density under a log-normal fitted to all of them (lengths below 1 count as 1). */
function logNormalDensities(lengths: Float64Array): Float64Array {
  const logs = Float64Array.from(lengths, (length) => Math.log(Math.max(length, 1)))
  const mean = sum(logs) / Math.max(logs.length, 1)
  let squares = 0
  for (const value of logs) squares += (value - mean) ** 2
  const deviation = Math.sqrt(squares / Math.max(logs.length, 1)) || 1
  const normaliser = Math.log(deviation * Math.sqrt(2 * Math.PI))
  return Float64Array.from(logs, (value) => -0.5 * ((value - mean) / deviation) ** 2 - normaliser - value)
}

/** Φ(x) for x ≥ 0 (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
function standardNormalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (x / Math.SQRT2))
  const polynomial = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  return 1 - 0.5 * polynomial * Math.exp(-(x * x) / 2)
}

function sum(values: Float64Array): number {
  let total = 0
  for (const value of values) total += value
  return total
}
