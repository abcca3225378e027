import { describe, expect, it } from 'vitest'
import { documentSchema } from '../model/schemas.js'
import { buildDocument } from './build-document.js'
import type { OutlineBlock } from './outline-block.js'

const text = '# 1. One\nActions:\nFirst. Second.\nActions: Again. More.'
const blocks: OutlineBlock[] = [
  { type: 'heading', start: 0, end: 8, section: { id: '1', kind: 'section', number: '1.', title: 'One' } },
  { type: 'label', start: 9, end: 17, label: { kind: 'actions', label: 'Actions:' } },
  { type: 'paragraph', start: 18, end: 32, number: '7.' },
  { type: 'paragraph', start: 33, end: 54, label: { kind: 'actions', label: 'Actions:' } },
]
const head = { id: 'd', language: 'en', title: 'D', sourceFile: 'd.md', text, skipped: [] } as const

describe('buildDocument', () => {
  const document = buildDocument({ ...head, skipped: [] }, blocks)

  it('builds a valid document with sentences in document order', () => {
    expect(documentSchema.parse(document)).toEqual(document)
    const section = document.children[0]!
    expect(section.heading).toMatchObject({ id: 'd:s0', text: '1. One', start: 2, end: 8 })
    const texts = section.children.flatMap((part) => part.children.flatMap((paragraph) => paragraph.children))
    expect(texts.map((sentence) => [sentence.index, sentence.kind, sentence.text])).toEqual([
      [1, 'label', 'Actions:'],
      [2, 'text', 'First.'],
      [3, 'text', 'Second.'],
      [4, 'text', 'Actions: Again.'],
      [5, 'text', 'More.'],
    ])
  })

  it('gives labels and numbers to the first sentence of a paragraph only', () => {
    const [first, second] = document.children[0]!.children
    expect(first!.children[1]!.children.map((sentence) => sentence.number)).toEqual(['7.', undefined])
    expect(second!.children[0]!.children.map((sentence) => sentence.label)).toEqual(['Actions:', undefined])
  })

  it('makes part ids unique and spans cover their paragraphs', () => {
    const parts = document.children[0]!.children
    expect(parts.map((part) => [part.id, part.start, part.end])).toEqual([
      ['d:1:actions', 9, 32],
      ['d:1:actions-2', 33, 54],
    ])
  })
})
