import { glossaryEntrySchema, InvalidInputError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { planSections } from './__fixtures__/plan-sections.js'
import { extractTerminology } from './extract-terminology.js'

const corpus = planSections()
const glossary = extractTerminology(corpus)
const pairOf = (en: string) => glossary.find((entry) => entry.en === en || entry.enVariants.includes(en))?.zh

describe('extractTerminology', () => {
  it('pairs acronyms, their expansions, phrases and words with their Chinese', () => {
    expect(pairOf('NIR')).toBe('新工业革命')
    expect(pairOf('SMEs')).toBe('中小企业')
    expect(pairOf('IPR')).toBe('知识产权')
    expect(pairOf('intellectual property rights')).toBe('知识产权')
    expect(pairOf('G20')).toBe('二十国集团')
    expect(pairOf('standards')).toBe('标准')
    expect(pairOf('business models')).toBe('商业模式')
    expect(pairOf('steam engine')).toBe('蒸汽机')
  })

  it('keeps an acronym and its expansion as one entry', () => {
    const entry = glossary.find((item) => item.en === 'IPR')!
    expect(entry).toMatchObject({ kind: 'acronym', enVariants: ['intellectual property rights'] })
    expect(glossary.filter((item) => item.zh === '知识产权')).toHaveLength(1)
  })

  it('gives each entry valid figures: frequency, bead ids, Dice, G², confidence, ranked by confidence', () => {
    for (const entry of glossary) expect(glossaryEntrySchema.safeParse(entry).success).toBe(true)
    const sme = glossary.find((entry) => entry.en === 'SMEs')!
    expect(sme).toMatchObject({ frequency: 9, enFrequency: 9, zhFrequency: 9, dice: 1, cedict: true })
    expect(sme.beads).toEqual(['b34', 'b35', 'b36', 'b37', 'b38', 'b40', 'b41', 'b42', 'b43'])
    const confidences = glossary.map((entry) => entry.confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a))
    expect(glossary.map((entry) => entry.id).slice(0, 3)).toEqual(['t1', 't2', 't3'])
  })

  it('drops fragments of longer terms and clause-opening verbs', () => {
    expect(glossary.some((entry) => /^(encourage|promote|support)\b/i.test(entry.en))).toBe(false)
    expect(glossary.some((entry) => entry.en === 'developing')).toBe(false)
  })

  it('is deterministic and honours limit and cedict', () => {
    expect(extractTerminology(corpus)).toEqual(glossary)
    expect(extractTerminology(corpus, { limit: 5 })).toEqual(glossary.slice(0, 5))
    const withoutDictionary = extractTerminology(corpus, { cedict: false })
    expect(withoutDictionary.every((entry) => !entry.cedict && entry.frequency >= 2)).toBe(true)
  })

  it('refuses bad options with a message naming them', () => {
    expect(() => extractTerminology(corpus, { minFrequency: 0 })).toThrow(InvalidInputError)
    expect(() => extractTerminology(corpus, { minFrequency: 0 })).toThrow(/Expected `options.minFrequency` to be/)
  })
})
