import MiniSearch, { type Query, type SearchResult } from 'minisearch'
import { z } from 'zod'
import { EmptyInputError } from '../errors.js'
import type { BeadView, Corpus } from '../corpus/corpus.js'
import { languageSchema, type Language } from '../model/schemas.js'
import { beadTextUnchecked, otherLanguage } from './bead-text.js'
import { chineseSearchTerms, decodeHanTerm, HAN_TERM_MARK, type ChineseSegmentation } from './chinese-search-terms.js'
import { englishWordsUnchecked, searchStopWords } from './english-words.js'
import { findMatches, type TextMatch } from './find-matches.js'
import { findTermOccurrencesUnchecked } from './find-term.js'
import { findGlossaryEntriesUnchecked, termEntrySchema, termFormsUnchecked, type TermEntry } from './glossary-entry.js'
import { parseOptions } from './parse-options.js'
import { sectionMatcher } from './section-matcher.js'
import { detectQueryLanguage } from './query-language.js'
import { parseQueryTerms, rankingTerms, requiredTerms, type QueryTerms } from './query-terms.js'
import { parseArgument } from '../parse-argument.js'
import { CORPUS_HINT, corpusArgumentSchema, textArgumentSchema } from '../model/argument-schemas.js'

/** Default of `headTermBeads`: below about this many hits MiniSearch answers a one-term query within two milliseconds. */
export const HEAD_TERM_BEADS = 2_000

/** Options of `createSearchIndex`. */
export const searchIndexOptionsSchema = z.object({
  /**
   * How Chinese is cut into index terms: `words` (segmentit words and character pairs), `pairs`
   * (character pairs and domain terms only; for large corpora), or `auto` (default): `words` up to
   * {@link AUTO_WORDS_LIMIT} Han characters, `pairs` above.
   */
  segmentation: z.enum(['words', 'pairs', 'auto']).default('auto'),
  /**
   * Head terms: the ranked hits of a one-term query for every index term found in at least this many
   * beads are computed while the index is built, so that the most frequent words of a large corpus
   * (耶和 in 6,000 verses of the Bible) answer as fast as rare ones. Default {@link HEAD_TERM_BEADS};
   * a corpus smaller than that has no head terms.
   */
  headTermBeads: z.number().int().positive().default(HEAD_TERM_BEADS),
})
export type SearchIndexOptions = z.input<typeof searchIndexOptionsSchema>

/** Options of `SearchIndex.search`. */
export const searchOptionsSchema = z.object({
  /** Side to search; default: the query's language (any Han character makes it Chinese). */
  language: languageSchema.optional(),
  /** Only beads of this section or its subsections (`4` finds 4.1 … 4.7). */
  section: z.string().min(1).optional(),
  /** Most hits returned, best first. Default 20. */
  limit: z.number().int().positive().default(20),
  /**
   * Terms whose other-language forms are searched too, on the other side, at half weight: with a
   * glossary that pairs "intellectual property rights" with 知识产权, "intellectual property" also finds
   * the beads whose Chinese says 知识产权 while the English says "IPR".
   */
  glossary: z.array(termEntrySchema).optional(),
})
export type SearchOptions = z.input<typeof searchOptionsSchema>

/** A bead that matched, with both sides, its score and where the query (or its translation) matched. */
export interface SearchHit {
  readonly bead: BeadView
  /** BM25 relevance from MiniSearch (word-form bonus included); only the order is meaningful. */
  readonly score: number
  /** The side the query was searched in. */
  readonly language: Language
  /** Where the query matched in `beadText(bead, language)`, in order. */
  readonly matches: readonly TextMatch[]
  /** Where the glossary's translations of the query matched on the other side, in order; empty without a glossary. */
  readonly counterpartMatches: readonly TextMatch[]
}

/** A bilingual full-text index over the beads of a corpus. */
export interface SearchIndex {
  /** Beads indexed. */
  readonly size: number
  /** The segmentation the index was built with (`auto` resolved). */
  readonly segmentation: ChineseSegmentation
  /** Head terms whose ranked hits were computed at build time (see `headTermBeads`). */
  readonly headTerms: number
  /** Beads matching every term of the query, best first; throws EmptyInputError for a blank query. */
  search(query: string, options?: SearchOptions): SearchHit[]
}

/**
 * Above this many Han characters `auto` segmentation indexes character pairs only: segmentit reads
 * about 80,000 characters a second, so 200,000 keep the build under three seconds.
 */
export const AUTO_WORDS_LIMIT = 200_000

/** Weight of hits found through a glossary translation of the query, against 1 for the query itself. */
const EXPANSION_WEIGHT = 0.5

const SEARCH_HINT = 'Pass `{ language, section, limit, glossary }`: language "zh" or "en", limit a positive integer.'

interface IndexedBead {
  readonly id: number
  readonly zh: string
  readonly en: string
}

/**
 * Indexes every bead of a corpus on both sides with MiniSearch (BM25): English by word form (lowercase,
 * plural folded, stop words dropped), Chinese by overlapping character pairs plus segmentit words.
 *
 * @example createSearchIndex(nirActionPlan).search('中小企业', { limit: 5 })
 */
export function createSearchIndex(corpus: Corpus, options?: SearchIndexOptions): SearchIndex {
  parseArgument(corpusArgumentSchema, corpus, 'corpus', CORPUS_HINT)
  const resolved = parseOptions(searchIndexOptionsSchema, options, 'Pass `{ segmentation: "words" | "pairs" | "auto", headTermBeads }`.')
  const beads = [...corpus.beads()]
  const segmentation = resolveSegmentation(resolved.segmentation, beads)
  const index = new MiniSearch<IndexedBead>({
    fields: ['zh', 'en'],
    tokenize: (text) => indexTerms(text, segmentation),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  })
  index.addAll(beads.map((bead, id) => ({ id, zh: beadTextUnchecked(bead, 'zh'), en: beadTextUnchecked(bead, 'en') })))
  const ranked: RankedSearch = { index, segmentation, headTerms: new Map() }
  rankHeadTerms(ranked, beads, resolved.headTermBeads)
  return {
    size: beads.length,
    segmentation,
    headTerms: ranked.headTerms.size,
    search: (query, searchOptions) => searchBeads(ranked, beads, query, searchOptions),
  }
}

/** The index, how it was built, and the ranked hits of its head terms by {@link headTermKey}. */
interface RankedSearch {
  readonly index: MiniSearch<IndexedBead>
  readonly segmentation: ChineseSegmentation
  readonly headTerms: Map<string, readonly RankedBead[]>
}

interface RankedBead {
  readonly id: number
  readonly score: number
}

function searchBeads(ranked: RankedSearch, beads: readonly BeadView[], query: string, options: SearchOptions | undefined): SearchHit[] {
  const resolved = parseOptions(searchOptionsSchema, options, SEARCH_HINT)
  parseArgument(textArgumentSchema, query, 'query', 'Give a word or phrase in Chinese or English.')
  if (query.trim() === '') throw new EmptyInputError('query', 'The search query is empty. Give a word or phrase in Chinese or English, e.g. 中小企业 or "intellectual property".')
  const language = resolved.language ?? detectQueryLanguage(query)
  const terms = parseQueryTerms(query)
  if (terms.han.length + terms.words.length === 0) return []
  const expansions = expansionsOf(resolved.glossary ?? [], query, language)
  const inSection = resolved.section === undefined ? undefined : sectionMatcher(resolved.section)
  const keep = inSection === undefined ? undefined : (id: number) => inSection(beads[id]!.section)
  return rankBeads(ranked, terms, language, expansions, keep)
    .slice(0, resolved.limit)
    .map(({ id, score }) => hitFor(beads[id]!, score, language, terms, expansions))
}

/**
 * Every bead matching the query (all its terms, or all of one of its glossary translations) that
 * `keep` keeps, best first. A head term's hits come ranked from the build; filtering them gives what
 * MiniSearch's filter would, as it too filters after scoring against the whole index.
 */
function rankBeads(
  { index, segmentation, headTerms }: RankedSearch,
  terms: QueryTerms,
  language: Language,
  expansions: readonly Expansion[],
  keep: ((id: number) => boolean) | undefined,
): readonly RankedBead[] {
  const head = expansions.length === 0 ? headTerms.get(headTermKey(terms, language)) : undefined
  if (head !== undefined) return keep === undefined ? head : head.filter(({ id }) => keep(id))
  const tree: Query = {
    combineWith: 'OR',
    queries: [fieldQuery(terms, language, 1), ...expansions.map(({ terms: other }) => fieldQuery(other, otherLanguage(language), EXPANSION_WEIGHT))],
  }
  const results = index.search(tree, keep === undefined ? {} : { filter: (result) => keep(result.id as number) })
  return rankWithBonus(index, results, terms, language, segmentation)
}

/** Beads a sampled bead stands for when head terms are looked for: about 250 samples reach the threshold. */
const SAMPLES_AT_THRESHOLD = 250

/**
 * Ranks the hits of every head term ahead. Candidates come from a sample of the beads (every k-th,
 * so that counting costs a fraction of the build), those sampled at least three quarters as often as
 * the threshold asks; a candidate becomes a head term when its full search finds at least that many
 * beads. A head term the sample misses only answers at the ordinary speed.
 */
function rankHeadTerms(ranked: RankedSearch, beads: readonly BeadView[], threshold: number): void {
  if (beads.length < threshold) return
  const stride = Math.max(1, Math.floor(threshold / SAMPLES_AT_THRESHOLD))
  for (const language of ['zh', 'en'] as const) {
    const counts = new Map<string, number>()
    for (let id = 0; id < beads.length; id += stride) {
      // Head terms are character pairs and English words, which `pairs` gives without running segmentit again.
      for (const term of new Set(indexTerms(beadTextUnchecked(beads[id]!, language), 'pairs'))) counts.set(term, (counts.get(term) ?? 0) + 1)
    }
    for (const [term, count] of counts) {
      const terms = count * stride >= 0.75 * threshold ? headTermQuery(term) : undefined
      if (terms === undefined) continue
      const hits = rankBeads(ranked, terms, language, [], undefined)
      if (hits.length >= threshold) ranked.headTerms.set(headTermKey(terms, language), hits)
    }
  }
}

/**
 * The query whose only required index term is `term`: a character pair asked as its two characters,
 * an English word form as itself. Lone characters (searched by prefix) and the longer words of the
 * `words` segmentation are left to the full search.
 */
function headTermQuery(term: string): QueryTerms | undefined {
  if (term.startsWith(HAN_TERM_MARK)) {
    const run = decodeHanTerm(term)
    return [...run].length === 2 ? { han: [run], words: [] } : undefined
  }
  const { words } = parseQueryTerms(term)
  return words.length === 1 && words[0] === term ? { han: [], words: [term] } : undefined
}

/** One key for the queries that ask the same of the index. */
function headTermKey(terms: QueryTerms, language: Language): string {
  return `${language}\u0000${terms.han.join('\u0001')}\u0000${terms.words.join('\u0001')}`
}

/** All of one query's terms in one field, weighted. */
function fieldQuery(terms: QueryTerms, language: Language, weight: number): Query {
  const required = requiredTerms(terms)
  return {
    combineWith: 'AND',
    fields: [language],
    boost: { [language]: weight },
    queries: required.map(({ term, prefix }) => ({ combineWith: 'OR', prefix, queries: [term] })),
  }
}

/** A glossary translation of the query: the form, and its terms as a query of their own. */
interface Expansion {
  readonly form: string
  readonly terms: QueryTerms
}

/** The other-language forms of the glossary entries the query names. */
function expansionsOf(glossary: readonly TermEntry[], query: string, language: Language): Expansion[] {
  const forms = findGlossaryEntriesUnchecked(glossary, query, language).flatMap((entry) => termFormsUnchecked(entry, otherLanguage(language)))
  return [...new Set(forms)]
    .map((form) => ({ form, terms: parseQueryTerms(form) }))
    .filter(({ terms }) => terms.han.length + terms.words.length > 0)
}

/**
 * The results best first, the scores of the query's whole Chinese words added to the hits that hold
 * them. Without such words MiniSearch's order stands: it sorts by score, stably, in index order among
 * equals, so re-sorting thousands of hits for a frequent term would only cost time.
 */
function rankWithBonus(
  index: MiniSearch<IndexedBead>,
  results: readonly SearchResult[],
  terms: QueryTerms,
  language: Language,
  segmentation: ChineseSegmentation,
): RankedBead[] {
  const words = rankingTerms(terms, segmentation)
  if (words.length === 0 || results.length === 0) return results.map((result) => ({ id: result.id as number, score: result.score }))
  const scores = new Map<number, number>(results.map((result) => [result.id as number, result.score]))
  const bonus = index.search({ combineWith: 'OR', queries: words }, { fields: [language], filter: (result) => scores.has(result.id as number) })
  for (const result of bonus) scores.set(result.id as number, (scores.get(result.id as number) ?? 0) + result.score)
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id)
}

function hitFor(bead: BeadView, score: number, language: Language, terms: QueryTerms, expansions: readonly Expansion[]): SearchHit {
  const matches = findMatches(beadTextUnchecked(bead, language), terms, language)
  if (expansions.length === 0) return { bead, score, language, matches, counterpartMatches: [] }
  const other = otherLanguage(language)
  const otherText = beadTextUnchecked(bead, other)
  const translated = expansions.flatMap(({ form }) =>
    findTermOccurrencesUnchecked(otherText, form, other).map(({ start, end }) => ({ language: other, start, end, text: otherText.slice(start, end) })),
  )
  return {
    bead,
    score,
    language,
    matches,
    counterpartMatches: mergeOverlaps(translated.sort((a, b) => a.start - b.start), otherText),
  }
}

/** Matches in order, overlapping ones (two forms of one term) merged, so highlights never nest. */
function mergeOverlaps(matches: readonly TextMatch[], text: string): TextMatch[] {
  const merged: TextMatch[] = []
  for (const match of matches) {
    const last = merged.at(-1)
    if (last !== undefined && match.start < last.end) {
      const end = Math.max(last.end, match.end)
      merged[merged.length - 1] = { ...last, end, text: text.slice(last.start, end) }
    } else {
      merged.push(match)
    }
  }
  return merged
}


function indexTerms(text: string, segmentation: ChineseSegmentation): string[] {
  const words = englishWordsUnchecked(text).map((word) => word.form).filter((form) => !searchStopWords.has(form))
  return /\p{Script=Han}/u.test(text) ? [...chineseSearchTerms(text, segmentation), ...words] : words
}

function resolveSegmentation(choice: ChineseSegmentation | 'auto', beads: readonly BeadView[]): ChineseSegmentation {
  if (choice !== 'auto') return choice
  let han = 0
  for (const bead of beads) for (const sentence of bead.zh) han += sentence.length
  return han <= AUTO_WORDS_LIMIT ? 'words' : 'pairs'
}
