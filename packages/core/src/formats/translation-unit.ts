import { z } from 'zod'
import { beadTextUnchecked } from '../search/bead-text.js'
import { RECORDS_HINT, recordsArgumentSchema, type PairRecord } from './pair-record.js'
import { parseArgument } from '../parse-argument.js'

/**
 * One aligned pair as the exchange formats (TMX, Moses, Hugging Face JSON lines, TSV) hold it: each side
 * one string (the bead's sentences joined: Chinese as they are, English with a space), an empty string
 * for a side without counterpart, and what else the format carried.
 */
export const translationUnitSchema = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  /** Canonical section id, when the file says (`4.2`). */
  section: z.string().optional(),
  /** Part of the section (`actions`, `heading`), when the file says. */
  part: z.string().optional(),
  /** Alignment confidence in [0, 1], when the file says. */
  score: z.number().min(0).max(1).optional(),
})
export type TranslationUnit = z.infer<typeof translationUnitSchema>

/** The units argument of the writers: translation units, without holes. */
export const unitsArgumentSchema = z.array(translationUnitSchema)

/** Where units come from. */
export const UNITS_HINT = 'Pass translation units, e.g. `translationUnits(corpusRecords(corpus))` or `readTmx(text)`.'

/** Bead records as translation units: sentences joined, id, section, part and score kept. */
export function translationUnits(records: readonly PairRecord[]): TranslationUnit[] {
  parseArgument(recordsArgumentSchema, records, 'records', RECORDS_HINT)
  return records.map((record) => ({
    id: record.id,
    zh: beadTextUnchecked(record, 'zh'),
    en: beadTextUnchecked(record, 'en'),
    section: record.section,
    part: record.part,
    score: record.score,
  }))
}

/** The optional fields of a unit that are set, for spreading into a new unit. */
export function unitExtras(unit: Partial<Pick<TranslationUnit, 'section' | 'part' | 'score'>>): Pick<TranslationUnit, 'section' | 'part' | 'score'> {
  return {
    ...(unit.section === undefined ? {} : { section: unit.section }),
    ...(unit.part === undefined ? {} : { part: unit.part }),
    ...(unit.score === undefined ? {} : { score: unit.score }),
  }
}
