import { describe, expect, it } from 'vitest'
import { findGlossaryEntries, type TermEntry } from './glossary-entry.js'
import { findTermOccurrences } from './find-term.js'

const glossary: TermEntry[] = [
  { id: 't1', en: 'IPR', zh: '知识产权', enVariants: ['intellectual property rights'], zhVariants: [] },
  { id: 't2', en: 'standards', zh: '标准', enVariants: [], zhVariants: [] },
]

describe('findGlossaryEntries', () => {
  it('finds an entry by any form, ignoring case and plural', () => {
    expect(findGlossaryEntries(glossary, 'ipr', 'en').map((entry) => entry.id)).toEqual(['t1'])
    expect(findGlossaryEntries(glossary, 'Standard', 'en').map((entry) => entry.id)).toEqual(['t2'])
    expect(findGlossaryEntries(glossary, '知识产权', 'zh').map((entry) => entry.id)).toEqual(['t1'])
  })

  it('accepts a run of words covering more than half of a form, not less', () => {
    expect(findGlossaryEntries(glossary, 'intellectual property', 'en')).toHaveLength(1)
    expect(findGlossaryEntries(glossary, 'property', 'en')).toEqual([])
    expect(findGlossaryEntries(glossary, '产权', 'zh')).toEqual([])
  })
})

describe('findTermOccurrences', () => {
  it('finds English phrases as whole words across spaces and hyphens only', () => {
    const text = 'Support SMEs and SME-to-SME exchange; small, medium.'
    expect(findTermOccurrences(text, 'SME', 'en')).toHaveLength(3)
    expect(findTermOccurrences(text, 'small medium', 'en')).toEqual([])
    expect(findTermOccurrences('start-ups and start ups', 'start-ups', 'en')).toHaveLength(2)
  })

  it('finds Chinese verbatim, full-width punctuation around it or not', () => {
    expect(findTermOccurrences('「中小企业」和中小企业。', '中小企业', 'zh')).toEqual([
      { start: 1, end: 5 },
      { start: 7, end: 11 },
    ])
  })
})
