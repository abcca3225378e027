import { englishFunctionWords } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { englishStopWords } from './english-stop-words.js'

describe('englishStopWords', () => {
  it('is core’s function words plus pronouns, adverbs, archaic forms and contraction pieces', () => {
    expect(englishStopWords.size).toBe(171)
    expect([...englishFunctionWords].every((word) => englishStopWords.has(word))).toBe(true)
    for (const word of ['himself', 'without', 'thou', 'hath', 'get', 'didn', 'll']) expect(englishStopWords.has(word)).toBe(true)
  })
})
