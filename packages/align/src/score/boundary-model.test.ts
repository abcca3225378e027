import { describe, expect, it } from 'vitest'
import { estimateBoundaryModel } from './boundary-model.js'
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
