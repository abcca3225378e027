import { describe, expect, it } from 'vitest'
import { characterPairs, chineseSearchTerms, decodeHanTerm, encodeHanTerm } from './chinese-search-terms.js'

describe('characterPairs', () => {
  it('gives overlapping pairs and the last character', () => {
    expect(characterPairs('中小企业')).toEqual(['中小', '小企', '企业', '业'])
    expect(characterPairs('中')).toEqual(['中'])
  })

  it('never cuts a character outside the BMP in half', () => {
    expect(characterPairs('𠀀中')).toEqual(['𠀀中', '中'])
  })
})

describe('encodeHanTerm', () => {
  it('spells each character in a fixed number of digits, so a character prefixes its pairs', () => {
    expect(encodeHanTerm('中')).toMatch(/^~[0-9a-v]{3}$/)
    expect(encodeHanTerm('中小').startsWith(encodeHanTerm('中'))).toBe(true)
    expect(encodeHanTerm('𠀀')).toMatch(/^~![0-9a-v]{5}$/)
  })

  it('keeps distinct terms distinct', () => {
    const terms = ['中小', '小中', '〇一', '𠀀中', '中𠀀']
    expect(new Set(terms.map(encodeHanTerm)).size).toBe(terms.length)
  })
})

describe('chineseSearchTerms', () => {
  it('spells the character pairs of every run, as encodeHanTerm spells them, then the domain terms', () => {
    const text = '𠀀中小企业，好。OK 一'
    const runs = ['𠀀中小企业', '好', '一']
    expect(chineseSearchTerms(text, 'pairs')).toEqual([...runs.flatMap(characterPairs), '中小企业'].map(encodeHanTerm))
  })

  it('indexes pairs, and with words the segmentit words, with pairs only the domain terms', () => {
    const words = chineseSearchTerms('支持物联网发展', 'words')
    const pairs = chineseSearchTerms('支持物联网发展', 'pairs')
    expect(words).toContain(encodeHanTerm('物联网'))
    expect(words).toContain(encodeHanTerm('支持'))
    expect(pairs).toContain(encodeHanTerm('物联网'))
    expect(pairs).not.toContain(encodeHanTerm('支持发展'))
    expect(pairs).toContain(encodeHanTerm('联网'))
  })
})

describe('decodeHanTerm', () => {
  it('reads back what encodeHanTerm spelled, inside and outside the main block', () => {
    for (const term of ['中小', '业', '𠀀中', '〇二', '丂龥']) expect(decodeHanTerm(encodeHanTerm(term))).toBe(term)
  })
})
