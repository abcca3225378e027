import { describe, expect, it } from 'vitest'
import { parseEnglishHeading } from './english-headings.js'

describe('parseEnglishHeading', () => {
  it('reads "1. Overview" as a section', () => {
    expect(parseEnglishHeading('1. Overview')).toEqual({ id: '1', kind: 'section', number: '1.', title: 'Overview' })
  })

  it('reads "4.1 Research collaboration" as a subsection of 4', () => {
    expect(parseEnglishHeading('4.1 Research collaboration')).toEqual({
      id: '4.1',
      kind: 'subsection',
      number: '4.1',
      title: 'Research collaboration',
      parent: '4',
    })
  })

  it('leaves unnumbered headings and numbers that are no heading numbers', () => {
    expect(parseEnglishHeading('G20 New Industrial Revolution Action Plan')).toBeUndefined()
    expect(parseEnglishHeading('Proposed Actions')).toBeUndefined()
    expect(parseEnglishHeading('2030 Agenda')).toBeUndefined()
  })
})
