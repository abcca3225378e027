import { InvalidInputError } from '../errors.js'
import { beadTextUnchecked } from '../search/bead-text.js'
import { RECORDS_HINT, recordsArgumentSchema, type PairRecord } from './pair-record.js'
import { unitExtras, type TranslationUnit } from './translation-unit.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/** The TSV header: one column a field; a side's sentences are joined as the language writes them (a space between English ones, nothing between Chinese ones). */
export const TSV_COLUMNS = ['id', 'section', 'part', 'score', 'zh', 'en'] as const

/**
 * Tab-separated values with a header line. Tabs, line breaks and backslashes inside a field are written
 * as `\t`, `\n`, `\r` and `\\`, so each record stays on one line and reads back exactly.
 */
export function formatTsv(records: readonly PairRecord[]): string {
  parseArgument(recordsArgumentSchema, records, 'records', RECORDS_HINT)
  const lines = [TSV_COLUMNS.join('\t')]
  for (const record of records) {
    lines.push(
      [record.id, record.section, record.part, String(record.score), beadTextUnchecked(record, 'zh'), beadTextUnchecked(record, 'en')]
        .map(escapeTsvFieldUnchecked)
        .join('\t'),
    )
  }
  return `${lines.join('\n')}\n`
}

/** Escapes a TSV field so that it holds no tab or line break. */
export function escapeTsvField(value: string): string {
  return escapeTsvFieldUnchecked(parseArgument(textArgumentSchema, value, 'value'))
}

/** {@link escapeTsvField} without the argument check, for loops inside core. */
export function escapeTsvFieldUnchecked(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) => TSV_ESCAPES[character]!)
}

const TSV_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

/**
 * Reads TSV written by `formatTsv` back into translation units (the header names the columns; `zh` and
 * `en` are required, `id`, `section`, `part`, `score` are kept when present). Escapes are undone.
 * Throws InvalidInputError when the header lacks `zh` or `en` or a line has the wrong number of fields.
 */
export function readTsv(text: string): TranslationUnit[] {
  parseArgument(textArgumentSchema, text, 'text', 'Pass the contents of a .tsv file as a string.')
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const columns = header.split('\t')
  if (!columns.includes('zh') || !columns.includes('en')) {
    throw new InvalidInputError('tsv', `Expected a TSV header with "zh" and "en" columns, found "${header.slice(0, 80)}". Give a file written by \`duiqi export --format tsv\`.`)
  }
  const units: TranslationUnit[] = []
  lines.forEach((line, index) => {
    if (line === '') return
    const fields = line.split('\t').map(unescapeTsvField)
    if (fields.length !== columns.length) {
      throw new InvalidInputError('tsv', `Line ${index + 2} has ${fields.length} fields, the header ${columns.length}. Escape tabs inside fields as \\t.`)
    }
    const row = new Map(columns.map((column, at) => [column, fields[at]!]))
    const score = row.has('score') ? Number(row.get('score')) : undefined
    units.push({
      id: row.get('id') ?? String(units.length),
      zh: row.get('zh')!,
      en: row.get('en')!,
      ...unitExtras({ section: row.get('section'), part: row.get('part'), score: score !== undefined && score >= 0 && score <= 1 ? score : undefined }),
    })
  })
  return units
}

/** Undoes `escapeTsvField`. */
export function unescapeTsvField(value: string): string {
  return value.replace(/\\([\\tnr])/g, (_, character: string) => TSV_UNESCAPES[character]!)
}

const TSV_UNESCAPES: Readonly<Record<string, string>> = { '\\': '\\', t: '\t', n: '\n', r: '\r' }
