import { CORPUS_HINT, corpusArgumentSchema, englishWords, glossaryEntrySchema, parseArgument, type Corpus, type GlossaryEntry } from '@duiqi/core'
import { z } from 'zod'
import { loadCedict } from '../lexicon/cedict.js'
import { findAcronymDefinitions, type AcronymDefinition } from './acronym-definitions.js'
import { createCedictCheck, noCedictCheck } from './cedict-confirmation.js'
import { chineseCandidates } from './chinese-candidates.js'
import { englishCandidates } from './english-candidates.js'
import { findChineseVariants, type VariantContext } from './find-variants.js'
import { pairTerms, type TermPair } from './pair-terms.js'
import { countTerms, sharedBeads, type TermStatistics } from './term-statistics.js'

/** Options of `extractTerminology`. */
export const extractTerminologyOptionsSchema = z.object({
  /** Fewest beads a pair must share unless CC-CEDICT confirms it. Default 2. */
  minFrequency: z.number().int().positive().default(2),
  /** Confirm pairs with CC-CEDICT (loaded on first use, about a second). Default true. */
  cedict: z.boolean().default(true),
  /** Candidates per language kept for pairing, most frequent first; bounds time on large corpora. Default 5,000. */
  maxCandidates: z.number().int().positive().default(5000),
  /** Most entries returned, best first. Default: all. */
  limit: z.number().int().positive().optional(),
})
export type ExtractTerminologyOptions = z.input<typeof extractTerminologyOptionsSchema>

/** Pseudo-observations a CC-CEDICT confirmation is worth when shrinking a rare pair's confidence. */
const CEDICT_EVIDENCE = 1

/**
 * Extracts a bilingual glossary from an aligned corpus: acronyms with their expansions ("intellectual
 * property rights (IPR)"), English phrases and nouns, and Chinese words and word runs, paired by
 * co-occurrence across beads (Dice, log-likelihood) and confirmed by CC-CEDICT where it can be. Each
 * entry has its frequency, bead ids and a confidence; entries come best first, ids `t1`, `t2`, ….
 *
 * @example extractTerminology(nirActionPlan).find((entry) => entry.en === 'SMEs')?.zh // '中小企业'
 */
export function extractTerminology(corpus: Corpus, options?: ExtractTerminologyOptions): GlossaryEntry[] {
  parseArgument(corpusArgumentSchema, corpus, 'corpus', CORPUS_HINT)
  const resolved = parseArgument(extractTerminologyOptionsSchema, options === undefined ? {} : options, 'options', 'Pass `{ minFrequency, cedict, maxCandidates, limit }`.')
  const beads = [...corpus.beads()].filter((bead) => bead.zh.length > 0 && bead.en.length > 0)
  const english = beads.map((bead) => bead.en.join(' '))
  const definitions = findAcronymDefinitions(english)
  const expansions = new Map([...definitions].map(([key, definition]) => [formSequence(definition.expansion), key]))
  const statistics = countTerms(
    beads.map((bead, index) => ({ english: englishCandidates(english[index]!, expansions), chinese: chineseCandidates(bead.zh.join('')) })),
    resolved.maxCandidates,
  )
  const check = resolved.cedict ? createCedictCheck(loadCedict()) : noCedictCheck
  const englishTexts = new Map<string, string>()
  const englishText = (key: string): string => {
    let text = englishTexts.get(key)
    if (text === undefined) englishTexts.set(key, (text = definitions.get(key)?.expansion ?? expandAcronyms(mostFrequentSurface(statistics, key), definitions)))
    return text
  }
  const pairs = pairTerms({ statistics, check, englishText, minFrequency: resolved.minFrequency })
  const taken = new Set(pairs.flatMap((pair) => [pair.en, pair.zh]))
  const variantContext: VariantContext = { statistics, check, englishText, minFrequency: resolved.minFrequency, taken }
  const beadIds = beads.map((bead) => bead.id)
  const entries = pairs
    .map((pair) => toEntry(pair, findChineseVariants(pair, variantContext), statistics, beadIds))
    .sort((a, b) => b.confidence - a.confidence || b.frequency - a.frequency || (a.en < b.en ? -1 : a.en > b.en ? 1 : 0))
    .slice(0, resolved.limit)
    .map((entry, rank) => ({ ...entry, id: `t${rank + 1}` }))
  return entries.map((entry) => glossaryEntrySchema.parse(entry))
}

/** The spelling of a key seen most often (the first among equals). */
function mostFrequentSurface(statistics: TermStatistics, key: string): string {
  let best = key
  let bestCount = 0
  for (const [surface, count] of statistics.surfaces.get(key) ?? []) {
    if (count > bestCount) [best, bestCount] = [surface, count]
  }
  return best
}

/** Defined acronyms inside a phrase written out ("IPR protection" → "intellectual property rights protection"). */
function expandAcronyms(text: string, definitions: ReadonlyMap<string, AcronymDefinition>): string {
  let expanded = text
  for (const word of englishWords(text).reverse()) {
    const definition = definitions.get(word.form)
    if (definition !== undefined) expanded = expanded.slice(0, word.start) + definition.expansion + expanded.slice(word.end)
  }
  return expanded
}

function toEntry(
  pair: TermPair,
  zhVariants: readonly string[],
  statistics: TermStatistics,
  beadIds: readonly string[],
): GlossaryEntry {
  const english = preferredSurface(statistics.surfaces.get(pair.en) ?? new Map())
  const shared = sharedBeads(statistics, pair.en, pair.zh)
  const evidence = pair.joint + (pair.cedict ? CEDICT_EVIDENCE : 0)
  return {
    id: '',
    en: english.preferred,
    zh: pair.zh,
    enVariants: english.variants,
    zhVariants: [...zhVariants],
    kind: statistics.kinds.get(pair.en) ?? 'word',
    frequency: pair.joint,
    enFrequency: pair.enCount,
    zhFrequency: pair.zhCount,
    beads: shared.map((index) => beadIds[index]!),
    dice: round(pair.dice),
    logLikelihood: round(pair.logLikelihood),
    cedict: pair.cedict,
    confidence: round(pair.dice * (evidence / (evidence + 1))),
  }
}

/**
 * How to write an English term: the spelling seen most often, lowercase where the term was ever
 * written lowercase (so a sentence-initial "Standards" reads "standards"); the other spellings with
 * other words are its variants (an acronym's expansion, "Intellectual property rights protection"
 * beside "IPR protection"), while case and plural differences are not.
 */
function preferredSurface(surfaces: ReadonlyMap<string, number>): { preferred: string; variants: string[] } {
  const bySpelling = new Map<string, { text: string; count: number }>()
  for (const [text, count] of surfaces) {
    const key = formSequence(text)
    const current = bySpelling.get(key)
    const lowerFirst = current === undefined || (text === text.toLowerCase() && current.text !== current.text.toLowerCase()) ? text : current.text
    bySpelling.set(key, { text: lowerFirst, count: (current?.count ?? 0) + count })
  }
  const [first, ...others] = [...bySpelling.values()].sort((a, b) => b.count - a.count)
  return { preferred: first?.text ?? '', variants: others.map((other) => other.text) }
}

/** Search forms of a text's words: equal for spellings that differ only in case and plural. */
function formSequence(text: string): string {
  return englishWords(text).map((word) => word.form).join(' ')
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
