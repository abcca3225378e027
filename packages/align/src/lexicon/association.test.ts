import { describe, expect, it } from 'vitest'
import { dice, logLikelihood } from './association.js'

describe('dice', () => {
  it('is 1 for terms always together, 0 for terms never together', () => {
    expect(dice(9, 9, 9)).toBe(1)
    expect(dice(0, 3, 4)).toBe(0)
    expect(dice(2, 3, 5)).toBe(0.5)
    expect(dice(0, 0, 0)).toBe(0)
  })
})

describe('logLikelihood', () => {
  it('grows with association and is 0 when terms meet no more than chance predicts', () => {
    expect(logLikelihood(9, 9, 9, 99)).toBeCloseTo(60.318, 2)
    expect(logLikelihood(2, 2, 2, 99)).toBeGreaterThan(3.84)
    expect(logLikelihood(1, 50, 50, 100)).toBe(0)
  })
})
