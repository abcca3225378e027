import { describe, expect, it } from 'vitest'
import { collectSentences } from '../corpus/corpus.js'
import { InvalidInputError } from '../errors.js'
import { readChineseOutline } from './read-chinese-outline.js'
import { readPlainText } from './read-plain-text.js'
import { cutDocumentSentences } from './cut-document.js'

describe('cutDocumentSentences', () => {
  const text = '他家有三口人：  父亲做工；母亲种地。\n\n天黑了。'
  const document = readPlainText(text, { id: 'zh', language: 'zh', sourceFile: 'zh.txt' })

  it('cuts a sentence into exact spans marked as the aligner\'s, and numbers every sentence again', () => {
    const cut = cutDocumentSentences(document, new Map([[0, [text.indexOf('父亲'), text.indexOf('母亲')]]]))
    const sentences = collectSentences(cut.document)
    expect(sentences.map((sentence) => [sentence.index, sentence.id, sentence.text, sentence.split])).toEqual([
      [0, 'zh:s0', '他家有三口人：', 'aligner'],
      [1, 'zh:s1', '父亲做工；', 'aligner'],
      [2, 'zh:s2', '母亲种地。', 'aligner'],
      [3, 'zh:s3', '天黑了。', undefined],
    ])
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect([...cut.firstIndex]).toEqual([0, 3, 4])
    expect(cut.document.children[0]!.children[0]!.children[0]!.children).toHaveLength(3)
  })

  it('leaves a document without cuts as it was', () => {
    expect(cutDocumentSentences(document, new Map()).document).toEqual(document)
  })

  it('keeps a sentence\'s list number on its first part only', () => {
    const outline = readChineseOutline('一、总则\n\n1．第一项：内容甲；内容乙。', { id: 'o', sourceFile: 'o.txt' })
    const numbered = collectSentences(outline).find((sentence) => sentence.number !== undefined)!
    const at = outline.text.indexOf('内容乙')
    const parts = collectSentences(cutDocumentSentences(outline, new Map([[numbered.index, [at]]])).document).filter((sentence) => sentence.split === 'aligner')
    expect(parts.map((part) => [part.text, part.number])).toEqual([
      [outline.text.slice(numbered.start, at), numbered.number],
      ['内容乙。', undefined],
    ])
  })

  it('rejects a cut that is not strictly inside its sentence, naming it', () => {
    expect(() => cutDocumentSentences(document, new Map([[3, [text.length]]]))).toThrow(InvalidInputError)
    expect(() => cutDocumentSentences(document, new Map([[0, [0]]]))).toThrow(/cuts\[0\]/)
    expect(() => cutDocumentSentences(document, new Map([[9, [1]]]))).toThrow(/cuts\[9\]/)
  })
})
