import { describe, expect, it } from 'vitest'
import { EmptyInputError } from '../errors.js'
import { planExcerpt } from './__fixtures__/plan-excerpt.js'
import { concordance } from './concordance.js'
import type { TermEntry } from './glossary-entry.js'

const corpus = planExcerpt()
const glossary: TermEntry[] = [
  { id: 't1', en: 'SMEs', zh: '中小企业', enVariants: ['small and medium sized enterprises'], zhVariants: [] },
  { id: 't2', en: 'IPR', zh: '知识产权', enVariants: ['intellectual property rights'], zhVariants: [] },
]

describe('concordance', () => {
  it('gives each occurrence with left and right context and the aligned counterpart, its term marked', () => {
    const lines = concordance(corpus, 'SMEs', { glossary })
    const first = lines.find((line) => line.bead === 'b35')!
    expect(first).toMatchObject({ section: '4.2', language: 'en', left: 'Background: ', match: 'SMEs' })
    expect(first.right.startsWith(' are a major source')).toBe(true)
    expect(first.counterpartMatches.map((match) => match.text)).toEqual(['中小企业'])
    const { start, end } = first.counterpartMatches[0]!
    expect(first.counterpart.slice(start, end)).toBe('中小企业')
  })

  it('matches English as whole words, ignoring case and plural (SME-to-SME counts twice)', () => {
    const lines = concordance(corpus, 'sme', { glossary }).filter((line) => line.bead === 'b42')
    expect(lines.map((line) => line.match)).toEqual(['SME', 'SME', 'SME', 'SME'])
    expect(concordance(corpus, 'SM')).toEqual([])
  })

  it('matches Chinese verbatim and marks every English form the glossary knows', () => {
    const line = concordance(corpus, '知识产权', { glossary }).find((entry) => entry.bead === 'b84')!
    expect(line.counterpartMatches.map((match) => match.text)).toEqual(['intellectual property rights'])
    const withAcronym = concordance(corpus, '知识产权', { glossary }).find((entry) => entry.bead === 'b86')!
    expect(withAcronym.counterpartMatches.map((match) => match.text)).toEqual(['IPR'])
  })

  it('leaves the counterpart unmarked when the glossary does not know the term', () => {
    expect(concordance(corpus, 'innovation').every((line) => line.counterpartMatches.length === 0)).toBe(true)
  })

  it('limits the context to `width` characters and keeps it on one line', () => {
    const lines = concordance(corpus, '中小企业', { width: 3 })
    expect(lines.every((line) => [...line.left].length <= 3 && [...line.right].length <= 3)).toBe(true)
  })

  it('sorts by right context when asked, deterministically', () => {
    const rights = concordance(corpus, 'SMEs', { sort: 'right' }).map((line) => line.right.toLowerCase())
    expect(rights).toEqual([...rights].sort())
  })

  it('filters by section', () => {
    expect(concordance(corpus, '知识产权', { section: '4.2' })).toEqual([])
  })

  it('refuses an empty term', () => {
    expect(() => concordance(corpus, ' ')).toThrow(EmptyInputError)
  })
})
