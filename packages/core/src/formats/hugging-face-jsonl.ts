import { z } from 'zod'
import { type TranslationUnit, unitExtras, UNITS_HINT, unitsArgumentSchema } from './translation-unit.js'
import { parseJsonLines } from './json-lines.js'
import { parseArgument } from '../parse-argument.js'

/**
 * JSON lines in the shape of Hugging Face `translation` datasets: `{"translation": {"en": …, "zh": …}}`,
 * then `id`, `section`, `part`, `score` where known, keys in that order. `datasets.load_dataset("json",
 * data_files=…)` reads it as a dataset with a `translation` column.
 */
export function formatHuggingFaceJsonl(units: readonly TranslationUnit[]): string {
  parseArgument(unitsArgumentSchema, units, 'units', UNITS_HINT)
  return units
    .map((unit) => JSON.stringify({ translation: { en: unit.en, zh: unit.zh }, id: unit.id, ...unitExtras(unit) }))
    .map((line) => `${line}\n`)
    .join('')
}

const huggingFaceRowSchema = z.object({
  translation: z.object({ en: z.string(), zh: z.string() }),
  id: z.union([z.string(), z.number()]).optional(),
  section: z.string().optional(),
  part: z.string().optional(),
  score: z.number().min(0).max(1).optional(),
})

/**
 * Reads Hugging Face `translation` JSON lines back into units; a row without `id` gets its line
 * position. Throws SchemaMismatchError naming the line and field of the first bad row.
 */
export function readHuggingFaceJsonl(text: string): TranslationUnit[] {
  return parseJsonLines(text, huggingFaceRowSchema, 'a Hugging Face translation row {"translation": {"en": …, "zh": …}}').map(
    (row, position) => ({
      id: row.id === undefined ? String(position) : String(row.id),
      zh: row.translation.zh,
      en: row.translation.en,
      ...unitExtras(row),
    }),
  )
}
