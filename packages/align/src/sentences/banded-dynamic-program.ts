import type { BeadShape } from './bead-shapes.js'
import type { SearchBand } from './search-band.js'

/** One bead of a search result: where it starts on each side and how many sentences it takes. */
export interface PathBead {
  readonly sourceStart: number
  readonly sourceCount: number
  readonly targetStart: number
  readonly targetCount: number
}

/** The value of a bead of shape number `shape` that starts at (sourceStart, targetStart); higher is better. */
export type BeadValue = (shape: number, sourceStart: number, targetStart: number) => number

/**
 * The monotone path from (0, 0) to (n, m) through the band that maximises the sum of bead values.
 * Time and memory are linear in the band's area. Ties go to the shape listed first, so the result
 * is deterministic. `onRow`, when given, hears the number of each source row once it is done.
 */
export function searchBand(
  band: SearchBand,
  shapes: readonly BeadShape[],
  value: BeadValue,
  onRow?: (row: number) => void,
): PathBead[] {
  const rows = band.low.length
  const offsets = new Float64Array(rows + 1)
  for (let i = 0; i < rows; i++) offsets[i + 1] = (offsets[i] ?? 0) + (band.high[i] ?? 0) - (band.low[i] ?? 0) + 1
  const size = offsets[rows] ?? 0
  const best = new Float64Array(size).fill(Number.NEGATIVE_INFINITY)
  const choice = new Uint8Array(size)
  best[0] = 0
  for (let i = 0; i < rows; i++) {
    const low = band.low[i] ?? 0
    const high = band.high[i] ?? 0
    const rowOffset = (offsets[i] ?? 0) - low
    for (let j = low; j <= high; j++) {
      let bestValue = i === 0 && j === 0 ? 0 : Number.NEGATIVE_INFINITY
      let bestShape = 0
      for (let k = 0; k < shapes.length; k++) {
        const shape = shapes[k] as BeadShape
        const from = i - shape.source
        const to = j - shape.target
        if (from < 0 || to < (band.low[from] ?? 0) || to > (band.high[from] ?? -1)) continue
        const previous = best[(offsets[from] ?? 0) - (band.low[from] ?? 0) + to] ?? Number.NEGATIVE_INFINITY
        if (previous === Number.NEGATIVE_INFINITY) continue
        const candidate = previous + value(k, from, to)
        if (candidate > bestValue) {
          bestValue = candidate
          bestShape = k + 1
        }
      }
      best[rowOffset + j] = bestValue
      choice[rowOffset + j] = bestShape
    }
    onRow?.(i)
  }
  return tracePath(band, offsets, choice, shapes)
}

function tracePath(band: SearchBand, offsets: Float64Array, choice: Uint8Array, shapes: readonly BeadShape[]): PathBead[] {
  const path: PathBead[] = []
  let i = band.low.length - 1
  let j = band.high[i] ?? 0
  while (i > 0 || j > 0) {
    const shape = shapes[(choice[(offsets[i] ?? 0) - (band.low[i] ?? 0) + j] ?? 0) - 1]
    if (shape === undefined) throw new Error(`No path reaches (${i}, ${j}): the search band is disconnected.`)
    i -= shape.source
    j -= shape.target
    path.push({ sourceStart: i, sourceCount: shape.source, targetStart: j, targetCount: shape.target })
  }
  return path.reverse()
}
