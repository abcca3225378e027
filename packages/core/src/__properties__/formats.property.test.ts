import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatHuggingFaceJsonl, readHuggingFaceJsonl } from '../formats/hugging-face-jsonl.js'
import { formatJsonl, readJsonl } from '../formats/jsonl.js'
import { formatMoses, readMoses } from '../formats/moses.js'
import type { PairRecord } from '../formats/pair-record.js'
import { formatTmx, readTmx } from '../formats/tmx.js'
import { translationUnits } from '../formats/translation-unit.js'
import { formatTsv, readTsv } from '../formats/tsv.js'

/** Seeded and large enough to matter; the seed makes failures reproducible. */
const RUNS = { numRuns: 200, seed: 20_161_121 } as const

/** Hostile pieces: XML specials, emoji and astral characters, bidi marks, controls, separators. */
const HOSTILE = ['<', '>', '&', '"', "'", '&amp;', ']]>', '<seg>', '😀', '𠀀', '\u200f', '\u202e', '\u0001', '\u001f', '\t', '\\', '\\t', '\u2028', '中', '文', 'a', 'Z', ' ', '，', '。', '{"x":1}']

const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 30 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom('x'.repeat(100_000), '长'.repeat(50_000)),
)

/** Sentences as a reader would give them: no line breaks and no white space at either end. */
const sentence = hostileText.map((text) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim()).filter((text) => text !== '')

const record = fc.record({
  section: fc.constantFrom('title', '1', '4.2', 'body'),
  part: fc.constantFrom('heading', 'body', 'objective'),
  score: fc.double({ min: 0, max: 1, noNaN: true }).map((score) => Math.round(score * 10_000) / 10_000),
  zh: fc.array(sentence, { maxLength: 3 }),
  en: fc.array(sentence, { maxLength: 3 }),
})

const records = fc.array(record, { minLength: 1, maxLength: 8 }).map((list): PairRecord[] => {
  let source = 0
  let target = 0
  return list
    .filter((item) => item.zh.length + item.en.length > 0)
    .map((item, index) => ({
      id: `b${index}`,
      ...item,
      source: item.zh.map(() => source++),
      target: item.en.map(() => target++),
    }))
})

/** What XML 1.0 can hold: writers drop C0 controls other than tab, CR and LF, as the spec requires. */
const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
const pairs = (units: ReadonlyArray<{ zh: string; en: string }>) => units.map((unit) => [unit.zh, unit.en])

describe('every export format round-trips', () => {
  it('jsonl gives back the same records', () => {
    fc.assert(
      fc.property(records, (list) => {
        expect(readJsonl(formatJsonl(list))).toEqual(list)
      }),
      RUNS,
    )
  })

  it('tsv gives back the same pairs, sections and scores', () => {
    fc.assert(
      fc.property(records, (list) => {
        const units = translationUnits(list)
        const back = readTsv(formatTsv(list))
        expect(pairs(back)).toEqual(units.map((unit) => [unit.zh, unit.en]))
        expect(back.map((unit) => [unit.section, unit.score])).toEqual(units.map((unit) => [unit.section, unit.score]))
      }),
      RUNS,
    )
  })

  it('TMX gives back the same pairs (minus the control characters XML cannot hold), sections and scores', () => {
    fc.assert(
      fc.property(records, (list) => {
        const units = translationUnits(list)
        const back = readTmx(formatTmx(units))
        expect(pairs(back)).toEqual(units.map((unit) => [xmlSafe(unit.zh), xmlSafe(unit.en)]))
        expect(back.map((unit) => [unit.section, unit.part, unit.score])).toEqual(units.map((unit) => [unit.section, unit.part, unit.score]))
      }),
      RUNS,
    )
  })

  it('Hugging Face JSON lines give back the same pairs', () => {
    fc.assert(
      fc.property(records, (list) => {
        const units = translationUnits(list)
        expect(pairs(readHuggingFaceJsonl(formatHuggingFaceJsonl(units)))).toEqual(pairs(units))
      }),
      RUNS,
    )
  })

  it('Moses files give back the same pairs, line for line', () => {
    fc.assert(
      fc.property(records, (list) => {
        const units = translationUnits(list)
        const { zh, en } = formatMoses(units)
        const oneLine = (text: string) => text.replace(/[\t\u2028\u2029]+/g, ' ')
        expect(pairs(readMoses(zh, en))).toEqual(pairs(units).map(([z, e]) => [oneLine(z!), oneLine(e!)]))
      }),
      RUNS,
    )
  })
})
