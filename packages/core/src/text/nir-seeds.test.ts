import { describe, expect, it } from 'vitest'
import chineseSeed from '../../../../seeds/003_d898cf4b9cf28cb6.txt?raw'
import englishSeed from '../../../../seeds/001_6ddc781d32d3d27a.txt?raw'
import { type Document, documentSchema, type Sentence } from '../model/schemas.js'
import { sentenceText } from './normalize.js'
import { readChineseOutline } from './read-chinese-outline.js'
import { readEnglishOutline } from './read-english-outline.js'

// The two seeds of the built-in corpus, read whole: nothing lost, same outline in both languages.
const englishOptions = { id: 'nir-en', sourceFile: '001_6ddc781d32d3d27a.txt' }
const chineseOptions = { id: 'nir-zh', sourceFile: '003_d898cf4b9cf28cb6.txt' }
const english = readEnglishOutline(englishSeed, englishOptions)
const chinese = readChineseOutline(chineseSeed, chineseOptions)

/** All sentences of a document in document order: headings, labels and text. */
function sentencesOf(document: Document): Sentence[] {
  return document.children.flatMap((section) => [
    ...(section.heading ? [section.heading] : []),
    ...section.children.flatMap((part) => part.children.flatMap((paragraph) => paragraph.children)),
  ])
}

/** The source with markup (`#` heading markers, `**`) removed and white space folded, as sentence texts are. */
function foldedSource(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/^\s*#{1,6}\s+/, ''))
  return lines.join('\n').replaceAll('**', '').replace(/\s+/g, ' ')
}

/** Offsets of characters that must lie in a sentence: not white space, not markup, not skipped. */
function sentenceCharacters(document: Document): number[] {
  const skipped = new Set<number>()
  for (const span of document.skipped) for (let index = span.start; index < span.end; index++) skipped.add(index)
  const offsets: number[] = []
  for (let index = 0; index < document.text.length; index++) {
    const char = document.text.charAt(index)
    if (/\s/.test(char) || char === '#' || char === '*' || skipped.has(index)) continue
    offsets.push(index)
  }
  return offsets
}

describe.each([
  ['English', english],
  ['Chinese', chinese],
])('the %s seed', (_, document) => {
  const sentences = sentencesOf(document)

  it('validates against documentSchema', () => {
    expect(documentSchema.parse(document)).toEqual(document)
  })

  it('loses nothing: every character outside markup lies in exactly one sentence span', () => {
    const coverage = new Uint8Array(document.text.length)
    for (const sentence of sentences) {
      for (let index = sentence.start; index < sentence.end; index++) coverage[index]! += 1
    }
    expect(coverage.every((count) => count <= 1)).toBe(true)
    const lost = sentenceCharacters(document).filter((index) => coverage[index] !== 1)
    expect(lost.map((index) => document.text.slice(index, index + 20))).toEqual([])
  })

  it('numbers sentences in document order, spans increasing', () => {
    sentences.forEach((sentence, index) => {
      expect(sentence.index).toBe(index)
      expect(sentence.id).toBe(`${document.id}:s${index}`)
      if (index > 0) expect(sentence.start).toBeGreaterThanOrEqual(sentences[index - 1]!.end)
    })
  })

  it('gives each sentence the folded text of its span, found in the folded source', () => {
    const folded = foldedSource(document.text)
    for (const sentence of sentences) {
      expect(sentence.text).toBe(sentenceText(document.text.slice(sentence.start, sentence.end)))
      expect(folded.includes(sentence.text), sentence.text).toBe(true)
    }
  })

  it('has the sections title, 1–4 and 4.1–4.7', () => {
    expect(document.children.map((section) => section.id)).toEqual([
      ...['title', '1', '2', '3', '4'],
      ...['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7'],
    ])
    expect(document.children.map((section) => section.kind)).toEqual([
      'title',
      ...Array(4).fill('section'),
      ...Array(7).fill('subsection'),
    ])
    expect(document.children.every((section) => section.heading?.kind === 'heading')).toBe(true)
  })

  it('uses unique ids', () => {
    const ids = document.children.flatMap((section) =>
      section.children.flatMap((part) => [part.id, ...part.children.map((paragraph) => paragraph.id)]),
    )
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('reads the same document twice', () => {
    const again =
      document.language === 'en'
        ? readEnglishOutline(englishSeed, englishOptions)
        : readChineseOutline(chineseSeed, chineseOptions)
    expect(JSON.stringify(again)).toBe(JSON.stringify(document))
  })
})

describe('the two seeds together', () => {
  it('have the same part kinds in each section', () => {
    const partKinds = (document: Document): string[][] =>
      document.children.map((section) => section.children.map((part) => part.kind))
    expect(partKinds(english)).toEqual(partKinds(chinese))
    expect(partKinds(english)).toEqual([
      [],
      ['body'],
      ['body'],
      ['body'],
      [],
      ...Array(7).fill(['background', 'objective', 'actions']),
    ])
  })

  it('count 103 English and 100 Chinese sentences', () => {
    expect(sentencesOf(english)).toHaveLength(103)
    expect(sentencesOf(chinese)).toHaveLength(100)
  })

  it('carry the titles and the provenance', () => {
    expect(english.title).toBe('G20 New Industrial Revolution Action Plan')
    expect(english.skipped).toEqual([])
    expect(english.url).toBeUndefined()
    expect(chinese.title).toBe('二十国集团新工业革命行动计划')
    expect(chinese.url).toBe('http://www.g20chn.org/hywj/dncgwj/201609/t20160920_3475.html')
    expect(chinese.skipped).toEqual([{ reason: 'provenance', text: chinese.url, start: 0, end: 60 }])
  })
})

describe('the English seed', () => {
  const texts = sentencesOf(english).map((sentence) => sentence.text)
  const section = (id: string) => english.children.find((candidate) => candidate.id === id)!

  it('joins the three paragraphs that PDF page breaks split', () => {
    const joins = [
      'enabled; infrastructure',
      'operating systems, plays an important role',
      'business and market considerations',
    ]
    for (const join of joins) {
      expect(texts.filter((text) => text.includes(join)), join).toHaveLength(1)
    }
  })

  it("keeps the lead-in and the three list items of 4.6's objective as paragraphs, as the Chinese does", () => {
    const objective = section('4.6').children.find((part) => part.kind === 'objective')!
    const starts = objective.children.map((paragraph) => paragraph.children[0]!.text.slice(0, 30))
    expect(starts).toEqual([
      'Objective: In line with releva',
      'reiterate the relationship bet',
      'promote voluntary knowledge sh',
      'recognize that enterprises are',
    ])
    expect(objective.children.map((paragraph) => paragraph.children.length)).toEqual([1, 1, 1, 1])
  })

  it('reads sections 3 and 4 without numbers', () => {
    expect(section('3')).toMatchObject({ title: 'Multi-stakeholder communication principle', kind: 'section' })
    expect(section('3').number).toBeUndefined()
    expect(section('4')).toMatchObject({ title: 'Proposed Actions', heading: { text: 'Proposed Actions' } })
    expect(section('4.2')).toMatchObject({
      number: '4.2',
      parent: '4',
      heading: { text: '4.2 Role of small and medium sized enterprises (SMEs)' },
    })
  })

  it('splits "Goal No. 9." and keeps "Industrie 4.0", "(i.e. green" and "social background...)" inside sentences', () => {
    expect(texts.some((text) => text.endsWith('particularly its Goal No. 9.'))).toBe(true)
    expect(texts.some((text) => text.startsWith('At the same time, some countries'))).toBe(true)
    const insides = ['Industrie 4.0 in Germany', '(i.e. green and inclusive)', 'social background...) caused', 'on R&D and']
    for (const inside of insides) {
      expect(texts.some((text) => text.includes(inside)), inside).toBe(true)
    }
  })
})

describe('the Chinese seed', () => {
  it('reads list numbers and labels of 4.6', () => {
    const section = chinese.children.find((candidate) => candidate.id === '4.6')!
    const [background, objective, actions] = section.children
    expect(background).toMatchObject({ kind: 'background', label: '背景：' })
    expect(objective!.children.map((paragraph) => paragraph.children[0]!.number)).toEqual([undefined, '1.', '2.', '3.'])
    expect(actions!.children[0]!.children[0]).toMatchObject({ kind: 'label', text: '行动：' })
    expect(actions!.children.slice(1).map((paragraph) => paragraph.children[0]!.number)).toEqual(['1．', '2．', '3.'])
  })
})
