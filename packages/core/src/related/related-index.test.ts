import { describe, expect, it } from 'vitest'
import { EmptyInputError, InvalidInputError } from '../errors.js'
import { passageTerms } from './passage-terms.js'
import { createRelatedIndex, relatedPassageSchema, type Passage } from './related-index.js'

const passages: Passage[] = [
  { document: 'a', paragraph: 'a:1', text: 'Small and medium-sized enterprises (SMEs) create jobs; SMEs need finance.' },
  { document: 'a', paragraph: 'a:2', text: 'Standards should be developed in an open, transparent and consensus-based manner.' },
  { document: 'b', paragraph: 'b:p0', text: 'Since the 2016 G20 New Industrial Revolution Action Plan, digitalisation of production presents opportunities.' },
  { document: 'b', paragraph: 'b:p1', text: 'We welcome the Forum.' },
]

describe('passageTerms', () => {
  it('keeps content words with plural folded, drops stop words, numbers and single letters', () => {
    expect(passageTerms('The role of SMEs in 2016, e.g. a G20 plan').map((term) => [term.form, term.surface])).toEqual([
      ['role', 'role'],
      ['sme', 'SMEs'],
      ['g20', 'G20'],
      ['plan', 'plan'],
    ])
  })

  it('drops the topic stop words whatever their inflection folds to ("does" is "doe")', () => {
    expect(passageTerms('Does the plan need new ways?').map((term) => term.form)).toEqual(['plan'])
  })
})

describe('createRelatedIndex', () => {
  const index = createRelatedIndex(passages)

  it('ranks passages by BM25 over shared content words and names the shared terms as written', () => {
    const [first, ...rest] = index.related('The role of small and medium-sized enterprises (SME) in the new industrial revolution')
    expect(first).toMatchObject({ paragraph: 'a:1', document: 'a' })
    expect(first!.terms).toEqual(expect.arrayContaining(['SMEs', 'enterprises', 'medium']))
    expect(rest.map((passage) => passage.paragraph)).toEqual(['b:p0'])
    expect(relatedPassageSchema.array().parse([first, ...rest])).toHaveLength(2)
  })

  it('finds the plan that a declaration cites, and honours limit and terms', () => {
    const [top] = index.related('G20 New Industrial Revolution Action Plan', { limit: 1, terms: 2 })
    expect(top).toMatchObject({ paragraph: 'b:p0', terms: expect.any(Array) })
    expect(top!.terms).toHaveLength(2)
    expect(index.size).toBe(4)
  })

  it('is deterministic: equal scores keep index order', () => {
    const twin = createRelatedIndex([
      { document: 'x', paragraph: 'x:2', text: 'open standards' },
      { document: 'x', paragraph: 'x:1', text: 'open standards' },
    ])
    expect(twin.related('open standards').map((passage) => passage.paragraph)).toEqual(['x:2', 'x:1'])
  })

  it('throws EmptyInputError for a query of stop words, InvalidInputError for bad options', () => {
    expect(() => index.related('the of and 2016')).toThrow(EmptyInputError)
    expect(() => index.related('the of and 2016')).toThrow(/Expected a query with content words/)
    expect(() => index.related('standards', { limit: 0 })).toThrow(InvalidInputError)
  })
})
