import { InternalError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { searchBand, searchBandWithConfidence, type BeadValue, type PathBead } from './banded-dynamic-program.js'
import { FIRST_PASS_SHAPES, estimateShapeLogProbabilities, priorShapeLogProbabilities, SECOND_PASS_SHAPES } from './bead-shapes.js'
import { heaviestChain } from './find-anchors.js'
import { bandAround, centerThrough, lengthDiagonal, pathCenter } from './search-band.js'

describe('searchBand', () => {
  it('follows the values to a monotone path covering both sides', () => {
    // Sentence 1 of the source translates to targets 1 and 2; everything else is one to one.
    const truth = new Set(['0:1-0:1', '1:1-1:2', '2:1-3:1'])
    const band = bandAround([0, 1, 3, 4], 4, 10)
    const path = searchBand(band, FIRST_PASS_SHAPES, (shape, source, target) => {
      const { zh: a, en: b } = FIRST_PASS_SHAPES[shape] ?? { zh: 0, en: 0 }
      return truth.has(`${source}:${a}-${target}:${b}`) ? 1 : -1
    })
    expect(path.map((bead) => [bead.zhStart, bead.zhCount, bead.enStart, bead.enCount])).toEqual([
      [0, 1, 0, 1],
      [1, 1, 1, 2],
      [2, 1, 3, 1],
    ])
    expect(pathCenter(path, 3)).toEqual(Float64Array.from([0, 1, 3, 4]))
  })

  it('fails on a band with a row missing, naming the read out of range', () => {
    // A bug elsewhere could hand over bounds of different lengths: the last row's upper bound is missing.
    const band = { low: Int32Array.from([0, 0, 1, 3]), high: Int32Array.from([1, 3, 4]) }
    const value: BeadValue = () => 0
    expect(() => searchBand(band, FIRST_PASS_SHAPES, value)).toThrow(InternalError)
    expect(() => searchBandWithConfidence(band, SECOND_PASS_SHAPES, value)).toThrow('Expected an integer index from 0 to 2, got 3')
  })
})

describe('searchBandWithConfidence', () => {
  // Values made up for the test, different for every bead, so no two paths tie.
  const value: BeadValue = (shape, source, target) => Math.sin(1 + 3 * shape + 7 * source + 11 * target) * 2

  /** Every path of the band's shapes from (0, 0) to (n, m), by enumeration. */
  function allPaths(n: number, m: number): PathBead[][] {
    if (n === 0 && m === 0) return [[]]
    const paths: PathBead[][] = []
    for (const shape of SECOND_PASS_SHAPES) {
      const i = n - shape.zh
      const j = m - shape.en
      if (i < 0 || j < 0) continue
      for (const path of allPaths(i, j)) paths.push([...path, { zhStart: i, zhCount: shape.zh, enStart: j, enCount: shape.en }])
    }
    return paths
  }
  const shapeIndex = (bead: PathBead) =>
    SECOND_PASS_SHAPES.findIndex((shape) => shape.zh === bead.zhCount && shape.en === bead.enCount)
  const pathValue = (path: readonly PathBead[]) => path.reduce((sum, bead) => sum + value(shapeIndex(bead), bead.zhStart, bead.enStart), 0)
  const key = (bead: PathBead) => `${bead.zhStart}+${bead.zhCount}:${bead.enStart}+${bead.enCount}`

  it('returns the best path, each bead with the share of path probability that passes through it', () => {
    const [n, m] = [4, 5]
    const scored = searchBandWithConfidence(bandAround([0, 1, 2, 3, 5], m, 10), SECOND_PASS_SHAPES, value)
    const paths = allPaths(n, m)
    const best = paths.reduce((a, b) => (pathValue(b) > pathValue(a) ? b : a))
    expect(scored.path.map(key)).toEqual(best.map(key))
    const total = paths.reduce((sum, path) => sum + Math.exp(pathValue(path)), 0)
    const expected = best.map((bead) => paths.filter((path) => path.some((other) => key(other) === key(bead))).reduce((sum, path) => sum + Math.exp(pathValue(path)), 0) / total)
    expect(scored.confidence).toHaveLength(best.length)
    // Six digits: the backward pass reads bead values kept in single precision.
    scored.confidence.forEach((confidence, index) => expect(confidence).toBeCloseTo(expected[index] ?? Number.NaN, 6))
    expect(Math.min(...scored.confidence)).toBeLessThan(0.9)
  })

  it('finds the same path as searchBand', () => {
    const band = bandAround([0, 2, 3, 5, 6, 8], 8, 2)
    expect(searchBandWithConfidence(band, SECOND_PASS_SHAPES, value).path).toEqual(searchBand(band, SECOND_PASS_SHAPES, value))
  })

  it('is sure of a bead that no other path comes near', () => {
    const clear: BeadValue = (shape, source, target) => (shape === 0 && source === target ? 20 : -20)
    const scored = searchBandWithConfidence(bandAround([0, 1, 2, 3], 3, 3), SECOND_PASS_SHAPES, clear)
    expect(scored.path.map(key)).toEqual(['0+1:0+1', '1+1:1+1', '2+1:2+1'])
    for (const confidence of scored.confidence) expect(confidence).toBeGreaterThan(0.999999)
  })
})

describe('search bands', () => {
  it('keeps rows monotone and clipped, and ends at the corner', () => {
    const band = bandAround([0, 5, 2, 9], 9, 1)
    expect([...band.low]).toEqual([0, 1, 3, 3])
    expect([...band.high]).toEqual([1, 3, 3, 9])
    for (let row = 1; row < 4; row++) {
      expect(band.low[row]).toBeGreaterThanOrEqual(band.low[row - 1] ?? 0)
      expect(band.low[row]).toBeLessThanOrEqual(band.high[row - 1] ?? 0)
    }
  })

  it('puts the length diagonal where the characters run out together', () => {
    expect([...lengthDiagonal(Float64Array.from([10, 10]), Float64Array.from([5, 5, 10]))]).toEqual([0, 2, 3])
  })

  it('draws the centre through anchor points', () => {
    const center = centerThrough([[2, 6]], Float64Array.from([1, 1, 1, 1]), 8)
    expect([...center]).toEqual([0, 3, 6, 7, 8])
  })
})

describe('heaviestChain', () => {
  it('keeps the heaviest candidates that increase on both sides', () => {
    const chain = heaviestChain([
      { zh: 0, en: 0, weight: 5 },
      { zh: 5, en: 1, weight: 1 },
      { zh: 2, en: 2, weight: 5 },
      { zh: 3, en: 3, weight: 5 },
    ])
    expect(chain).toEqual([
      { zh: 0, en: 0 },
      { zh: 2, en: 2 },
      { zh: 3, en: 3 },
    ])
  })
})

describe('bead shape priors', () => {
  it('are log-probabilities', () => {
    const total = [...priorShapeLogProbabilities(SECOND_PASS_SHAPES)].reduce((sum, value) => sum + Math.exp(value), 0)
    expect(total).toBeCloseTo(1, 9)
  })

  it('follow the shapes of a path, extrapolating shapes it could not use', () => {
    const path = Array.from({ length: 100 }, (_, index) => ({ zhStart: index, zhCount: 1, enStart: 2 * index, enCount: index % 2 === 0 ? 2 : 1 }))
    const logs = estimateShapeLogProbabilities(SECOND_PASS_SHAPES, path, FIRST_PASS_SHAPES)
    const probability = (source: number, target: number) =>
      Math.exp(logs[SECOND_PASS_SHAPES.findIndex((shape) => shape.zh === source && shape.en === target)] ?? 0)
    expect(probability(1, 2)).toBeGreaterThan(0.4)
    expect(probability(1, 4)).toBeLessThan(probability(1, 3))
  })

  it('extrapolates from extrapolated shapes: each extra sentence costs the same factor', () => {
    const path = Array.from({ length: 90 }, (_, index) => ({ zhStart: index, zhCount: 1, enStart: 0, enCount: 1 + (index % 3) }))
    const logs = estimateShapeLogProbabilities(SECOND_PASS_SHAPES, path, FIRST_PASS_SHAPES)
    const log = (source: number, target: number) => logs[SECOND_PASS_SHAPES.findIndex((shape) => shape.zh === source && shape.en === target)]!
    const step = log(1, 3) - log(1, 2)
    expect(step).toBeLessThan(0)
    for (const target of [4, 5, 6]) expect(log(1, target) - log(1, target - 1)).toBeCloseTo(step, 9)
  })
})
