import { describe, expect, it } from 'vitest'
import { isHeadingLine, trimMarkup } from './markup.js'

describe('isHeadingLine', () => {
  it('accepts heading markers and whole-bold lines', () => {
    expect(isHeadingLine('## **G20 New Industrial Revolution Action Plan**')).toBe(true)
    expect(isHeadingLine('### 4.3 Employment and workforce skills')).toBe(true)
    expect(isHeadingLine('**Multi-stakeholder communication principle**')).toBe(true)
    expect(isHeadingLine('**Actions:**')).toBe(true)
  })

  it('rejects running text, even when it opens or ends in bold', () => {
    expect(isHeadingLine('**Background:** As the premier forum')).toBe(false)
    expect(isHeadingLine('**A** and **B**')).toBe(false)
    expect(isHeadingLine('#hashtag')).toBe(false)
    expect(isHeadingLine('****')).toBe(false)
  })
})

describe('trimMarkup', () => {
  /** The text `trimMarkup` leaves of the whole of `text`. */
  function trimmed(text: string): string {
    const { start, end } = trimMarkup(text, { start: 0, end: text.length })
    return text.slice(start, end)
  }

  it('drops heading markers, bold markers and white space at both edges', () => {
    expect(trimmed('  ### **1. Overview** ')).toBe('1. Overview')
    expect(trimmed('##### **Objective:**')).toBe('Objective:')
    expect(trimmed('**Background:** As the forum.')).toBe('Background:** As the forum.')
  })

  it('keeps text that only looks like markup inside', () => {
    expect(trimmed('#3 is **bold** here')).toBe('#3 is **bold** here')
  })

  it('may leave an empty span', () => {
    expect(trimMarkup('x ** y', { start: 1, end: 5 })).toEqual({ start: 4, end: 4 })
  })
})
