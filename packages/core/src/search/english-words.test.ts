import { describe, expect, it } from 'vitest'
import { englishWordForm, englishWords } from './english-words.js'

describe('englishWordForm', () => {
  it('folds case and plurals with the S-stemmer', () => {
    expect(['Standards', 'SMEs', 'technologies', 'enterprises', 'people’s'].map(englishWordForm)).toEqual([
      'standard',
      'sme',
      'technology',
      'enterprise',
      'people',
    ])
  })

  it('leaves short words and words that only look plural', () => {
    expect(['is', 'gas', 'this', 'process', 'focus', 'analysis'].map(englishWordForm)).toEqual(['is', 'gas', 'this', 'process', 'focus', 'analysis'])
  })

  it('applies NFKC, so full-width letters meet their ASCII forms', () => {
    expect(englishWordForm('ＳＭＥｓ')).toBe('sme')
  })
})

describe('englishWords', () => {
  it('gives each Latin word with its offsets, keeping 4.0, R&D and G20 whole and splitting hyphens', () => {
    const words = englishWords('G20 R&D for Industrie 4.0, SME-to-SME.')
    expect(words.map((word) => word.text)).toEqual(['G20', 'R&D', 'for', 'Industrie', '4.0', 'SME', 'to', 'SME'])
    expect(words[4]).toMatchObject({ start: 22, end: 25 })
  })

  it('finds the Latin words inside Chinese text and nothing in pure Chinese', () => {
    expect(englishWords('二十国集团（G20）成员').map((word) => word.form)).toEqual(['g20'])
    expect(englishWords('中小企业。')).toEqual([])
  })
})
