import { describe, expect, it } from 'vitest'
import { parseChineseNumeral } from './chinese-numerals.js'

describe('parseChineseNumeral', () => {
  it('reads 一 to 九十九', () => {
    const cases: Array<[string, number]> = [
      ['一', 1],
      ['七', 7],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['三十五', 35],
      ['九十九', 99],
    ]
    for (const [numeral, value] of cases) expect(parseChineseNumeral(numeral), numeral).toBe(value)
  })

  it('rejects anything else', () => {
    for (const numeral of ['', '零', '一一', '十十', '百', '一百', '4']) expect(parseChineseNumeral(numeral), numeral).toBeUndefined()
  })
})
