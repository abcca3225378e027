import type { PairRecord } from './pair-record.js'

/** The TSV header: one column a field; sentences of one side are joined by a space. */
export const TSV_COLUMNS = ['id', 'section', 'part', 'score', 'zh', 'en'] as const

/**
 * Tab-separated values with a header line. Tabs, line breaks and backslashes inside a field are written
 * as `\t`, `\n`, `\r` and `\\`, so each record stays on one line and reads back exactly.
 */
export function formatTsv(records: readonly PairRecord[]): string {
  const lines = [TSV_COLUMNS.join('\t')]
  for (const record of records) {
    lines.push(
      [record.id, record.section, record.part, String(record.score), record.zh.join(' '), record.en.join(' ')]
        .map(escapeTsvField)
        .join('\t'),
    )
  }
  return `${lines.join('\n')}\n`
}

/** Escapes a TSV field so that it holds no tab or line break. */
export function escapeTsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) => TSV_ESCAPES[character]!)
}

const TSV_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }
