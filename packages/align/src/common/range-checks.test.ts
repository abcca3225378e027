import { InternalError } from '@duiqi/core'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { checksOn, outOfRange, setChecks } from './range-checks.js'

/** A read as the aligner writes one, at an index that must exist. */
const read = (table: Float64Array, index: number): number => table[index] ?? outOfRange(table, index)

describe('range checks', () => {
  const initially = checksOn()
  beforeEach(() => setChecks(true))
  afterAll(() => setChecks(initially))

  it('are on under vitest', () => {
    expect(initially).toBe(true)
  })

  it('let a read at an index that exists give its element', () => {
    const table = Float64Array.from([0.5, -1.25])
    expect(read(table, 1)).toBe(-1.25)
    const shapes = [{ zh: 1, en: 2 }]
    expect(shapes[0] ?? outOfRange(shapes, 0)).toEqual({ zh: 1, en: 2 })
  })

  it('throw an InternalError for an index past either end or between two', () => {
    const table = new Float64Array(3)
    for (const index of [3, -1, 1.5, Number.NaN]) expect(() => read(table, index)).toThrow(InternalError)
    expect(() => read(table, 3)).toThrow(
      "Expected an integer index from 0 to 2, got 3: a read out of range in the aligner's tables. This is a bug in duiqi; please report it with the input.",
    )
    expect(() => read(new Float64Array(0), 0)).toThrow('Expected no index (the table is empty), got 0')
    const rows = [new Int32Array(0)]
    expect(() => rows[1] ?? outOfRange(rows, 1)).toThrow(InternalError)
  })

  it('leave a plain read with checks off, as outside tests', () => {
    setChecks(false)
    expect(read(new Float64Array(3), 3)).toBeUndefined()
  })
})
