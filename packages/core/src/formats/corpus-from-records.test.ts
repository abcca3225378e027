import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCorpus } from '../corpus/corpus.js'
import { SchemaMismatchError } from '../errors.js'
import { planExcerpt, planExcerptJsonl } from '../search/__fixtures__/plan-excerpt.js'
import { corpusFromRecords, readJsonlCorpus } from './corpus-from-records.js'
import { readJsonl } from './jsonl.js'
import { corpusRecords, type PairRecord } from './pair-record.js'

/** Records without sentence indices, which the rebuild renumbers. */
const comparable = (records: readonly PairRecord[]) => records.map(({ source: _s, target: _t, ...rest }) => rest)

describe('corpusFromRecords', () => {
  it('rebuilds a corpus whose records are the ones read, sections and parts kept', () => {
    const records = readJsonl(planExcerptJsonl)
    const corpus = planExcerpt()
    expect(comparable(corpusRecords(corpus))).toEqual(comparable(records))
    expect(corpus.sections.map((section) => section.id)).toEqual(['title', '4.2', '4.6'])
    expect(corpus.section('4.2').source?.heading?.text).toBe('（二） 中小企业的角色定位')
    expect(corpus.section('4.2').aligned.parts.map((part) => part.kind)).toEqual(['background', 'objective', 'actions'])
  })

  it('points every sentence at its text in the rebuilt document', () => {
    const corpus = planExcerpt()
    for (const language of ['zh', 'en'] as const) {
      const document = language === corpus.source.language ? corpus.source : corpus.target
      for (const sentence of corpus.sentences(language)) expect(document.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  it('reads English as the source when the records say so', () => {
    const records: PairRecord[] = [{ id: 'b0', section: 'body', part: 'body', score: 1, zh: ['甲。', '乙。'], en: ['A and B.'], source: [0], target: [0, 1] }]
    expect(corpusFromRecords(records).source.language).toBe('en')
  })

  it('gives back the same pairs for any records (export then import)', () => {
    const sentence = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.trim() !== '' && !/\s/.test(text))
    const record = fc.record({
      id: fc.constant(''),
      section: fc.constantFrom('body', '1', '1.1', '2'),
      part: fc.constantFrom('body', 'background', 'actions', 'heading'),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      zh: fc.array(sentence, { maxLength: 3 }),
      en: fc.array(sentence, { maxLength: 3 }),
      source: fc.constant([]),
      target: fc.constant([]),
    })
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 20 }), (records) => {
        const rebuilt = corpusRecords(createCorpus(corpusFromRecords(records, { sourceLanguage: 'zh' })))
        expect(rebuilt.map((item) => [item.zh, item.en, item.score])).toEqual(records.map((item) => [item.zh, item.en, item.score]))
        expect(new Set(rebuilt.map((item) => item.id)).size).toBe(records.length)
      }),
      { seed: 20240611, numRuns: 200 },
    )
  })

  it('names the line and field of a bad record', () => {
    expect(() => readJsonlCorpus('{"id":"b0","section":"1","part":"body","score":0.5,"zh":"不是数组","en":[],"source":[],"target":[]}')).toThrow(SchemaMismatchError)
  })
})
