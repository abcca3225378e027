import { describe, expect, it } from 'vitest'
import { loadCedict } from '../lexicon/cedict.js'
import { extractPairFeatures } from './sentence-features.js'

const ZH = ['中小企业是创新的主要来源。', '二十国集团成员应加强合作。']
const EN = ['SMEs are a major source of innovation.', 'G20 members should strengthen cooperation.']

describe('extractPairFeatures', () => {
  it("numbers the stems of one alignment 0, 1, …: stemCount is this text's own, whatever was read before", () => {
    const cedict = loadCedict()
    // Read another text first: with process-wide ids, the pair below would get higher, sparser ids.
    extractPairFeatures(['法律保护知识产权。', '他们在海边散步。'], ['The law protects intellectual property.', 'They walk by the sea.'], cedict)
    const features = extractPairFeatures(ZH, EN, cedict)
    const used = new Set([...features.en.stems, ...features.zh.wordTranslations].flatMap((ids) => [...ids]))
    expect(features.stemCount).toBe(used.size)
    expect(Math.max(...used)).toBe(features.stemCount - 1)
    expect(features.en.stemWeights).toHaveLength(features.stemCount)
  })
})
