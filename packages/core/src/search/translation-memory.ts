import { z } from 'zod'
import type { BeadView, Corpus } from '../corpus/corpus.js'
import { EmptyInputError } from '../errors.js'
import { languageSchema, type Language } from '../model/schemas.js'
import { beadTextUnchecked } from './bead-text.js'
import { createTokenCodes, fuzzyMatchTokensUnchecked, scoreEncoded, type TokenCodes } from './fuzzy-match.js'
import { parseOptions } from './parse-options.js'
import { detectQueryLanguage } from './query-language.js'
import { parseArgument } from '../parse-argument.js'
import { CORPUS_HINT, corpusArgumentSchema, textArgumentSchema } from '../model/argument-schemas.js'

/** Options of `TranslationMemory.lookup`. */
export const translationMemoryOptionsSchema = z.object({
  /** Language of the sentence; default: detected (any Han character makes it Chinese). */
  language: languageSchema.optional(),
  /** Lowest match kept, in [0, 1]. Default 0.7: below it, CAT tools show no fuzzy match. */
  threshold: z.number().min(0).max(1).default(0.7),
  /** Most matches returned, best first. Default 5. */
  limit: z.number().int().positive().default(5),
})
export type TranslationMemoryOptions = z.input<typeof translationMemoryOptionsSchema>

/** A corpus bead close to the looked-up sentence, with both sides. */
export const translationMemoryMatchSchema = z.object({
  /** Id of the matching bead (`b41`). */
  id: z.string(),
  section: z.string(),
  /** Match percentage in [0, 1] (see `fuzzyMatchScore`), rounded to 4 places. */
  score: z.number().min(0).max(1),
  /** Language of the sentence looked up: `zh` matched the Chinese side, `en` the English. */
  language: languageSchema,
  zh: z.string(),
  en: z.string(),
})
export type TranslationMemoryMatch = z.infer<typeof translationMemoryMatchSchema>

/** A corpus used as a translation memory. */
export interface TranslationMemory {
  /** Beads whose side in the sentence's language matches it at `threshold` or better, best first. */
  lookup(sentence: string, options?: TranslationMemoryOptions): TranslationMemoryMatch[]
}

interface Segment {
  readonly bead: BeadView
  readonly encoded: string
}

/**
 * A translation memory over the beads of a corpus: each bead side is a segment, compared with a new
 * sentence by CAT-style match percentage; the match comes with the aligned translation.
 * Segments are encoded once per language, on the first lookup in it.
 *
 * @example createTranslationMemory(nirActionPlan).lookup('Encourage members to establish platforms')
 */
export function createTranslationMemory(corpus: Corpus): TranslationMemory {
  parseArgument(corpusArgumentSchema, corpus, 'corpus', CORPUS_HINT)
  const beads = [...corpus.beads()]
  const codes = createTokenCodes()
  const segments = new Map<Language, Segment[]>()
  const segmentsIn = (language: Language): Segment[] => {
    let list = segments.get(language)
    if (list === undefined) segments.set(language, (list = encodeSegments(beads, language, codes)))
    return list
  }
  return {
    lookup(sentence, options) {
      const resolved = parseOptions(translationMemoryOptionsSchema, options, 'Pass `{ language, threshold, limit }`: threshold in [0, 1].')
      parseArgument(textArgumentSchema, sentence, 'sentence', 'Give a sentence in Chinese or English.')
      const language = resolved.language ?? detectQueryLanguage(sentence)
      const query = codes.encode(fuzzyMatchTokensUnchecked(sentence, language))
      if (query.length === 0) throw new EmptyInputError('sentence', 'The sentence to look up has no words. Give a sentence in Chinese or English.')
      return closestSegments(segmentsIn(language), query, resolved.threshold)
        .slice(0, resolved.limit)
        .map(({ segment, score }) => ({
          id: segment.bead.id,
          section: segment.bead.section,
          score: Math.round(score * 10_000) / 10_000,
          language,
          zh: beadTextUnchecked(segment.bead, 'zh'),
          en: beadTextUnchecked(segment.bead, 'en'),
        }))
    },
  }
}

function encodeSegments(beads: readonly BeadView[], language: Language, codes: TokenCodes): Segment[] {
  return beads
    .map((bead) => ({ bead, encoded: codes.encode(fuzzyMatchTokensUnchecked(beadTextUnchecked(bead, language), language)) }))
    .filter((segment) => segment.encoded.length > 0)
}

/** Segments scoring at least `threshold`, best first (document order among equals). */
function closestSegments(segments: readonly Segment[], query: string, threshold: number): { segment: Segment; score: number }[] {
  const found: { segment: Segment; score: number; order: number }[] = []
  segments.forEach((segment, order) => {
    // The score cannot exceed shorter ÷ longer, so most segments are skipped without a distance.
    if (Math.min(segment.encoded.length, query.length) / Math.max(segment.encoded.length, query.length) < threshold) return
    const score = scoreEncoded(segment.encoded, query)
    if (score >= threshold) found.push({ segment, score, order })
  })
  return found.sort((a, b) => b.score - a.score || a.order - b.order)
}
