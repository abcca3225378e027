import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectSentences } from '../corpus/corpus.js'
import { documentSchema, type Document } from '../model/schemas.js'
import { splitSentences } from '../segment/split-sentences.js'
import { sentenceText } from '../text/normalize.js'
import { readPlainText } from '../text/read-plain-text.js'
import { readPresplit } from '../text/read-presplit.js'
import { nonBlankStressText, PROPERTY_RUNS, stressText } from './arbitraries.js'

const LANGUAGES = ['en', 'zh'] as const

/**
 * The spans are ordered and disjoint, and every character outside them is white space or markup:
 * a `**` bold marker, or a `#` heading marker opening a line.
 */
function expectExactCover(text: string, spans: ReadonlyArray<{ start: number; end: number }>, markup = new Set<number>()): void {
  const outside = (from: number, to: number) =>
    [...Array(to - from).keys()].map((k) => from + k).filter((offset) => !markup.has(offset) && /[^\s\u0085]/.test(text[offset]!))
  let previousEnd = 0
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd)
    expect(span.end).toBeGreaterThan(span.start)
    expect(outside(previousEnd, span.start)).toEqual([])
    previousEnd = span.end
  }
  expect(outside(previousEnd, text.length)).toEqual([])
}

/**
 * Offsets of markup as the readers define it: `**` pairs anywhere; `#`s (one to six) opening a line
 * before white space; two to six `#` between white space inside a line.
 */
function markupOffsets(text: string): Set<number> {
  const offsets = new Set<number>()
  const markup = /\*\*|(?<=(?:^|[\n\r\u0085\u2028\u2029])[ \t\u3000]*)#{1,6}(?=[\s\u0085])|(?<=[\s\u0085])#{2,6}(?=[\s\u0085])/g
  for (const match of text.matchAll(markup)) {
    for (let offset = match.index; offset < match.index + match[0].length; offset++) offsets.add(offset)
  }
  return offsets
}

/** Every sentence is its span's text, folded; together the sentences hold every non-white-space character once. */
function expectNothingLost(document: Document): void {
  expect(documentSchema.safeParse(document).success).toBe(true)
  const sentences = collectSentences(document)
  sentences.forEach((sentence, index) => expect(sentence.index).toBe(index))
  for (const sentence of sentences) {
    expect(sentence.text).toBe(sentenceText(document.text.slice(sentence.start, sentence.end)))
  }
  expectExactCover(document.text, sentences, markupOffsets(document.text))
}

describe('properties of reading text', () => {
  for (const language of LANGUAGES) {
    it(`splitSentences (${language}) covers every non-white-space character exactly once, in order`, () => {
      fc.assert(fc.property(stressText, (text) => expectExactCover(text, splitSentences(text, language))), PROPERTY_RUNS)
    })

    it(`readPlainText (${language}) loses nothing: sentences and the white space between them give back the input`, () => {
      fc.assert(
        fc.property(nonBlankStressText, (text) => {
          const readable = sentenceText(text) === '' ? undefined : text
          if (readable === undefined) return
          expectNothingLost(readPlainText(readable, { id: 'p', language, sourceFile: 'p.txt' }))
        }),
        PROPERTY_RUNS,
      )
    })

    it(`readPresplit (${language}) keeps one sentence a non-blank line, with exact offsets`, () => {
      fc.assert(
        fc.property(nonBlankStressText, (text) => {
          if (sentenceText(text) === '') return
          const document = readPresplit(text, { id: 'l', language, sourceFile: 'l.txt' })
          expectNothingLost(document)
          const lines = text.split(/\r\n|[\r\n\u0085\u2028\u2029]/).filter((line) => sentenceText(line) !== '')
          expect(collectSentences(document)).toHaveLength(lines.length)
        }),
        PROPERTY_RUNS,
      )
    })
  }

  it('is deterministic: the same text reads to the same document', () => {
    fc.assert(
      fc.property(nonBlankStressText, (text) => {
        const read = () => readPlainText(text, { id: 'd', language: 'en', sourceFile: 'd.txt' })
        expect(read()).toEqual(read())
      }),
      { ...PROPERTY_RUNS, numRuns: 200 },
    )
  })
})
