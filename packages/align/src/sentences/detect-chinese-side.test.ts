import { detectLanguage, LanguageMismatchError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { detectSourceLanguage } from './detect-chinese-side.js'

const ZH = ['中小企业是创新和就业的主要来源。', '二十国集团成员应加强合作。']
const EN = ['SMEs are a major source of innovation and jobs.', 'G20 members should strengthen cooperation.']

describe('detectSourceLanguage', () => {
  it('finds the Chinese side in either order', () => {
    expect(detectSourceLanguage(ZH, EN)).toBe('zh')
    expect(detectSourceLanguage(EN, ZH)).toBe('en')
  })

  it('takes the source as Chinese on a tie when a side has too few letters to tell', () => {
    expect(detectSourceLanguage(['1.'], ['OK'])).toBe('zh')
  })

  it("uses core's one rule: a side core does not call Chinese is not Chinese here either", () => {
    // Han are 38 % of the letters: below core's half, so align() would not read it as Chinese.
    const mixed = ['采用IoT和big data技术的中小企业', '使用cloud computing的工厂']
    expect(detectLanguage(mixed.join('\n')).language).not.toBe('zh')
    expect(() => detectSourceLanguage(mixed, EN)).toThrow(LanguageMismatchError)
  })

  it('refuses two sides in one language', () => {
    expect(() => detectSourceLanguage(EN, EN)).toThrow(LanguageMismatchError)
  })
})
