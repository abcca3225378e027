import { describe, expect, it } from 'vitest'
import { chineseAnchors, englishAnchors } from './sentence-anchors.js'

describe('chineseAnchors / englishAnchors', () => {
  it('finds the same numbers in both scripts', () => {
    expect(chineseAnchors('二〇一九年春天，镇上有三千人。')).toEqual(['n:2019', 'n:3000'])
    expect(englishAnchors('In the spring of 2019, the town had three thousand people.', new Set())).toEqual(['n:2019', 'n:3000'])
  })

  it('keeps Latin tokens of the Chinese text and finds them in English', () => {
    expect(chineseAnchors('二十国集团（G20）讨论IoT。')).toEqual(['bracket', 'l:g20', 'l:iot', 'n:20'])
    expect(englishAnchors('The G20 discussed the IoT.', new Set(['g20', 'iot']))).toEqual(['l:g20', 'l:iot', 'n:20'])
  })

  it('marks quotes of either script, but not apostrophes', () => {
    expect(chineseAnchors('“你回来了。”')).toEqual(['quote'])
    expect(englishAnchors("'Well, it's only another visitor!'", new Set())).toEqual(['quote'])
    expect(englishAnchors("He didn't dare.", new Set())).toEqual([])
  })

  it('marks questions of either script', () => {
    expect(chineseAnchors('“投不投降？”')).toEqual(['question', 'quote'])
    expect(englishAnchors("'Surrender?'", new Set())).toEqual(['question', 'quote'])
    expect(englishAnchors("'Never!'", new Set())).toEqual(['quote'])
  })
})
