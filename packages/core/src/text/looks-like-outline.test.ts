import { describe, expect, it } from 'vitest'
import { looksLikeOutline } from './looks-like-outline.js'

describe('looksLikeOutline', () => {
  it('counts the lines the outline readers take as headings, three or more', () => {
    expect(looksLikeOutline('一、概要\n\n二、背景\n\n（一）合作研究\n', 'zh')).toBe(true)
    expect(looksLikeOutline('## Title\n\n### 1. Overview\n\n### 2. Background\n', 'en')).toBe(true)
    expect(looksLikeOutline('**Overview**\n\nText.\n\n**Background**\n\nMore.\n\n**Actions**\n', 'en')).toBe(true)
  })

  it('does not count numbered sentences of running text, which the Chinese reader does not take as headings', () => {
    const list = '一、各成员应加强合作，共同应对挑战。\n二、鼓励中小企业参与新工业革命。\n三、支持发展中国家工业化。\n'
    expect(looksLikeOutline(list, 'zh')).toBe(false)
    expect(looksLikeOutline('One. Two.\n\nThree.\n', 'en')).toBe(false)
  })
})
