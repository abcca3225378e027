import { describe, expect, it } from 'vitest'
import { markText } from './mark-text.js'

describe('markText', () => {
  it('wraps terms and matches, nesting marks inside terms where they overlap', () => {
    const html = markText('SMEs & standards', [{ start: 0, end: 4, term: 't3', title: 'SMEs ↔ 中小企业' }], [{ start: 2, end: 6 }])
    expect(html).toBe('<span class="term" data-term="t3" title="SMEs ↔ 中小企业">SM<mark>Es</mark></span><mark> &#38;</mark> standards')
  })

  it('escapes plain text and returns it unchanged without ranges', () => {
    expect(markText('<b>“R&D”</b>', [], [])).toBe('&#60;b&#62;“R&#38;D”&#60;/b&#62;')
    expect(markText('', [], [])).toBe('')
  })

  it('keeps adjacent terms apart', () => {
    expect(markText('中小企业创新', [{ start: 0, end: 4, term: 't3' }, { start: 4, end: 6, term: 't9' }], [])).toBe(
      '<span class="term" data-term="t3">中小企业</span><span class="term" data-term="t9">创新</span>',
    )
  })
})
