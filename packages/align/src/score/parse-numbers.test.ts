import { describe, expect, it } from 'vitest'
import { arabicNumbers, chineseNumerals, englishNumberWords, parseChineseNumeral } from './parse-numbers.js'

describe('chineseNumerals', () => {
  it('reads tens, hundreds, myriads and digit-by-digit years', () => {
    expect(chineseNumerals('他看到二十八面直径为九米的天线')).toEqual([28, 9])
    expect(chineseNumerals('一九八九年，三千万人，两千零六')).toEqual([1989, 30_000_000, 2006])
    expect(parseChineseNumeral('十八')).toBe(18)
    expect(parseChineseNumeral('五十')).toBe(50)
  })

  it('skips a lone 一 and idioms such as 十分', () => {
    expect(chineseNumerals('一个人十分高兴，一样好')).toEqual([])
  })
})

describe('englishNumberWords', () => {
  it('reads cardinals, compounds and ordinals', () => {
    expect(englishNumberWords('twenty-eight dishes, each nine meters; two hundred and five')).toEqual([28, 9, 205])
    expect(englishNumberWords('the third day')).toEqual([3])
  })

  it('skips "one", which is mostly a pronoun', () => {
    expect(englishNumberWords('one of them')).toEqual([])
  })
})

describe('arabicNumbers', () => {
  it('reads digits with separators, decimals and ordinal suffixes', () => {
    expect(arabicNumbers('In 2006, 2,006 dishes at 2.726K in the 18th century')).toEqual([2006, 2006, 2.726, 18])
  })
})
