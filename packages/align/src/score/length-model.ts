/**
 * Gale–Church length model for Chinese and English: English length is about `ratio` times the
 * Chinese length, with a variance that grows with the Chinese length (`variance` per character).
 */
export interface LengthModel {
  /** Expected English characters per Chinese character. */
  readonly ratio: number
  /** Variance of the English length per Chinese character. */
  readonly variance: number
  /** Per Chinese sentence: the ratio in its neighbourhood, where it drifts (from book to book of a Bible). */
  readonly localRatios?: Float64Array
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
export function lengthAgreement(model: LengthModel, zhLength: number, enLength: number, zhIndex = -1): number {
  const ratio = model.localRatios?.[zhIndex] ?? model.ratio
  const variance = model.variance * (ratio / model.ratio) ** 2
  const base = Math.max(zhLength, enLength / ratio, 1)
  const deviate = Math.abs(enLength - ratio * zhLength) / Math.sqrt(variance * base)
  return 2 * (1 - standardNormalCdf(deviate))
}

/** Beads on each side of a bead whose lengths make its local ratio. */
const LOCAL_WINDOW = 50

/**
 * The model with a local ratio per Chinese sentence, measured over the beads of an alignment
 * around it (given as [zhStart, zhCount, zhLength, enLength] in order), so a long text whose
 * translation runs longer in some parts than others keeps a sharp length model throughout.
 */
export function withLocalRatios(
  model: LengthModel,
  beads: ReadonlyArray<readonly [number, number, number, number]>,
  zhCount: number,
): LengthModel {
  if (beads.length < 2 * LOCAL_WINDOW) return model
  const zhSums = new Float64Array(beads.length + 1)
  const enSums = new Float64Array(beads.length + 1)
  beads.forEach(([, , zh, en], index) => {
    zhSums[index + 1] = (zhSums[index] ?? 0) + zh
    enSums[index + 1] = (enSums[index] ?? 0) + en
  })
  const localRatios = new Float64Array(zhCount).fill(model.ratio)
  beads.forEach(([start, count], index) => {
    const from = Math.max(0, index - LOCAL_WINDOW)
    const to = Math.min(beads.length, index + LOCAL_WINDOW + 1)
    const zh = (zhSums[to] ?? 0) - (zhSums[from] ?? 0)
    const ratio = zh > 0 ? ((enSums[to] ?? 0) - (enSums[from] ?? 0)) / zh : model.ratio
    for (let i = start; i < start + count; i++) localRatios[i] = ratio
  })
  return { ...model, localRatios }
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
