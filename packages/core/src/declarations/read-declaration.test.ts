import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { collectSentences } from '../corpus/corpus.js'
import { EmptyInputError, InvalidInputError } from '../errors.js'
import { documentSchema, type Document, type Paragraph } from '../model/schemas.js'
import { characterOwners } from './__fixtures__/character-owners.js'
import { readDeclaration } from './read-declaration.js'

function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')
}

function read(name: string): Document {
  return readDeclaration(fixture(name), { id: 'd', sourceFile: name })
}

function paragraphs(document: Document): Paragraph[] {
  return document.children.flatMap((section) => section.children.flatMap((part) => part.children))
}

function paragraphText(document: Document, id: string): string {
  const paragraph = paragraphs(document).find((candidate) => candidate.id === `d:${id}`)
  return paragraph?.children.map((sentence) => sentence.text).join(' ') ?? `(no paragraph ${id})`
}

describe('readDeclaration on the Torino declaration (pages 1 to 4)', () => {
  const document = read('torino-pages-1-4.txt')

  it('is schema-valid and loses no character', () => {
    expect(documentSchema.parse(document)).toEqual(document)
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
  })

  it('keeps numbered paragraphs as ids, with the number in the first sentence', () => {
    const ids = paragraphs(document).map((paragraph) => paragraph.id.slice(2))
    expect(ids.slice(0, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'])
    expect(ids).toContain('12a')
    expect(ids).toContain('12n')
    const first = paragraphs(document)[0]!
    expect(first.number).toBe('1.')
    expect(first.children[0]).toMatchObject({ number: '1.', text: '1. The pace of change is accelerating.' })
  })

  it('pulls footnotes out of the text, numbered as printed, and ties each to the paragraph of its marker', () => {
    const notes = document.notes ?? []
    expect(notes.map((note) => [note.number, note.paragraph])).toEqual([
      ['2', 'd:10'],
      ['3', 'd:10'],
      ['4', 'd:11'],
      ['5', 'd:12a'],
      ['6', 'd:14'],
      ['7', 'd:14'],
    ])
    expect(notes[1]!.text).toBe('OECD estimates from DynEmp v.2 database.')
    expect(notes[4]!.text).toMatch(/^OECD \(2016\), "Economic and Social Benefits of Internet Openness".*5jlwqf2r97g5-en$/)
    expect(notes[4]!.label && document.text.slice(notes[4]!.label.start, notes[4]!.label.end)).toBe('6')
    const markers = notes.map((note) => note.marker && `${/\S+$/.exec(document.text.slice(0, note.marker.start))?.[0]}|${document.text.slice(note.marker.start, note.marker.end)}`)
    expect(markers).toEqual(['employment|2', 'creation|3', 'Declaration”|4', '2014|5', 'manner|6', 'growth|7'])
    for (const paragraph of paragraphs(document)) {
      const text = paragraph.children.map((sentence) => sentence.text).join(' ')
      for (const note of notes) expect(text).not.toContain(note.text.slice(0, 30))
    }
  })

  it('reads markers out and a paragraph on across the footnotes of a page break', () => {
    expect(paragraphText(document, '10')).toContain('and 56% of employment contributing disproportionally to job creation, innovation')
    expect(paragraphText(document, '12')).toContain('reliable and secure Internet, foster investments')
    expect(paragraphText(document, '12a')).toMatch(/held in Sao Paulo in 2014\.$/)
  })

  it('keeps "farreaching" as written and reports the run-together line', () => {
    expect(paragraphText(document, '1')).toContain('potential for farreaching effects')
    expect(document.joins).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'long-line', text: 'farreaching' })]),
    )
  })
})

describe('readDeclaration on page furniture', () => {
  it('records a running head and its page number, and reads the paragraph on across them', () => {
    const document = read('torino-running-head.txt')
    expect(document.skipped.map((span) => [span.reason, span.text])).toEqual([
      ['header', 'G7 ICT AND INDUSTRY MINISTERS’ DECLARATION 2017 │'],
      ['header', 'INCLUSIVE, OPEN AND SECURE'],
      ['header', 'MAKING THE NEXT PRODUCTION REVOLUTION'],
      ['page-number', '10'],
    ])
    expect(paragraphText(document, '39.d')).toMatch(/collaborating and supporting developing countries;$/)
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
  })

  it('reports "NPREnabling" as glued, kept as written', () => {
    const document = read('torino-running-head.txt')
    expect(document.joins).toEqual([expect.objectContaining({ kind: 'glued', text: 'NPREnabling' })])
    expect(paragraphText(document, '39.b')).toContain('the NPREnabling quality infrastructure')
  })

  it('skips a "Page N of M" footer and tells the heading after it from the item before it', () => {
    const document = read('trieste-page-footer.txt')
    expect(document.skipped).toEqual([expect.objectContaining({ reason: 'page-number', text: 'Page 14 of 22' })])
    expect(document.children.map((section) => section.title)).toEqual(['', 'Access to AI technology and networks'])
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
  })
})

describe('readDeclaration on the Trieste declaration (a blank line after every line)', () => {
  it('makes the opening headings the title and reflows lines into paragraphs', () => {
    const document = read('trieste-title.txt')
    expect(document.title).toBe('DECLARATION OF G20 DIGITAL MINISTERS Leveraging Digitalisation for a Resilient, Strong, Sustainable and Inclusive Recovery')
    expect(document.children[0]).toMatchObject({ id: 'title', kind: 'title' })
    expect(paragraphs(document).map((paragraph) => paragraph.children[0]!.text.slice(0, 30))).toEqual([
      'We, the G20 Digital Ministers,',
      'Building on the achievements a',
    ])
  })

  it('ties a footnote to the paragraph of its marker and keeps its link line', () => {
    const document = read('trieste-footnote.txt')
    expect(document.notes).toEqual([
      expect.objectContaining({ number: '1', text: 'Available at: https://doi.org/10.1787/ca9f974e-en https://doi.org/10.1787/ca9f974e-en' }),
    ])
    const owner = paragraphs(document).find((paragraph) => paragraph.id === document.notes![0]!.paragraph)
    expect(owner?.children.map((sentence) => sentence.text).join(' ')).toContain('elements of convergence” across different approaches')
    expect(document.children.map((section) => [section.number, section.title])).toEqual([
      [undefined, ''],
      ['viii.', 'Data Free Flow with Trust and Cross-border Data Flows'],
      [undefined, 'DIGITAL GOVERNMENT'],
    ])
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
  })
})

describe('readDeclaration on small texts', () => {
  const options = { id: 'd', sourceFile: 'd.txt' }

  it('joins a word hyphenated at a line end, hyphen kept, and reports it', () => {
    const document = readDeclaration('1. We promote a human-\ncentred approach.\n', options)
    expect(collectSentences(document).map((sentence) => sentence.text)).toEqual(['1. We promote a human-centred approach.'])
    expect(document.joins).toEqual([{ kind: 'hyphen', text: 'human-centred', start: 16, end: 30 }])
    expect(document.text.slice(16, 30)).toBe('human-\ncentred')
  })

  it('numbers lettered and roman items under their paragraph', () => {
    const text = '2.1 Governments should act, including by:\na) Adopting objectives;\nb) Consider bodies, to:\ni. Coordinate views;\nii. Meet objectives.\n'
    const document = readDeclaration(text, options)
    expect(paragraphs(document).map((paragraph) => [paragraph.id, paragraph.number])).toEqual([
      ['d:2.1', '2.1'],
      ['d:2.1.a', 'a)'],
      ['d:2.1.b', 'b)'],
      ['d:2.1.b.i', 'i.'],
      ['d:2.1.b.ii', 'ii.'],
    ])
  })

  it('throws EmptyInputError for empty text or headings alone, InvalidInputError for bad options', () => {
    expect(() => readDeclaration('  \n', options)).toThrow(EmptyInputError)
    expect(() => readDeclaration('OUR VISION\n', options)).toThrow(/Expected paragraphs in declaration "d", found only headings/)
    expect(() => readDeclaration('Text.', { id: '', sourceFile: 'd.txt' })).toThrow(InvalidInputError)
  })
})
