import { describe, expect, it } from 'vitest'
import { EmptyInputError, InvalidInputError } from '../errors.js'
import { documentSchema, type Sentence } from '../model/schemas.js'
import excerpt from './__fixtures__/nir-en-excerpt.md?raw'
import { readEnglishOutline } from './read-english-outline.js'

const document = readEnglishOutline(excerpt, { id: 'en', sourceFile: 'nir-en-excerpt.md' })
const section = (id: string) => document.children.find((candidate) => candidate.id === id)!

describe('readEnglishOutline', () => {
  it('validates against documentSchema', () => {
    expect(documentSchema.parse(document)).toEqual(document)
  })

  it('reads the title and numbers unnumbered headings after the last number', () => {
    expect(document.title).toBe('G20 New Industrial Revolution Action Plan')
    expect(document.children.map((candidate) => [candidate.id, candidate.number, candidate.title])).toEqual([
      ['title', undefined, 'G20 New Industrial Revolution Action Plan'],
      ['1', '1.', 'Overview'],
      ['2', '2.', 'Background'],
      ['3', undefined, 'Multi-stakeholder communication principle'],
      ['4', undefined, 'Proposed Actions'],
      ['4.1', '4.1', 'Research collaboration'],
      ['4.6', '4.6', 'Intellectual property rights protection'],
    ])
  })

  it('keeps the heading line as a heading sentence without markup', () => {
    const heading = section('1').heading!
    expect(heading).toMatchObject({ id: 'en:s1', index: 1, kind: 'heading', text: '1. Overview' })
    expect(excerpt.slice(heading.start, heading.end)).toBe('1. Overview')
  })

  it('opens parts at inline and standalone labels', () => {
    const [background, objective, actions] = section('4.1').children
    expect(background).toMatchObject({ id: 'en:4.1:background', kind: 'background', label: 'Background:' })
    const first = background!.children[0]!.children[0]!
    expect(first.label).toBe('Background:')
    expect(first.text.startsWith('Background: As the premier forum')).toBe(true)
    expect(objective).toMatchObject({ kind: 'objective', label: 'Objective:' })
    expect(objective!.children[0]!.children).toEqual([
      expect.objectContaining({ kind: 'label', text: 'Objective:', label: 'Objective:' }),
    ])
    expect(actions!.children.map((paragraph) => paragraph.children[0]!.kind)).toEqual(['label', 'text', 'text', 'text'])
  })

  it('puts paragraphs before any label into a body part and joins the broken one', () => {
    const [body] = section('3').children
    expect(body).toMatchObject({ id: 'en:3:body', kind: 'body' })
    expect(body!.children).toHaveLength(1)
    const joined = body!.children[0]!.children.find((sentence: Sentence) => sentence.text.includes('enabled; infrastructure'))
    expect(excerpt.slice(joined!.start, joined!.end)).toContain('enabled;\n\ninfrastructure')
  })

  it('keeps the lead-in and the list items of 4.6 apart', () => {
    const objective = section('4.6').children[1]!
    expect(objective.children.map((paragraph) => paragraph.children.map((sentence) => sentence.text.slice(-25)))).toEqual([
      ['including the TRIPs Agreement, G20 nations'.slice(-25)],
      ['collaboration on IPR protection among G20 members,'.slice(-25)],
      ['voluntary technology transfer, and'.slice(-25)],
      ['affiliated or unaffiliated enterprises.'.slice(-25)],
    ])
  })

  it('lets options.title override the title heading', () => {
    expect(readEnglishOutline(excerpt, { id: 'en', sourceFile: 'x.md', title: 'NIR' }).title).toBe('NIR')
  })

  it('treats text before any heading as a body section, and markup-only lines as nothing', () => {
    const read = readEnglishOutline('Intro text.\n\n## ****\n\n# Plan\n\nAction: Do it.', { id: 'd', sourceFile: 'd.md' })
    expect(read.children.map((candidate) => [candidate.id, candidate.kind])).toEqual([
      ['body', 'body'],
      ['title', 'title'],
    ])
    expect(read.children[1]!.children[0]).toMatchObject({ kind: 'actions', label: 'Action:' })
  })

  it('throws EmptyInputError for empty text and InvalidInputError for bad options', () => {
    expect(() => readEnglishOutline(' \n ', { id: 'en', sourceFile: 'a.md' })).toThrow(EmptyInputError)
    expect(() => readEnglishOutline('## **  **', { id: 'en', sourceFile: 'a.md' })).toThrow(
      'Expected sentences in document "en", found only markup and white space. Check that the file holds the text itself.',
    )
    expect(() => readEnglishOutline('x', { id: '', sourceFile: 'a.md' })).toThrow(InvalidInputError)
  })
})
