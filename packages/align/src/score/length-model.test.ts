import { describe, expect, it } from 'vitest'
import { createLengthEvidence, estimateLengthModel, lengthAgreement, priorLengthModel } from './length-model.js'

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

describe('length evidence', () => {
  // Ten Chinese sentences of 20 characters and their English of 60: the ratio is 3.
  const zh = Float64Array.from({ length: 10 }, () => 20)
  const en = Float64Array.from({ length: 10 }, (_, index) => (index === 4 ? 120 : 60))
  const model = { ratio: 3, variance: 9 }
  const evidence = createLengthEvidence(zh, en, model)

  it('favours the expected length', () => {
    expect(evidence.logLikelihoodRatio(0, 1, 0, 1)).toBeGreaterThan(0)
    expect(evidence.logLikelihoodRatio(0, 1, 4, 1)).toBeLessThan(evidence.logLikelihoodRatio(0, 1, 0, 1) - 2)
  })

  it('does not reward merging two exact one-to-one pairs into one bead', () => {
    const separate = evidence.logLikelihoodRatio(0, 1, 0, 1) + evidence.logLikelihoodRatio(1, 1, 1, 1)
    expect(evidence.logLikelihoodRatio(0, 2, 0, 2)).toBeLessThan(separate)
  })

  it('joins the double-length English sentence to two Chinese sentences rather than one', () => {
    expect(evidence.logLikelihoodRatio(4, 2, 4, 1)).toBeGreaterThan(evidence.logLikelihoodRatio(4, 1, 4, 1))
  })

  it('reads the same with the sides swapped (the ratio and variance turned round)', () => {
    const swapped = createLengthEvidence(en, zh, { ratio: 1 / 3, variance: 9 / 27 })
    const forward = evidence.logLikelihoodRatio(2, 1, 3, 2)
    expect(swapped.logLikelihoodRatio(3, 2, 2, 1)).toBeCloseTo(forward, 9)
  })
})
