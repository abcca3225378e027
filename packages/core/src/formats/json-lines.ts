import type { z } from 'zod'
import { InvalidInputError, SchemaMismatchError } from '../errors.js'
import { firstIssue } from '../model/first-issue.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/**
 * Parses JSON lines (blank lines skipped, a byte order mark allowed) and checks each row against a
 * schema. Throws InvalidInputError for a line that is not JSON and SchemaMismatchError whose `path`
 * names the line and field (`line 3: zh.0`) for a row that does not fit; `expected` describes a row.
 */
export function parseJsonLines<Schema extends z.ZodType>(text: string, schema: Schema, expected: string): z.output<Schema>[] {
  parseArgument(textArgumentSchema, text, 'text', 'Pass the contents of the file as a string.')
  const rows: z.output<Schema>[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const number = index + 1
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new InvalidInputError('jsonl', `Line ${number} is not valid JSON (${(error as Error).message}). Expected one JSON object a line: ${expected}.`, { cause: error })
    }
    const result = schema.safeParse(value)
    if (!result.success) {
      const { path: field, message } = firstIssue(result.error)
      const path = `line ${number}: ${field}`
      throw new SchemaMismatchError(path, `Line ${number} does not fit at ${field}: ${message}. Expected ${expected}.`, { cause: result.error })
    }
    rows.push(result.data)
  })
  return rows
}
