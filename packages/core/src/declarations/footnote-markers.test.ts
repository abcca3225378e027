import { describe, expect, it } from 'vitest'
import { findFootnoteMarker } from './footnote-markers.js'

function marker(text: string, number: number): string | undefined {
  const span = findFootnoteMarker(text, number, 0, text.length)
  return span && `${text.slice(Math.max(0, span.start - 6), span.start)}[${text.slice(span.start, span.end)}]`
}

describe('findFootnoteMarker', () => {
  it('finds a number glued to a word or a closing quote, apart before punctuation, or glued to a year', () => {
    expect(marker('contribute to job creation8. They', 8)).toBe('eation[8]')
    expect(marker('(“Cancún Declaration”4).', 4)).toBe('ation”[4]')
    expect(marker('conducive ecosystems 9 , in which', 9)).toBe('stems [9]')
    expect(marker('IN THE DIGITAL ENVIRONMENT 2 \n', 2)).toBe('NMENT [2]')
    expect(marker('held in Sao Paulo in\n20145.', 5)).toBe('n\n2014[5]')
  })

  it('prefers a glued marker, and takes no number of an annex, a G20 or a larger number', () => {
    expect(marker('(Annex 1). Elements of convergence”1 across', 1)).toBe('gence”[1]')
    expect(marker('See Annex 2 and Section 2.', 2)).toBeUndefined()
    expect(marker('the G20 and B20 groups', 2)).toBeUndefined()
    expect(marker('the Governors10 and', 1)).toBeUndefined()
  })

  it('skips excluded spans', () => {
    const text = 'a growth7 b growth7'
    expect(findFootnoteMarker(text, 7, 0, text.length, [{ start: 0, end: 10 }])).toEqual({ start: 18, end: 19 })
  })
})
