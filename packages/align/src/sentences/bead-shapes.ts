import type { PathBead } from './banded-dynamic-program.js'

/** A bead shape: how many Chinese and English sentences a bead joins. */
export interface BeadShape {
  readonly zh: number
  readonly en: number
}

/** The shapes of the first search: one sentence or a pair against up to three, and omissions. */
export const FIRST_PASS_SHAPES: readonly BeadShape[] = [
  { zh: 1, en: 1 },
  { zh: 1, en: 2 },
  { zh: 2, en: 1 },
  { zh: 1, en: 0 },
  { zh: 0, en: 1 },
  { zh: 2, en: 2 },
  { zh: 1, en: 3 },
  { zh: 3, en: 1 },
]

/**
 * The shapes of the second search: up to four sentences a side, and one sentence against five or
 * six (a long Chinese sentence of literary prose is sometimes rendered in that many English ones).
 * Their probabilities are extrapolated from the smaller shapes of the first path.
 */
export const SECOND_PASS_SHAPES: readonly BeadShape[] = [
  ...FIRST_PASS_SHAPES,
  { zh: 1, en: 4 },
  { zh: 4, en: 1 },
  { zh: 2, en: 3 },
  { zh: 3, en: 2 },
  { zh: 2, en: 4 },
  { zh: 4, en: 2 },
  { zh: 1, en: 5 },
  { zh: 5, en: 1 },
  { zh: 1, en: 6 },
  { zh: 6, en: 1 },
]


/**
 * How often each shape occurs in translation before the pair itself says otherwise: mostly one to
 * one, Chinese sentences often split in two or three, omissions rare (Gale & Church's figures,
 * widened for the looser sentence boundaries of Chinese).
 */
const PRIOR_PROBABILITY: Readonly<Record<string, number>> = {
  '1-1': 0.7,
  '1-2': 0.08,
  '2-1': 0.08,
  '1-0': 0.005,
  '0-1': 0.005,
  '2-2': 0.01,
  '1-3': 0.025,
  '3-1': 0.025,
  '1-4': 0.006,
  '4-1': 0.006,
  '2-3': 0.003,
  '3-2': 0.003,
}

/** Pseudo-counts of the prior when the first search's shapes re-estimate it. */
const PRIOR_STRENGTH = 30

/** Log-probabilities of the shapes under the prior. */
export function priorShapeLogProbabilities(shapes: readonly BeadShape[]): Float64Array {
  const probabilities = shapes.map((shape) => PRIOR_PROBABILITY[shapeKey(shape)] ?? 0.001)
  return normalisedLogs(probabilities)
}

/**
 * Log-probabilities re-estimated from the shapes of a path, smoothed towards the prior. A shape the
 * path could not use (`searched` lacks it) is extrapolated from its smaller neighbours (themselves
 * extrapolated when the path could not use them either), as if each extra sentence on a side cost the
 * same factor: P(1-4) = P(1-3)² / P(1-2), P(2-3) = P(2-2)·P(1-3) / P(1-2).
 */
export function estimateShapeLogProbabilities(
  shapes: readonly BeadShape[],
  path: readonly PathBead[],
  searched: readonly BeadShape[] = shapes,
): Float64Array {
  const counts = new Map<string, number>()
  for (const bead of path) {
    const key = `${bead.zhCount}-${bead.enCount}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const prior = (shape: BeadShape): number => PRIOR_PROBABILITY[shapeKey(shape)] ?? 0.001
  const priorTotal = shapes.reduce((sum, shape) => sum + prior(shape), 0)
  const smoothed = (zh: number, en: number): number =>
    (counts.get(`${zh}-${en}`) ?? 0) + (PRIOR_STRENGTH * prior({ zh, en })) / priorTotal
  const wasSearched = (shape: BeadShape): boolean =>
    searched.some((other) => other.zh === shape.zh && other.en === shape.en)
  const estimate = (zh: number, en: number): number =>
    wasSearched({ zh, en }) || Math.min(zh, en) === 0 ? smoothed(zh, en) : extrapolate({ zh, en }, estimate)
  return normalisedLogs(shapes.map((shape) => estimate(shape.zh, shape.en)))
}

function extrapolate(shape: BeadShape, count: (zh: number, en: number) => number): number {
  const { zh, en } = shape
  if (en > zh) return (count(zh, en - 1) * count(1, en - 1)) / Math.max(count(1, en - 2), 1e-9)
  return (count(zh - 1, en) * count(zh - 1, 1)) / Math.max(count(zh - 2, 1), 1e-9)
}

function shapeKey(shape: BeadShape): string {
  return `${shape.zh}-${shape.en}`
}

function normalisedLogs(values: readonly number[]): Float64Array {
  const total = values.reduce((sum, value) => sum + value, 0)
  return Float64Array.from(values, (value) => Math.log(value / total))
}
