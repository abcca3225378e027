import { describe, expect, it } from 'vitest'
import { EmptyInputError } from '../errors.js'
import { type Document, documentSchema } from '../model/schemas.js'
import { readPlainText } from './read-plain-text.js'

/** The sentence texts of a document, by paragraph. */
function paragraphTexts(document: Document): string[][] {
  return document.children.flatMap((section) =>
    section.children.flatMap((part) => part.children.map((paragraph) => paragraph.children.map((sentence) => sentence.text))),
  )
}

describe('readPlainText', () => {
  it('reads one body section with one body part, paragraphs split into sentences', () => {
    const document = readPlainText('It grew. Then it shrank.\n\nA new paragraph!', { id: 'p', language: 'en', sourceFile: 'p.txt' })
    expect(documentSchema.parse(document)).toEqual(document)
    expect(document).toMatchObject({ title: 'p.txt', language: 'en', skipped: [] })
    expect(document.children).toHaveLength(1)
    expect(document.children[0]).toMatchObject({ id: 'body', kind: 'body', title: '' })
    expect(document.children[0]!.heading).toBeUndefined()
    expect(document.children[0]!.children.map((part) => [part.id, part.kind])).toEqual([['p:body:body', 'body']])
    expect(paragraphTexts(document)).toEqual([['It grew.', 'Then it shrank.'], ['A new paragraph!']])
  })

  it('rejoins English paragraphs broken mid-sentence, not Chinese ones', () => {
    const text = 'needs to be enabled;\n\ninfrastructure must adapt.'
    expect(paragraphTexts(readPlainText(text, { id: 'p', language: 'en', sourceFile: 'p.txt' }))).toEqual([
      ['needs to be enabled; infrastructure must adapt.'],
    ])
    expect(paragraphTexts(readPlainText('第一段\n\n第二段。', { id: 'p', language: 'zh', sourceFile: 'p.txt' }))).toEqual([
      ['第一段'],
      ['第二段。'],
    ])
  })

  it('handles CRLF, lone CR and a leading BOM with exact offsets', () => {
    const text = '\uFEFF第一句。第二句？\r\n\r\n第三句！\r\r第四句。'
    const document = readPlainText(text, { id: 'z', language: 'zh', sourceFile: 'z.txt' })
    const sentences = document.children[0]!.children[0]!.children.flatMap((paragraph) => paragraph.children)
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['第一句。', '第二句？', '第三句！', '第四句。'])
    expect(sentences[0]!.start).toBe(1)
  })

  it('folds hard line breaks inside a paragraph', () => {
    const document = readPlainText('One sentence\nwrapped here. Two.', { id: 'p', language: 'en', sourceFile: 'p.txt' })
    expect(paragraphTexts(document)).toEqual([['One sentence wrapped here.', 'Two.']])
  })

  it('throws EmptyInputError with the id for empty text', () => {
    const read = (): Document => readPlainText('\uFEFF\r\n', { id: 'mine', language: 'en', sourceFile: 'p.txt' })
    expect(read).toThrow(EmptyInputError)
    expect(read).toThrow('Expected text to read as document "mine", received only white space.')
    try {
      read()
    } catch (error) {
      expect((error as EmptyInputError).argument).toBe('mine')
    }
  })
})
