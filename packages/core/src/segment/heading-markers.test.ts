import { describe, expect, it } from 'vitest'
import { findHeadingMarkers, headingMarkerLength } from './heading-markers.js'

describe('heading markers', () => {
  it('are one to six # opening a line before white space', () => {
    expect(headingMarkerLength('## Background', 0)).toBe(2)
    expect(headingMarkerLength('text\n  # Title', 7)).toBe(1)
    expect(headingMarkerLength('text\u2028### Title', 5)).toBe(3)
    expect(headingMarkerLength('####### seven', 0)).toBe(0)
    expect(headingMarkerLength('#hashtag', 0)).toBe(0)
  })

  it('are two to six # between white space inside a line, where a conversion lost the line break', () => {
    expect(headingMarkerLength('It ends. #### 2. Background', 9)).toBe(4)
    expect(headingMarkerLength('Press # to dial', 6)).toBe(0)
    expect(headingMarkerLength('issue ##5 and C## code', 6)).toBe(0)
  })

  it('are found inside a text, never at its start', () => {
    expect(findHeadingMarkers('## A first. ## B second\n# C third. # not one')).toEqual([12, 24])
  })
})
