import type { PairRecord } from './pair-record.js'

/** One JSON object a line, keys in a fixed order; ends with a newline when there are records. */
export function formatJsonl(records: readonly PairRecord[]): string {
  return records
    .map((record) =>
      JSON.stringify({
        id: record.id,
        section: record.section,
        part: record.part,
        score: record.score,
        zh: record.zh,
        en: record.en,
        source: record.source,
        target: record.target,
      }),
    )
    .map((line) => `${line}\n`)
    .join('')
}
