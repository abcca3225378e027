import { z } from 'zod'
import type { Corpus } from '../corpus/corpus.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from './primitive-arguments.js'
import { languageSchema, partKindSchema, sectionKindSchema, sentenceKindSchema } from './schemas.js'

// Schemas of the arguments public functions share, made once so that a check builds no schema.

export { textArgumentSchema }

/** A schema for a function argument or option (zod checks only that it is callable). */
export function functionSchema<Fn extends (...args: never[]) => unknown>(description: string): z.ZodCustom<Fn, Fn> {
  parseArgument(textArgumentSchema, description, 'description')
  return z.custom<Fn>((value) => typeof value === 'function', `Expected ${description}`)
}

/** A list of texts, without holes. */
export const textsArgumentSchema = z.array(z.string())

/**
 * A corpus made by `createCorpus`: its shape is checked (the plain data and the lookups), not every
 * sentence again, which `createCorpus` checked. Callers go on with the corpus they were given.
 */
export const corpusArgumentSchema: z.ZodType<Pick<Corpus, 'id'>> = z.object({
  data: z.object({ type: z.literal('aligned-corpus') }),
  id: z.string(),
  sections: z.array(z.unknown()),
  section: functionSchema('the method section(id)'),
  beads: functionSchema('the method beads()'),
  bead: functionSchema('the method bead(id)'),
  sentences: functionSchema('the method sentences(language)'),
})

/** The two sides of a bead as sentence texts: `{ zh: string[], en: string[] }`. */
export const beadSidesArgumentSchema = z.object({ zh: textsArgumentSchema, en: textsArgumentSchema })

/** A sentence as far as aligning and walking sentences read it: its text, index and kind. */
export const sentenceShapeSchema = z.object({ text: z.string(), index: z.number().int().nonnegative(), kind: sentenceKindSchema })

/** A section as far as aligning reads it: heading, kind, and parts of paragraphs of sentence shapes. */
export const sectionShapeSchema = z.object({
  id: z.string(),
  kind: sectionKindSchema,
  heading: sentenceShapeSchema.optional(),
  children: z.array(z.object({ kind: partKindSchema, children: z.array(z.object({ children: z.array(sentenceShapeSchema) })) })),
})

/**
 * A document as far as walking its sentences reads it: for the functions the aligner calls again for
 * each document, section or part, so that a document is checked in full (`documentSchema`) only once.
 */
export const documentShapeSchema = z.object({
  type: z.literal('document'),
  id: z.string(),
  language: languageSchema,
  title: z.string(),
  children: z.array(sectionShapeSchema),
})

/** Passed where `createCorpus` is expected to have made the corpus. */
export const CORPUS_HINT = 'Pass a corpus made by `createCorpus(data)` (or `nirActionPlan`).'
