import type { PathBead } from './banded-dynamic-program.js'

/** A bead shape: how many source and target sentences a bead joins. */
export interface BeadShape {
  readonly source: number
  readonly target: number
}

/** The shapes of the first search: one sentence or a pair against up to three, and omissions. */
export const FIRST_PASS_SHAPES: readonly BeadShape[] = [
  { source: 1, target: 1 },
  { source: 1, target: 2 },
  { source: 2, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 2, target: 2 },
  { source: 1, target: 3 },
  { source: 3, target: 1 },
]

/**
 * The shapes of the second search: up to four sentences a side, and one sentence against five or
 * six (a long Chinese sentence of literary prose is sometimes rendered in that many English ones).
 * Their probabilities are extrapolated from the smaller shapes of the first path.
 */
export const SECOND_PASS_SHAPES: readonly BeadShape[] = [
  ...FIRST_PASS_SHAPES,
  { source: 1, target: 4 },
  { source: 4, target: 1 },
  { source: 2, target: 3 },
  { source: 3, target: 2 },
  { source: 2, target: 4 },
  { source: 4, target: 2 },
  { source: 1, target: 5 },
  { source: 5, target: 1 },
  { source: 1, target: 6 },
  { source: 6, target: 1 },
]

/** Most sentences a bead of either search takes on one side. */
export const LONGEST_BEAD_SIDE = Math.max(...SECOND_PASS_SHAPES.flatMap((shape) => [shape.source, shape.target]))

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
    const key = `${bead.sourceCount}-${bead.targetCount}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const prior = (shape: BeadShape): number => PRIOR_PROBABILITY[shapeKey(shape)] ?? 0.001
  const priorTotal = shapes.reduce((sum, shape) => sum + prior(shape), 0)
  const smoothed = (source: number, target: number): number =>
    (counts.get(`${source}-${target}`) ?? 0) + (PRIOR_STRENGTH * prior({ source, target })) / priorTotal
  const wasSearched = (shape: BeadShape): boolean =>
    searched.some((other) => other.source === shape.source && other.target === shape.target)
  const estimate = (source: number, target: number): number =>
    wasSearched({ source, target }) || Math.min(source, target) === 0 ? smoothed(source, target) : extrapolate({ source, target }, estimate)
  return normalisedLogs(shapes.map((shape) => estimate(shape.source, shape.target)))
}

function extrapolate(shape: BeadShape, count: (source: number, target: number) => number): number {
  const { source, target } = shape
  if (target > source) return (count(source, target - 1) * count(1, target - 1)) / Math.max(count(1, target - 2), 1e-9)
  return (count(source - 1, target) * count(source - 1, 1)) / Math.max(count(source - 2, 1), 1e-9)
}

function shapeKey(shape: BeadShape): string {
  return `${shape.source}-${shape.target}`
}

function normalisedLogs(values: readonly number[]): Float64Array {
  const total = values.reduce((sum, value) => sum + value, 0)
  return Float64Array.from(values, (value) => Math.log(value / total))
}
