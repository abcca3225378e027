import { describe, expect, it } from 'vitest'
import { EmptyInputError } from '../errors.js'
import { documentSchema } from '../model/schemas.js'
import excerpt from './__fixtures__/nir-zh-excerpt.txt?raw'
import { readChineseOutline } from './read-chinese-outline.js'

const document = readChineseOutline(excerpt, { id: 'zh', sourceFile: 'nir-zh-excerpt.txt' })
const section = (id: string) => document.children.find((candidate) => candidate.id === id)!

describe('readChineseOutline', () => {
  it('validates against documentSchema', () => {
    expect(documentSchema.parse(document)).toEqual(document)
  })

  it('skips the URL line as provenance and reads the title line', () => {
    expect(document.url).toBe('http://www.g20chn.org/hywj/dncgwj/201609/t20160920_3475.html')
    expect(document.skipped).toEqual([{ reason: 'provenance', text: document.url, start: 0, end: document.url!.length }])
    expect(document.title).toBe('二十国集团新工业革命行动计划')
    expect(section('title').heading).toMatchObject({ index: 0, kind: 'heading', text: '二十国集团新工业革命行动计划' })
  })

  it('reads 一、 headings as sections and （一） headings as subsections', () => {
    expect(document.children.map((candidate) => [candidate.id, candidate.number, candidate.title, candidate.parent])).toEqual([
      ['title', undefined, '二十国集团新工业革命行动计划', undefined],
      ['1', '一、', '概要', undefined],
      ['2', '二、', '背景', undefined],
      ['3', '三、', '多利益攸关方沟通原则', undefined],
      ['4', '四、', '倡议行动', undefined],
      ['4.1', '（一）', '合作研究', '4'],
      ['4.2', '（二）', '中小企业的角色定位', '4'],
      ['4.6', '（六）', '知识产权保护', '4'],
    ])
    expect(section('4.2').heading!.text).toBe('（二） 中小企业的角色定位')
    const heading = section('1').heading!
    expect(excerpt.slice(heading.start, heading.end)).toBe('一、概要')
  })

  it('reads inline labels, a standalone label and list numbers', () => {
    const [background, objective, actions] = section('4.1').children
    expect(background!.children[0]!.children[0]).toMatchObject({ label: '背景：', text: expect.stringMatching(/^背景：作为/) })
    expect(objective!.children.flatMap((paragraph) => paragraph.children.map((sentence) => sentence.text.slice(0, 6)))).toEqual([
      '目标：讨论新',
      '在新工业革命',
      '分享技术创新',
    ])
    expect(actions!.children[0]!.children).toEqual([expect.objectContaining({ kind: 'label', text: '行动：' })])
    expect(actions!.children.slice(1).map((paragraph) => paragraph.children[0]!.number)).toEqual(['1．', '2．', '3．', '4．'])
    expect(actions!.children[1]!.children[0]!.text.startsWith('1．举办')).toBe(true)
  })

  it('reads a document without a URL line and with CRLF line ends', () => {
    const read = readChineseOutline('标题\r\n　　一、概要\r\n\r\n　　第一句。第二句！\r\n', { id: 'c', sourceFile: 'c.txt' })
    expect(read.url).toBeUndefined()
    expect(read.skipped).toEqual([])
    expect(read.children.map((candidate) => candidate.id)).toEqual(['title', '1'])
    expect(read.children[1]!.children[0]!.children[0]!.children.map((sentence) => sentence.text)).toEqual(['第一句。', '第二句！'])
  })

  it('throws EmptyInputError for white space only', () => {
    expect(() => readChineseOutline('\u3000\u3000\n', { id: 'zh', sourceFile: 'a.txt' })).toThrow(EmptyInputError)
  })
})
