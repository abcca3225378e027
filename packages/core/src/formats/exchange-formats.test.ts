import { describe, expect, it } from 'vitest'
import { InvalidInputError, SchemaMismatchError } from '../errors.js'
import { planExcerpt } from '../search/__fixtures__/plan-excerpt.js'
import { formatHuggingFaceJsonl, readHuggingFaceJsonl } from './hugging-face-jsonl.js'
import { formatJsonl, readJsonl } from './jsonl.js'
import { formatMoses, readMoses } from './moses.js'
import { corpusRecords } from './pair-record.js'
import { formatTsv, readTsv } from './tsv.js'
import { translationUnits } from './translation-unit.js'

const records = corpusRecords(planExcerpt())
const units = translationUnits(records)

describe('Hugging Face translation JSON lines', () => {
  it('writes {"translation": {"en", "zh"}} then id, section, part, score, and reads it back', () => {
    const text = formatHuggingFaceJsonl(units)
    expect(JSON.parse(text.split('\n')[0]!)).toEqual({ translation: { en: units[0]!.en, zh: units[0]!.zh }, id: 'b0', section: 'title', part: 'heading', score: 0.7 })
    expect(Object.keys(JSON.parse(text.split('\n')[0]!))).toEqual(['translation', 'id', 'section', 'part', 'score'])
    expect(readHuggingFaceJsonl(text)).toEqual(units)
  })

  it('reads rows from elsewhere without id, and names the line and field of a bad row', () => {
    expect(readHuggingFaceJsonl('{"translation":{"en":"a","zh":"甲"}}\n\n')).toEqual([{ id: '0', zh: '甲', en: 'a' }])
    expect(() => readHuggingFaceJsonl('{"translation":{"en":"a"}}')).toThrow(SchemaMismatchError)
    expect(() => readHuggingFaceJsonl('{"translation":{"en":"a"}}')).toThrow(/Line 1 does not fit at translation.zh/)
    expect(() => readHuggingFaceJsonl('{oops')).toThrow(InvalidInputError)
  })
})

describe('Moses', () => {
  it('writes two line-aligned texts and reads them back', () => {
    const { zh, en } = formatMoses(units)
    expect(zh.split('\n')).toHaveLength(units.length + 1)
    expect(en.split('\n')[1]).toBe(units[1]!.en)
    expect(readMoses(zh, en).map(({ zh: z, en: e }) => [z, e])).toEqual(units.map(({ zh: z, en: e }) => [z, e]))
  })

  it('keeps a unit on one line and an empty side as an empty line', () => {
    const { zh, en } = formatMoses([{ id: 'a', zh: '第一行\n第二行', en: '' }])
    expect(zh).toBe('第一行 第二行\n')
    expect(en).toBe('\n')
    expect(readMoses(zh, en)).toEqual([{ id: 'b0', zh: '第一行 第二行', en: '' }])
  })

  it('refuses files of different lengths', () => {
    expect(() => readMoses('一\n二\n', 'one\n')).toThrow(/the Chinese has 2 lines and the English 1/)
  })
})

describe('readJsonl and readTsv', () => {
  it('read back what formatJsonl and formatTsv write', () => {
    expect(readJsonl(formatJsonl(records))).toEqual(records)
    expect(readTsv(formatTsv(records))).toEqual(units)
  })

  it('undo TSV escapes', () => {
    const tricky = [{ ...records[0]!, zh: ['制表\t换行\n反斜杠\\'], en: ['a\\tb'] }]
    expect(readTsv(formatTsv(tricky))[0]).toMatchObject({ zh: '制表\t换行\n反斜杠\\', en: 'a\\tb' })
  })

  it('name the line and field of a bad record', () => {
    expect(() => readJsonl('{"id":"b0","section":"1","part":"body","score":2,"zh":[],"en":[],"source":[],"target":[]}')).toThrow(/Line 1 does not fit at score/)
    expect(() => readTsv('a\tb\n1\t2\n')).toThrow(/Expected a TSV header with "zh" and "en" columns/)
  })
})
