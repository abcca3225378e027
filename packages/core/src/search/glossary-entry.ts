import { z } from 'zod'
import { languageSchema, type Language } from '../model/schemas.js'
import { englishWordsUnchecked } from './english-words.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/**
 * A bilingual term: one concept with its preferred English and Chinese forms and any other forms
 * (the expansion of an acronym, the acronym of a full form). What TBX files carry.
 */
export const termEntrySchema = z.object({
  /** Stable id (`t1`, `t2`, … by rank for an extracted glossary). */
  id: z.string().min(1),
  /** Preferred English form, as written in the corpus ("IPR", "smart manufacturing"). */
  en: z.string().min(1),
  /** Preferred Chinese form ("知识产权"). */
  zh: z.string().min(1),
  /** Other English forms of the same concept ("intellectual property rights" beside "IPR"). */
  enVariants: z.array(z.string().min(1)),
  /** Other Chinese forms of the same concept. */
  zhVariants: z.array(z.string().min(1)),
})
export type TermEntry = z.infer<typeof termEntrySchema>

/** What the English form of a glossary entry is: an acronym (IPR), a phrase of several words, or one word. */
export const termKindSchema = z.enum(['acronym', 'phrase', 'word'])
export type TermKind = z.infer<typeof termKindSchema>

/** A term extracted from an aligned corpus, with the figures that support it. */
export const glossaryEntrySchema = termEntrySchema.extend({
  kind: termKindSchema,
  /** Beads that hold both forms. */
  frequency: z.number().int().nonnegative(),
  /** Beads whose English holds the English term (any of its forms). */
  enFrequency: z.number().int().nonnegative(),
  /** Beads whose Chinese holds the Chinese term. */
  zhFrequency: z.number().int().nonnegative(),
  /** Ids of the beads that hold both, in document order. */
  beads: z.array(z.string()),
  /** Dice coefficient of the two terms' bead sets, in [0, 1]. */
  dice: z.number().min(0).max(1),
  /** Dunning's log-likelihood ratio (G²) of the co-occurrence; above 3.84 is significant at p < 0.05. */
  logLikelihood: z.number().nonnegative(),
  /** Whether CC-CEDICT translates the Chinese term with the English one's words. */
  cedict: z.boolean(),
  /** How much to trust the pair, in [0, 1]; entries are ranked by it. */
  confidence: z.number().min(0).max(1),
})
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>

/** A glossary argument: term entries (glossary entries are term entries with more fields). */
const glossaryArgumentSchema = z.array(termEntrySchema)

/** All forms of one language of an entry, preferred first. */
export function termForms(entry: TermEntry, language: Language): string[] {
  parseArgument(termEntrySchema, entry, 'entry')
  return termFormsUnchecked(entry, parseArgument(languageSchema, language, 'language'))
}

/** {@link termForms} without the argument check, for loops inside core. */
export function termFormsUnchecked(entry: TermEntry, language: Language): string[] {
  return language === 'zh' ? [entry.zh, ...entry.zhVariants] : [entry.en, ...entry.enVariants]
}

/**
 * The entries of a glossary that a term names: a form equals the term, or holds it as a run of whole
 * words (Chinese: characters) covering more than half of the form, so "intellectual property" finds
 * the entry of "intellectual property rights" but "property" alone does not. Comparison is on
 * {@link englishWordForm}s (case and plural do not matter). In glossary order.
 */
export function findGlossaryEntries<Entry extends TermEntry>(glossary: readonly Entry[], term: string, language: Language): Entry[] {
  parseArgument(glossaryArgumentSchema, glossary, 'glossary')
  parseArgument(textArgumentSchema, term, 'term')
  return findGlossaryEntriesUnchecked(glossary, term, parseArgument(languageSchema, language, 'language'))
}

/** {@link findGlossaryEntries} without the argument check, for loops inside core. */
export function findGlossaryEntriesUnchecked<Entry extends TermEntry>(glossary: readonly Entry[], term: string, language: Language): Entry[] {
  const wanted = termUnits(term, language)
  if (wanted.length === 0) return []
  return glossary.filter((entry) =>
    termFormsUnchecked(entry, language).some((form) => {
      const units = termUnits(form, language)
      return units.length < 2 * wanted.length && indexOfRun(units, wanted) >= 0
    }),
  )
}

/** Words (English) or characters (Chinese) compared when matching a term. */
function termUnits(text: string, language: Language): string[] {
  if (language === 'en') return englishWordsUnchecked(text).map((word) => word.form)
  return [...text.normalize('NFKC')].filter((character) => /[\p{L}\p{N}]/u.test(character))
}

function indexOfRun(units: readonly string[], run: readonly string[]): number {
  for (let start = 0; start + run.length <= units.length; start++) {
    if (run.every((unit, offset) => units[start + offset] === unit)) return start
  }
  return -1
}
