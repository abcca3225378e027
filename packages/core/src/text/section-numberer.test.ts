import { describe, expect, it } from 'vitest'
import { parseEnglishHeading } from './english-headings.js'
import { createSectionNumberer } from './section-numberer.js'

describe('createSectionNumberer', () => {
  it('numbers the English plan: title first, unnumbered sections after the last number', () => {
    const numberSection = createSectionNumberer(parseEnglishHeading)
    const headings = ['G20 Plan', '1. Overview', '2. Background', 'Principle', 'Proposed Actions', '4.1 Research']
    expect(headings.map((heading) => numberSection(heading))).toEqual([
      { id: 'title', kind: 'title', title: 'G20 Plan' },
      { id: '1', kind: 'section', number: '1.', title: 'Overview' },
      { id: '2', kind: 'section', number: '2.', title: 'Background' },
      { id: '3', kind: 'section', title: 'Principle' },
      { id: '4', kind: 'section', title: 'Proposed Actions' },
      { id: '4.1', kind: 'subsection', number: '4.1', title: 'Research', parent: '4' },
    ])
  })

  it('makes a first numbered heading no title', () => {
    const numberSection = createSectionNumberer(parseEnglishHeading)
    expect(numberSection('1. Overview').id).toBe('1')
    expect(numberSection('Untitled').id).toBe('2')
  })
})
