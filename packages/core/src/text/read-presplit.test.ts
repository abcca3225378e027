import { describe, expect, it } from 'vitest'
import { EmptyInputError } from '../errors.js'
import { documentSchema } from '../model/schemas.js'
import { readPresplit } from './read-presplit.js'

describe('readPresplit', () => {
  it('reads one sentence per non-empty line, never splitting', () => {
    const text = '\uFEFFOne. Two.\r\n  Three?\r\rFour'
    const document = readPresplit(text, { id: 'l', language: 'en', sourceFile: 'l.txt' })
    expect(documentSchema.parse(document)).toEqual(document)
    const paragraphs = document.children[0]!.children[0]!.children
    expect(paragraphs.map((paragraph) => paragraph.children.map((sentence) => text.slice(sentence.start, sentence.end)))).toEqual([
      ['One. Two.', 'Three?'],
      ['Four'],
    ])
    expect(paragraphs.flatMap((paragraph) => paragraph.children.map((sentence) => sentence.id))).toEqual(['l:s0', 'l:s1', 'l:s2'])
  })

  it('throws EmptyInputError for empty text', () => {
    expect(() => readPresplit('', { id: 'l', language: 'zh', sourceFile: 'l.txt' })).toThrow(EmptyInputError)
  })
})
