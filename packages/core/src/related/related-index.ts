import { z } from 'zod'
import { EmptyInputError } from '../errors.js'
import { parseOptions } from '../search/parse-options.js'
import { passageTermsUnchecked, type PassageTerm } from './passage-terms.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/** A passage to rank: a paragraph of an English document. */
export const passageSchema = z.object({
  /** Id of the document the passage is from (`g20-trieste-2021`). */
  document: z.string().min(1),
  /** Id of the paragraph (`g7-torino-2017:14`). */
  paragraph: z.string().min(1),
  text: z.string(),
})
export type Passage = z.infer<typeof passageSchema>

/** A passage found related to a query, with its score and the reason: the terms both share. */
export const relatedPassageSchema = passageSchema.extend({
  /** BM25 similarity to the query, rounded to 3 decimals; only the order is meaningful. */
  score: z.number().nonnegative(),
  /** The shared terms that weigh most, as the passage writes them, heaviest first. */
  terms: z.array(z.string()),
})
export type RelatedPassage = z.infer<typeof relatedPassageSchema>

/** Options of `RelatedIndex.related`. */
export const relatedOptionsSchema = z.object({
  /** Most passages returned, best first. Default 5. */
  limit: z.number().int().positive().default(5),
  /** Shared terms given as the reason, at most. Default 6. */
  terms: z.number().int().positive().default(6),
})
export type RelatedOptions = z.input<typeof relatedOptionsSchema>

/** Passages ranked by similarity to any English text. */
export interface RelatedIndex {
  /** Passages indexed. */
  readonly size: number
  /** The passages most similar to `query`, best first (ties by index order); throws EmptyInputError for a query without content words. */
  related(query: string, options?: RelatedOptions): RelatedPassage[]
}

/** BM25's term-frequency saturation: the usual value. */
const K1 = 1.2
/** BM25's length normalisation: the usual value. */
const B = 0.75
/** Saturation of a term's frequency in the query: a long query (a whole section) repeats its topic words. */
const K3 = 8

/** The passages argument, without holes. */
const passagesArgumentSchema = z.array(passageSchema)

const OPTIONS_HINT = 'Pass `{ limit, terms }`, both positive integers.'

interface IndexedPassage {
  readonly passage: Passage
  readonly counts: ReadonlyMap<string, number>
  readonly surfaces: ReadonlyMap<string, string>
  readonly length: number
}

/**
 * Indexes English passages for "see also" ranking by Okapi BM25 over content words (plural folded,
 * stop words out). The query is a whole text (a section of a plan, say); its repeated words weigh
 * more, saturating. Each result names the shared terms that weigh most as its reason.
 *
 * @example createRelatedIndex(paragraphs).related('Role of small and medium sized enterprises (SMEs)')
 */
export function createRelatedIndex(passages: readonly Passage[]): RelatedIndex {
  parseArgument(passagesArgumentSchema, passages, 'passages', 'Pass passages `{ document, paragraph, text }`.')
  const indexed = passages.map(indexPassage)
  const documentFrequency = new Map<string, number>()
  for (const entry of indexed) for (const form of entry.counts.keys()) documentFrequency.set(form, (documentFrequency.get(form) ?? 0) + 1)
  const averageLength = indexed.reduce((sum, entry) => sum + entry.length, 0) / Math.max(1, indexed.length)
  const inverse = new Map<string, number>()
  for (const [form, frequency] of documentFrequency) inverse.set(form, Math.log(1 + (indexed.length - frequency + 0.5) / (frequency + 0.5)))
  return {
    size: indexed.length,
    related(query, options) {
      const { limit, terms } = parseOptions(relatedOptionsSchema, options, OPTIONS_HINT)
      const queryCounts = countForms(passageTermsUnchecked(parseArgument(textArgumentSchema, query, 'query')))
      const queryWeights = new Map<string, number>()
      for (const [form, count] of queryCounts) queryWeights.set(form, ((K3 + 1) * count) / (K3 + count))
      if (queryCounts.size === 0) {
        throw new EmptyInputError('query', 'Expected a query with content words, received only stop words, numbers or white space. Give the text to relate.')
      }
      return indexed
        .map((entry, order) => ({ order, ...scorePassage(entry, queryWeights, inverse, averageLength) }))
        .filter((result) => result.score > 0)
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .slice(0, limit)
        .map((result) => ({ ...indexed[result.order]!.passage, score: round(result.score), terms: result.shared.slice(0, terms) }))
    },
  }
}

function indexPassage(passage: Passage): IndexedPassage {
  const words = passageTermsUnchecked(passage.text)
  const surfaces = new Map<string, string>()
  for (const word of words) if (!surfaces.has(word.form)) surfaces.set(word.form, word.surface)
  return { passage, counts: countForms(words), surfaces, length: words.length }
}

function countForms(words: readonly PassageTerm[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word.form, (counts.get(word.form) ?? 0) + 1)
  return counts
}

/** The BM25 score of a passage and its shared terms' surfaces, heaviest first (ties alphabetical). */
function scorePassage(
  entry: IndexedPassage,
  queryWeights: ReadonlyMap<string, number>,
  inverse: ReadonlyMap<string, number>,
  averageLength: number,
): { score: number; shared: string[] } {
  const weights: Array<{ surface: string; weight: number }> = []
  const lengthFactor = K1 * (1 - B + (B * entry.length) / averageLength)
  for (const [form, queryWeight] of queryWeights) {
    const count = entry.counts.get(form)
    if (count === undefined) continue
    const weight = (inverse.get(form)! * count * (K1 + 1) * queryWeight) / (count + lengthFactor)
    weights.push({ surface: entry.surfaces.get(form)!, weight })
  }
  weights.sort((a, b) => b.weight - a.weight || (a.surface < b.surface ? -1 : 1))
  return { score: weights.reduce((sum, term) => sum + term.weight, 0), shared: weights.map((term) => term.surface) }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
