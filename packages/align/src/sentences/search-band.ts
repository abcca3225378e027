import { cumulative, type SearchBand } from '../common/search-basics.js'
import type { PathBead } from './banded-dynamic-program.js'

export type { SearchBand } from '../common/search-basics.js'

/**
 * A band around a path given as one target position per source position (`center[i]`,
 * non-decreasing), of half-width `width` (one number, or one per source position), clipped to
 * 0…targetCount and made monotone so neighbouring rows overlap.
 */
export function bandAround(center: ArrayLike<number>, targetCount: number, width: number | ArrayLike<number>): SearchBand {
  const rows = center.length
  const low = new Int32Array(rows)
  const high = new Int32Array(rows)
  for (let i = 0; i < rows; i++) {
    const half = typeof width === 'number' ? width : (width[i] ?? 0)
    low[i] = Math.max(0, Math.floor((center[i] ?? 0) - half))
    high[i] = Math.min(targetCount, Math.ceil((center[i] ?? 0) + half))
  }
  low[0] = 0
  high[rows - 1] = targetCount
  for (let i = 1; i < rows; i++) low[i] = Math.max(low[i] ?? 0, low[i - 1] ?? 0)
  for (let i = rows - 2; i >= 0; i--) high[i] = Math.min(high[i] ?? 0, high[i + 1] ?? 0)
  for (let i = 1; i < rows; i++) low[i] = Math.min(low[i] ?? 0, high[i - 1] ?? 0)
  return { low, high }
}

/**
 * The length diagonal: for each source position, the target position reached after the same share
 * of characters. A translation drifts around it but rarely far, so it centres the first search.
 */
export function lengthDiagonal(sourceLengths: Float64Array, targetLengths: Float64Array): Float64Array {
  const targetCumulative = cumulative(targetLengths)
  const targetTotal = targetCumulative[targetCumulative.length - 1] ?? 0
  const sourceCumulative = cumulative(sourceLengths)
  const sourceTotal = sourceCumulative[sourceCumulative.length - 1] ?? 0
  const center = new Float64Array(sourceCumulative.length)
  let j = 0
  for (let i = 0; i < sourceCumulative.length; i++) {
    const wanted = sourceTotal > 0 ? ((sourceCumulative[i] ?? 0) / sourceTotal) * targetTotal : 0
    while (j < targetLengths.length && (targetCumulative[j + 1] ?? 0) <= wanted) j++
    center[i] = j
  }
  center[center.length - 1] = targetLengths.length
  return center
}


/**
 * The English position a path reaches at each Chinese position (0…n): where a bead ends for positions
 * on a bead boundary, the bead's start for positions inside a bead that joins several Chinese sentences.
 */
export function pathCenter(path: readonly PathBead[], zhCount: number): Float64Array {
  const center = new Float64Array(zhCount + 1)
  for (const bead of path) {
    for (let offset = 0; offset <= bead.zhCount; offset++) {
      center[bead.zhStart + offset] = offset === bead.zhCount ? bead.enStart + bead.enCount : bead.enStart
    }
  }
  return center
}

/** Points a path is known to pass through, as (source position, target position). */
export type PathPoint = readonly [number, number]

/**
 * A centre line through anchor points, from (0, 0) to (n, m): between two anchors it advances in
 * proportion to the source characters, so it bends with the text rather than cutting straight.
 */
export function centerThrough(points: readonly PathPoint[], sourceLengths: Float64Array, targetCount: number): Float64Array {
  const sums = cumulative(sourceLengths)
  const knots: PathPoint[] = [[0, 0], ...points, [sourceLengths.length, targetCount]]
  const center = new Float64Array(sourceLengths.length + 1)
  for (let k = 0; k + 1 < knots.length; k++) {
    const [fromSource, fromTarget] = knots[k] as PathPoint
    const [toSource, toTarget] = knots[k + 1] as PathPoint
    const span = (sums[toSource] ?? 0) - (sums[fromSource] ?? 0)
    for (let i = fromSource; i <= toSource; i++) {
      const share = span > 0 ? ((sums[i] ?? 0) - (sums[fromSource] ?? 0)) / span : (i - fromSource) / Math.max(1, toSource - fromSource)
      center[i] = fromTarget + share * (toTarget - fromTarget)
    }
  }
  return center
}

/** Per source position, the distance in sentences to the nearest anchor point (or to either end). */
export function distanceToPoints(points: readonly PathPoint[], sourceCount: number): Float64Array {
  const distance = new Float64Array(sourceCount + 1).fill(Number.POSITIVE_INFINITY)
  const knots = [0, ...points.map(([source]) => source), sourceCount]
  for (let k = 0; k + 1 < knots.length; k++) {
    const from = knots[k] ?? 0
    const to = knots[k + 1] ?? 0
    for (let i = from; i <= to; i++) distance[i] = Math.min(distance[i] ?? 0, i - from, to - i)
  }
  return distance
}
