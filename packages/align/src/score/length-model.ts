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
