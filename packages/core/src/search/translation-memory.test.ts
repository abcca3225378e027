import { describe, expect, it } from 'vitest'
import { EmptyInputError, InvalidInputError } from '../errors.js'
import { planExcerpt } from './__fixtures__/plan-excerpt.js'
import { fuzzyMatchScore, fuzzyMatchTokens } from './fuzzy-match.js'
import { createTranslationMemory } from './translation-memory.js'

const memory = createTranslationMemory(planExcerpt())

describe('createTranslationMemory', () => {
  it('returns the 4.2 action with its Chinese at 80% for a close English sentence', () => {
    const [match] = memory.lookup('Encourage members to establish platform to support SME digital transformation')
    expect(match).toMatchObject({ id: 'b41', section: '4.2', language: 'en', score: 0.8 })
    expect(match!.zh).toBe('2．鼓励成员建立平台，支持中小企业的数字化转型和能力建设。')
  })

  it('looks up Chinese character by character and gives the English', () => {
    const [match] = memory.lookup('鼓励成员建立平台，支持中小企业数字化转型和能力建设。')
    expect(match!.id).toBe('b41')
    expect(match!.score).toBeGreaterThan(0.9)
    expect(match!.en).toMatch(/^Encourage members/)
  })

  it('gives 100% for the same sentence whatever its case, width and punctuation', () => {
    expect(memory.lookup('ＥＮＣＯＵＲＡＧＥ members to establish platforms to support SMEs digital transformation and capacity building')[0]!.score).toBe(1)
  })

  it('keeps only matches at the threshold or better, best first, at most `limit`', () => {
    const matches = memory.lookup('Encourage members to establish platforms', { threshold: 0.3, limit: 3 })
    expect(matches.length).toBeLessThanOrEqual(3)
    expect(matches.every((match) => match.score >= 0.3)).toBe(true)
    expect(matches.map((match) => match.score)).toEqual([...matches.map((match) => match.score)].sort((a, b) => b - a))
    expect(memory.lookup('Something else entirely about the weather')).toEqual([])
  })

  it('refuses a sentence without words and a threshold out of range', () => {
    expect(() => memory.lookup('…')).toThrow(EmptyInputError)
    expect(() => memory.lookup('SMEs', { threshold: 1.5 })).toThrow(InvalidInputError)
  })
})

describe('fuzzyMatchScore', () => {
  it('counts English words, plural folded, stop words ignored', () => {
    expect(fuzzyMatchTokens('Support the SMEs.', 'en')).toEqual(['support', 'sme'])
    expect(fuzzyMatchScore('Support SME digital transformation', 'Support SMEs digital transformation.', 'en')).toBe(1)
    expect(fuzzyMatchScore('support digital transformation', 'support digital change', 'en')).toBeCloseTo(2 / 3)
  })

  it('counts Chinese characters, ignoring punctuation in either script', () => {
    expect(fuzzyMatchTokens('中小企业，G20。', 'zh')).toEqual(['中', '小', '企', '业', 'g20'])
    expect(fuzzyMatchScore('中小企业！', '中小企業。', 'zh')).toBe(0.75)
  })
})
