/** A bead shape: how many source and target sentences a bead joins, and what choosing it costs. */
export interface BeadShape {
  readonly source: number
  readonly target: number
  /** Subtracted from the bead's weighted similarity in the search: rarer shapes need more evidence. */
  readonly cost: number
}

/**
 * Value of a bead that leaves a sentence without counterpart, per sentence. Below every real match
 * worth keeping, above a mismatch that would drag two sentences into a wrong bead.
 */
export const SKIP_VALUE = -0.1

/** The shapes of the first search: one sentence or a pair against up to three. */
export const BASIC_SHAPES: readonly BeadShape[] = [
  { source: 1, target: 1, cost: 0 },
  { source: 1, target: 2, cost: 0.1 },
  { source: 2, target: 1, cost: 0.1 },
  { source: 1, target: 0, cost: 0 },
  { source: 0, target: 1, cost: 0 },
  { source: 2, target: 2, cost: 0.25 },
  { source: 1, target: 3, cost: 0.2 },
  { source: 3, target: 1, cost: 0.2 },
]

/** How much a bead of this shape counts: the mean number of sentences it covers on a side. */
export function shapeWeight(shape: BeadShape): number {
  return (shape.source + shape.target) / 2
}
