import { z } from 'zod'
import type { Corpus } from '../corpus/corpus.js'
import { parseArgument } from '../parse-argument.js'
import { CORPUS_HINT, corpusArgumentSchema } from '../model/argument-schemas.js'

/**
 * One bead as a flat record: what `jsonl` and `tsv` exports hold, one per line, in document order.
 * `source`/`target` keep the sentence indices, so a record can be traced back into its documents.
 */
export const pairRecordSchema = z.object({
  id: z.string(),
  section: z.string(),
  part: z.string(),
  score: z.number().min(0).max(1),
  zh: z.array(z.string()),
  en: z.array(z.string()),
  source: z.array(z.number().int().nonnegative()),
  target: z.array(z.number().int().nonnegative()),
})
export type PairRecord = z.infer<typeof pairRecordSchema>

/** The records argument of the writers: pair records, without holes. */
export const recordsArgumentSchema = z.array(pairRecordSchema)

/** Where records come from. */
export const RECORDS_HINT = 'Pass pair records, e.g. `corpusRecords(corpus)` or `readJsonl(text)`.'

/** The beads of a corpus as flat records, in document order. */
export function corpusRecords(corpus: Corpus): PairRecord[] {
  parseArgument(corpusArgumentSchema, corpus, 'corpus', CORPUS_HINT)
  return [...corpus.beads()].map((bead) => ({
    id: bead.id,
    section: bead.section,
    part: bead.part,
    score: bead.score,
    zh: [...bead.zh],
    en: [...bead.en],
    source: [...bead.bead.source],
    target: [...bead.bead.target],
  }))
}
