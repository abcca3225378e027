import { describe, expect, it } from 'vitest'
import { estimateAgreementModel, estimateBoundaryModel } from './boundary-model.js'
import type { PairFeatures } from './sentence-features.js'

describe('estimateBoundaryModel', () => {
  const features = (zh: number[], en: number[]) =>
    ({ zh: { quoteOpen: Uint8Array.from(zh) }, en: { quoteOpen: Uint8Array.from(en) } }) as unknown as PairFeatures

  it('costs a boundary inside a quotation on one side only, when bead ends agree more than their neighbours', () => {
    const zh = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0]
    const model = estimateBoundaryModel(features(zh, zh), zh.map((_, index) => ({ zhEnd: index, enEnd: index })))
    expect(model.evidence(0, 0)).toBe(0)
    expect(model.evidence(0, 1)).toBeLessThan(-1)
    expect(model.evidence(-1, -1)).toBe(0)
  })

  it('says nothing about texts without quotations', () => {
    const none = [0, 0, 0, 0]
    const model = estimateBoundaryModel(features(none, none), none.map((_, index) => ({ zhEnd: index, enEnd: index })))
    expect(model.evidence(1, 2)).toBe(0)
  })
})

describe('estimateAgreementModel over paragraph ends', () => {
  it('costs a bead end where one side ends a paragraph and the other does not, once the first path shows breaks agree', () => {
    // Paragraphs of two sentences on both sides; the first path's beads are one to one.
    const ends = Uint8Array.from([0, 1, 0, 1, 0, 1, 0, 1, 0, 1])
    const model = estimateAgreementModel(ends, ends, [...ends.keys()].map((index) => ({ zhEnd: index, enEnd: index })))
    expect(model.evidence(1, 1)).toBe(0)
    expect(model.evidence(0, 0)).toBe(0)
    expect(model.evidence(1, 2)).toBeLessThan(-1)
  })

  it('gives no evidence for text without paragraph breaks', () => {
    const none = new Uint8Array(10)
    const model = estimateAgreementModel(none, none, [...none.keys()].map((index) => ({ zhEnd: index, enEnd: index })))
    expect(model.evidence(1, 2)).toBe(0)
  })
})
