import { parseJsonLines } from './json-lines.js'
import { pairRecordSchema, RECORDS_HINT, recordsArgumentSchema, type PairRecord } from './pair-record.js'
import { parseArgument } from '../parse-argument.js'

/** One JSON object a line, keys in a fixed order; ends with a newline when there are records. */
export function formatJsonl(records: readonly PairRecord[]): string {
  parseArgument(recordsArgumentSchema, records, 'records', RECORDS_HINT)
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

/**
 * Reads JSON lines written by `formatJsonl` (`duiqi align --format jsonl`, `duiqi export`) back into
 * records, each checked against `pairRecordSchema`. Throws InvalidInputError for a line that is not
 * JSON and SchemaMismatchError naming the line and field of a record that does not fit.
 */
export function readJsonl(text: string): PairRecord[] {
  return parseJsonLines(text, pairRecordSchema, 'a bead record {"id","section","part","score","zh":[…],"en":[…],"source":[…],"target":[…]}')
}
