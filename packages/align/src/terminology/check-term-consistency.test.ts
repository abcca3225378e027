import type { TermEntry } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { planSections } from './__fixtures__/plan-sections.js'
import { checkTermConsistency } from './check-term-consistency.js'

const corpus = planSections()

describe('checkTermConsistency', () => {
  it('lists beads where a term appears on one side only', () => {
    const glossary: TermEntry[] = [{ id: 't1', en: 'NIR', zh: '新工业革命', enVariants: ['New Industrial Revolution'], zhVariants: [] }]
    const { missing } = checkTermConsistency(corpus, glossary)
    // b6 says "a new industrial revolution" for 新的工业革命; b13 "the ongoing industrial revolution" for 新工业革命.
    expect(missing.map((item) => `${item.bead}:${item.found}`)).toEqual(['b6:en', 'b13:zh'])
    expect(missing[1]!.text).toMatch(/^The ongoing industrial revolution/)
  })

  it('lists terms with more than one rendering', () => {
    const glossary: TermEntry[] = [
      { id: 't1', en: 'institutions', zh: '机构', enVariants: [], zhVariants: [] },
      { id: 't2', en: 'organizations', zh: '机构', enVariants: [], zhVariants: [] },
      { id: 't3', en: 'standards', zh: '标准', enVariants: [], zhVariants: [] },
    ]
    const { renderings } = checkTermConsistency(corpus, glossary)
    expect(renderings).toHaveLength(1)
    expect(renderings[0]).toMatchObject({ language: 'zh', term: '机构' })
    expect(renderings[0]!.renderings.map((rendering) => rendering.text)).toEqual(['institutions', 'organizations'])
    expect(renderings[0]!.renderings[0]!.beads.length).toBeGreaterThan(0)
  })

  it('reports nothing for an empty glossary', () => {
    expect(checkTermConsistency(corpus, [])).toEqual({ missing: [], renderings: [] })
  })
})
