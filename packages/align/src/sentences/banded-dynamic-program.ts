import { outOfRange } from '../common/range-checks.js'
import type { BeadShape } from './bead-shapes.js'
import type { SearchBand } from './search-band.js'

/** One bead of a search result: where it starts on each side and how many sentences it takes. */
export interface PathBead {
  readonly zhStart: number
  readonly zhCount: number
  readonly enStart: number
  readonly enCount: number
}

/** The value of a bead of shape number `shape` that starts at (zhStart, enStart); higher is better. */
export type BeadValue = (shape: number, zhStart: number, enStart: number) => number

/** A best path and, per bead, the probability that the bead belongs to the alignment. */
export interface ScoredPath {
  readonly path: PathBead[]
  /** Per bead of `path`: its posterior probability, in [0, 1]. */
  readonly confidence: Float64Array
}

/**
 * The monotone path from (0, 0) to (n, m) through the band that maximises the sum of bead values.
 * Time and memory are linear in the band's area. Ties go to the shape listed first, so the result
 * is deterministic. `onRow`, when given, hears the number of each row (Chinese sentence) once it is done.
 */
export function searchBand(
  band: SearchBand,
  shapes: readonly BeadShape[],
  value: BeadValue,
  onRow?: (row: number) => void,
): PathBead[] {
  return sweep(band, shapes, value, onRow, false).path
}

/**
 * {@link searchBand}, and how sure the model is of each bead it chose. Bead values are read as log
 * probabilities: a path's probability is proportional to the exponential of its summed values, and a
 * bead's confidence is the summed probability of every path through the band that contains it (the
 * forward–backward algorithm), so a bead whose sentences could as well be grouped another way scores
 * low even when it was the best choice. Costs one more pass over stored values, and memory for one
 * value per cell and shape.
 */
export function searchBandWithConfidence(
  band: SearchBand,
  shapes: readonly BeadShape[],
  value: BeadValue,
  onRow?: (row: number) => void,
): ScoredPath {
  const { path, shapeOfBead, grid, values, forward } = sweep(band, shapes, value, onRow, true)
  const backward = backwardSums(grid, shapes, values)
  const last = grid.size - 1
  const total = forward[last] ?? outOfRange(forward, last)
  const confidence = Float64Array.from(path, (bead, index) => {
    const start = grid.cell(bead.zhStart, bead.enStart)
    const end = grid.cell(bead.zhStart + bead.zhCount, bead.enStart + bead.enCount)
    const slot = start * shapes.length + (shapeOfBead[index] ?? outOfRange(shapeOfBead, index))
    const beadValue = values[slot] ?? outOfRange(values, slot)
    const logProbability = (forward[start] ?? outOfRange(forward, start)) + beadValue + (backward[end] ?? outOfRange(backward, end)) - total
    return Math.min(1, Math.max(0, Math.exp(logProbability)))
  })
  return { path, confidence }
}

/** The band's cells numbered row by row: `cell(i, j)` is −1 outside the band. */
interface BandGrid {
  readonly band: SearchBand
  readonly offsets: Float64Array
  readonly size: number
  cell(i: number, j: number): number
}

function bandGrid(band: SearchBand): BandGrid {
  const rows = band.low.length
  const offsets = new Float64Array(rows + 1)
  for (let i = 0; i < rows; i++) {
    const width = (band.high[i] ?? outOfRange(band.high, i)) - (band.low[i] ?? outOfRange(band.low, i)) + 1
    offsets[i + 1] = (offsets[i] ?? outOfRange(offsets, i)) + width
  }
  // Off the band is an answer (−1), not an error: the row is tested before it is read.
  const cell = (i: number, j: number): number => {
    if (i < 0 || i >= rows) return -1
    const low = band.low[i] ?? outOfRange(band.low, i)
    if (j < low || j > (band.high[i] ?? outOfRange(band.high, i))) return -1
    return (offsets[i] ?? outOfRange(offsets, i)) - low + j
  }
  return { band, offsets, size: offsets[rows] ?? outOfRange(offsets, rows), cell }
}

interface Sweep {
  readonly path: PathBead[]
  /** Per bead of `path`: the index of its shape. */
  readonly shapeOfBead: readonly number[]
  readonly grid: BandGrid
  /**
   * With `withSums`: the value of the bead of each shape starting at each cell (−∞ where none), in
   * single precision: the path is chosen on the exact values, and the posteriors read from these
   * change by less than 1e-5 while the table, the largest of a search, takes half the memory.
   */
  readonly values: Float32Array
  /** With `withSums`: log of the summed probabilities of the paths reaching each cell. */
  readonly forward: Float64Array
}

/** The best path by dynamic programming; with `withSums`, also the forward sums and every bead value seen. */
function sweep(band: SearchBand, shapes: readonly BeadShape[], value: BeadValue, onRow: ((row: number) => void) | undefined, withSums: boolean): Sweep {
  const grid = bandGrid(band)
  const tables = sweepTables(grid.size, shapes.length, withSums)
  for (let i = 0; i < band.low.length; i++) {
    sweepRow(grid, shapes, value, tables, withSums, i)
    onRow?.(i)
  }
  return { ...tracePath(grid, tables.choice, shapes), grid, values: tables.values, forward: tables.forward }
}

/** What a sweep fills in, cell by cell of the band. */
interface SweepTables {
  /** Per cell: the best sum of bead values of a path from (0, 0) to it (−∞: unreached). */
  readonly best: Float64Array
  /** Per cell: 1 + the shape of the last bead of that path (0 at the start and where unreached). */
  readonly choice: Uint8Array
  /** As {@link Sweep.values} and {@link Sweep.forward}: empty without sums. */
  readonly values: Float32Array
  readonly forward: Float64Array
  /** Scratch for one cell's forward terms: one per shape, and the start's. */
  readonly terms: Float64Array
}

/** The tables of a sweep, with only the start (0, 0) reached. */
function sweepTables(size: number, shapeCount: number, withSums: boolean): SweepTables {
  const best = new Float64Array(size).fill(Number.NEGATIVE_INFINITY)
  const choice = new Uint8Array(size)
  const values = new Float32Array(withSums ? size * shapeCount : 0).fill(Number.NEGATIVE_INFINITY)
  const forward = new Float64Array(withSums ? size : 0).fill(Number.NEGATIVE_INFINITY)
  const terms = new Float64Array(shapeCount + 1)
  best[0] = 0
  if (withSums) forward[0] = 0
  return { best, choice, values, forward, terms }
}

/** Fills in row `i` (Chinese sentence i) from the rows above: each cell's best bead into it and, with sums, its forward sum. */
function sweepRow(grid: BandGrid, shapes: readonly BeadShape[], value: BeadValue, tables: SweepTables, withSums: boolean, i: number): void {
  const { best, choice, values, forward, terms } = tables
  const shapeCount = shapes.length
  const low = grid.band.low[i] ?? outOfRange(grid.band.low, i)
  const high = grid.band.high[i] ?? outOfRange(grid.band.high, i)
  const rowOffset = (grid.offsets[i] ?? outOfRange(grid.offsets, i)) - low
  for (let j = low; j <= high; j++) {
    let bestValue = i === 0 && j === 0 ? 0 : Number.NEGATIVE_INFINITY
    let bestShape = 0
    let termCount = 0
    if (i === 0 && j === 0) terms[termCount++] = 0
    for (let k = 0; k < shapeCount; k++) {
      const shape = shapes[k] ?? outOfRange(shapes, k)
      const from = grid.cell(i - shape.zh, j - shape.en)
      if (from < 0) continue
      const previous = best[from] ?? outOfRange(best, from)
      if (previous === Number.NEGATIVE_INFINITY) continue
      const beadValue = value(k, i - shape.zh, j - shape.en)
      const candidate = previous + beadValue
      if (candidate > bestValue) {
        bestValue = candidate
        bestShape = k + 1
      }
      if (withSums) {
        values[from * shapeCount + k] = beadValue
        terms[termCount++] = (forward[from] ?? outOfRange(forward, from)) + beadValue
      }
    }
    best[rowOffset + j] = bestValue
    choice[rowOffset + j] = bestShape
    if (withSums) forward[rowOffset + j] = logSumExp(terms, termCount)
  }
}

/** Log of the summed probabilities of the paths from each cell to the end (n, m). */
function backwardSums(grid: BandGrid, shapes: readonly BeadShape[], values: Float32Array): Float64Array {
  const { band } = grid
  const backward = new Float64Array(grid.size).fill(Number.NEGATIVE_INFINITY)
  const terms = new Float64Array(shapes.length)
  backward[grid.size - 1] = 0
  for (let i = band.low.length - 1; i >= 0; i--) {
    const low = band.low[i] ?? outOfRange(band.low, i)
    const rowOffset = (grid.offsets[i] ?? outOfRange(grid.offsets, i)) - low
    for (let j = band.high[i] ?? outOfRange(band.high, i); j >= low; j--) {
      const cell = rowOffset + j
      if (cell === grid.size - 1) continue
      let termCount = 0
      for (let k = 0; k < shapes.length; k++) {
        const slot = cell * shapes.length + k
        const beadValue = values[slot] ?? outOfRange(values, slot)
        if (beadValue === Number.NEGATIVE_INFINITY) continue
        // A finite value was stored by the row the bead ends in, so its end is a cell of the band.
        const shape = shapes[k] ?? outOfRange(shapes, k)
        const end = grid.cell(i + shape.zh, j + shape.en)
        terms[termCount++] = beadValue + (backward[end] ?? outOfRange(backward, end))
      }
      backward[cell] = logSumExp(terms, termCount)
    }
  }
  return backward
}

/** log Σ e^terms[k] over the first `count` terms: −∞ for none, one exponential per term and one logarithm. */
function logSumExp(terms: Float64Array, count: number): number {
  let max = Number.NEGATIVE_INFINITY
  for (let k = 0; k < count; k++) max = Math.max(max, terms[k] ?? outOfRange(terms, k))
  if (max === Number.NEGATIVE_INFINITY) return max
  let sum = 0
  for (let k = 0; k < count; k++) sum += Math.exp((terms[k] ?? outOfRange(terms, k)) - max)
  return max + Math.log(sum)
}

function tracePath(grid: BandGrid, choice: Uint8Array, shapes: readonly BeadShape[]): { path: PathBead[]; shapeOfBead: number[] } {
  const path: PathBead[] = []
  const shapeOfBead: number[] = []
  const { band } = grid
  let i = band.low.length - 1
  let j = band.high[i] ?? outOfRange(band.high, i)
  while (i > 0 || j > 0) {
    const cell = grid.cell(i, j)
    const index = (choice[cell] ?? outOfRange(choice, cell)) - 1
    // Choice 0 (index −1) is an unreached cell: a real answer, reported below, so no checked read here.
    const shape = shapes[index]
    if (shape === undefined) throw new Error(`No path reaches (${i}, ${j}): the search band is disconnected.`)
    i -= shape.zh
    j -= shape.en
    path.push({ zhStart: i, zhCount: shape.zh, enStart: j, enCount: shape.en })
    shapeOfBead.push(index)
  }
  return { path: path.reverse(), shapeOfBead: shapeOfBead.reverse() }
}
