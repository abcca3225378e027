import { describe, expect, it } from 'vitest'
import { chineseDomainTerms, segmentChineseWords } from './chinese-words.js'

describe('segmentChineseWords', () => {
  it('keeps domain terms whole', () => {
    const words = segmentChineseWords('二十国集团推动物联网和新工业革命，支持中小企业保护知识产权。')
    expect(words).toEqual(['二十国集团', '推动', '物联网', '和', '新工业革命', '支持', '中小企业', '保护', '知识产权'])
  })

  it('keeps 智能制造 and 发展中国家 as single words', () => {
    const words = segmentChineseWords('发展智能制造，帮助发展中国家。')
    expect(words).toContain('智能制造')
    expect(words).toContain('发展中国家')
  })

  it('keeps Latin and digit runs as one word and drops punctuation', () => {
    expect(segmentChineseWords('“G20和IoT、OECD，工业4.0！”')).toEqual(['G20', '和', 'IoT', 'OECD', '工业', '4.0'])
  })

  it('returns nothing for empty or punctuation-only text', () => {
    expect(segmentChineseWords('')).toEqual([])
    expect(segmentChineseWords('。！？ ')).toEqual([])
  })

  it('lists each domain term once', () => {
    expect(new Set(chineseDomainTerms).size).toBe(chineseDomainTerms.length)
  })
})
