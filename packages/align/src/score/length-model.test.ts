import { describe, expect, it } from 'vitest'
import { estimateLengthModel, lengthAgreement, priorLengthModel } from './length-model.js'

describe('length model', () => {
  it('takes the ratio of the totals as its prior', () => {
    const model = priorLengthModel(Float64Array.from([10, 20]), Float64Array.from([30, 60]))
    expect(model.ratio).toBe(3)
  })

  it('agrees fully at the expected length and less the further off', () => {
    const model = { ratio: 3, variance: 9 }
    expect(lengthAgreement(model, 20, 60)).toBeCloseTo(1, 6)
    expect(lengthAgreement(model, 20, 80)).toBeLessThan(lengthAgreement(model, 20, 70))
    expect(lengthAgreement(model, 20, 0)).toBeLessThan(0.01)
  })

  it('re-estimates ratio and variance from confident pairs, keeping the prior with too few', () => {
    const prior = { ratio: 2, variance: 8 }
    const pairs = Array.from({ length: 40 }, (_, index): [number, number] => [20, 60 + (index % 5) - 2])
    const model = estimateLengthModel(pairs, prior)
    expect(model.ratio).toBeCloseTo(3, 1)
    expect(estimateLengthModel(pairs.slice(0, 3), prior)).toBe(prior)
  })
})
