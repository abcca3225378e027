import { describe, expect, it } from 'vitest'
import { collectSentences } from '../corpus/corpus.js'
import { readDocx } from '../read/read-docx.js'
import { readHtml } from '../read/read-html.js'
import { formatBilingualDocx, formatBilingualHtml } from './bilingual.js'
import type { TranslationUnit } from './translation-unit.js'

const units: TranslationUnit[] = [
  { id: 'b0', zh: '社区花园计划', en: 'Community Garden Plan', section: 'title', score: 0.99 },
  { id: 'b1', zh: '种子和工具 <一万二千元> & 更多', en: 'Seeds & tools <12,000 yuan>', section: '3', score: 0.5 },
  { id: 'b2', zh: '', en: 'A sentence with no counterpart.', section: '3', score: 0 },
]

/** The texts of a read-back document's table cells, in order, headings of the page left out. */
const cellTexts = (document: ReturnType<typeof readHtml>): string[] => collectSentences(document).filter((sentence) => sentence.kind === 'text').map((sentence) => sentence.text)

describe('formatBilingualHtml', () => {
  it('writes one row a bead, source column first, each cell tagged with its language, read back by a real parser', () => {
    const html = formatBilingualHtml(units, { title: 'Garden plan', scores: true })
    expect(html).toContain('<td lang="zh-CN">种子和工具 &lt;一万二千元&gt; &amp; 更多</td><td lang="en">Seeds &amp; tools &lt;12,000 yuan&gt;</td><td>0.50</td>')
    const document = readHtml(html, { id: 'x', sourceFile: 'x.html', language: 'zh' })
    expect(cellTexts(document)).toEqual(['§', '中文', 'English', 'score', 'title', '社区花园计划', 'Community Garden Plan', '0.99', '3', '种子和工具 <一万二千元> & 更多', 'Seeds & tools <12,000 yuan>', '0.50', '3', 'A sentence with no counterpart.', '0.00'])
  })

  it('puts English first for an English source, and leaves scores out unless asked', () => {
    const html = formatBilingualHtml(units, { sourceLanguage: 'en' })
    expect(html).toContain('<th>§</th><th lang="en">English</th><th lang="zh-CN">中文</th></tr>')
    expect(html).not.toContain('0.99')
  })
})

describe('formatBilingualDocx', () => {
  it('writes a Word table of one row a bead that a .docx reader reads back cell by cell', async () => {
    const bytes = await formatBilingualDocx(units, { title: 'Garden plan', scores: true })
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b])
    const document = await readDocx(bytes, { id: 'x', sourceFile: 'x.docx', language: 'zh' })
    expect(document.children[0]?.heading?.text).toBe('Garden plan')
    expect(cellTexts(document)).toEqual(['中文', 'English', 'score', '社区花园计划', 'Community Garden Plan', '0.99', '种子和工具 <一万二千元> & 更多', 'Seeds & tools <12,000 yuan>', '0.50', 'A sentence with no counterpart.', '0.00'])
  })
})
