import { InvalidInputError } from '../errors.js'
import { type TranslationUnit, UNITS_HINT, unitsArgumentSchema } from './translation-unit.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/** The two line-aligned texts of a Moses corpus: line n of `zh` translates line n of `en`. */
export interface MosesTexts {
  readonly zh: string
  readonly en: string
}

/**
 * A Moses parallel corpus: one unit a line in each language (`corpus.zh`, `corpus.en`), the line
 * numbers aligned. Line breaks and tabs inside a side become spaces, so one unit is always one line;
 * a side without counterpart is an empty line (filter such pairs before training if need be).
 */
export function formatMoses(units: readonly TranslationUnit[]): MosesTexts {
  parseArgument(unitsArgumentSchema, units, 'units', UNITS_HINT)
  const line = (text: string): string => `${text.replace(/[\r\n\t\u2028\u2029]+/g, ' ')}\n`
  return { zh: units.map((unit) => line(unit.zh)).join(''), en: units.map((unit) => line(unit.en)).join('') }
}

/** What `readMoses` takes. */
const MOSES_HINT = 'Pass the contents of the two files (corpus.zh, corpus.en) as strings.'

/**
 * Reads a Moses corpus back: units `b0`, `b1`, … in line order. Throws InvalidInputError when the two
 * files have different numbers of lines (they are then not aligned).
 */
export function readMoses(zh: string, en: string): TranslationUnit[] {
  parseArgument(textArgumentSchema, zh, 'zh', MOSES_HINT)
  parseArgument(textArgumentSchema, en, 'en', MOSES_HINT)
  const zhLines = mosesLines(zh)
  const enLines = mosesLines(en)
  if (zhLines.length !== enLines.length) {
    throw new InvalidInputError(
      'moses',
      `Expected line-aligned Moses files, but the Chinese has ${zhLines.length} lines and the English ${enLines.length}. Give the two files of one corpus.`,
    )
  }
  return zhLines.map((line, index) => ({ id: `b${index}`, zh: line, en: enLines[index]! }))
}

function mosesLines(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '')
  if (body === '') return []
  return body.replace(/\r?\n$/, '').split(/\r?\n/)
}
