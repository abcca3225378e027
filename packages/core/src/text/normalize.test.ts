import { describe, expect, it } from 'vitest'
import { sentenceText } from './normalize.js'

describe('sentenceText', () => {
  it('removes bold markers and folds a PDF paragraph break to one space', () => {
    expect(sentenceText('**Background:** As the premier forum')).toBe('Background: As the premier forum')
    expect(sentenceText('needs to be enabled;\n\ninfrastructure, standards')).toBe('needs to be enabled; infrastructure, standards')
  })

  it('removes a leading heading marker but keeps other #', () => {
    expect(sentenceText('### **1. Overview**')).toBe('1. Overview')
    expect(sentenceText('##### **Objective:**')).toBe('Objective:')
    expect(sentenceText('Item #3 and C#')).toBe('Item #3 and C#')
    expect(sentenceText('#hashtag')).toBe('#hashtag')
  })

  it('folds full-width spaces, tabs and line ends (CRLF, CR) and trims', () => {
    expect(sentenceText('　　（二）\u3000中小企业\r\n的角色\r定位\t ')).toBe('（二） 中小企业 的角色 定位')
  })

  it('returns an empty string for markup and white space alone', () => {
    expect(sentenceText('')).toBe('')
    expect(sentenceText(' ** \n ')).toBe('')
  })
})
