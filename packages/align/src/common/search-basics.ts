// A leaf of the aligner: what the search (sentences/) and the models it asks (score/) both need,
// kept here so that each folder imports only downward (sentences → score → lexicon) and never back.

import { outOfRange } from './range-checks.js'

/**
 * The cells a search may visit: for each Chinese position `i` (0…n), English positions `low[i]`…`high[i]`.
 * Both bounds never decrease, so the band is a connected ribbon from (0, 0) to (n, m).
 */
export interface SearchBand {
  readonly low: Int32Array
  readonly high: Int32Array
}

/**
 * Most sentences a bead takes on one side, in either search (the second searches up to four a side,
 * and one against five or six). Tables sized per bead side and the pair table's reach ahead of a band
 * row use it; `sentences/bead-shapes.ts` checks no shape goes beyond it.
 */
export const LONGEST_BEAD_SIDE = 6

/** Weight of an extra scorer that does not give one. */
export const DEFAULT_SCORER_WEIGHT = 2

/** Prefix sums: `sums[k]` is the sum of the first `k` values. */
export function cumulative(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1)
  for (let index = 0; index < values.length; index++) {
    sums[index + 1] = (sums[index] ?? outOfRange(sums, index)) + (values[index] ?? outOfRange(values, index))
  }
  return sums
}

/** The indices `start`, …, `start + count − 1`. */
export function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, offset) => start + offset)
}
