import { z } from 'zod'
import type { BeadView, Corpus } from '../corpus/corpus.js'
import { EmptyInputError } from '../errors.js'
import { languageSchema, type Language } from '../model/schemas.js'
import { beadTextUnchecked, otherLanguage } from './bead-text.js'
import { findTermOccurrencesUnchecked } from './find-term.js'
import { textMatchSchema, type TextMatch } from './find-matches.js'
import { findGlossaryEntriesUnchecked, termEntrySchema, termFormsUnchecked } from './glossary-entry.js'
import { parseOptions } from './parse-options.js'
import { detectQueryLanguage } from './query-language.js'
import { sectionMatcher } from './section-matcher.js'
import { parseArgument } from '../parse-argument.js'
import { CORPUS_HINT, corpusArgumentSchema, textArgumentSchema } from '../model/argument-schemas.js'

/** Options of `concordance`. */
export const concordanceOptionsSchema = z.object({
  /** Language of the term; default: detected (any Han character makes it Chinese). */
  language: languageSchema.optional(),
  /** Characters of context on each side; default 40 for English, 20 for Chinese (a Han character is two columns). */
  width: z.number().int().nonnegative().optional(),
  /** Only beads of this section or its subsections. */
  section: z.string().min(1).optional(),
  /** Order of the lines: `document` (default), or alphabetical by the `right` or the reversed `left` context. */
  sort: z.enum(['document', 'right', 'left']).default('document'),
  /** A glossary, to highlight the term's counterpart in the aligned text. */
  glossary: z.array(termEntrySchema).optional(),
})
export type ConcordanceOptions = z.input<typeof concordanceOptionsSchema>

/** One keyword-in-context line: an occurrence of the term with its context and the aligned text. */
export const concordanceLineSchema = z.object({
  /** Bead id (`b41`). */
  bead: z.string(),
  section: z.string(),
  language: languageSchema,
  left: z.string(),
  match: z.string(),
  right: z.string(),
  /** Offsets of the match in `beadText(bead, language)`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The bead's other side, whole. */
  counterpart: z.string(),
  /** Where the glossary's renderings of the term stand in `counterpart`; empty when it knows none or none occurs. */
  counterpartMatches: z.array(textMatchSchema),
})
export type ConcordanceLine = z.infer<typeof concordanceLineSchema>

const DEFAULT_WIDTH: Readonly<Record<Language, number>> = { en: 40, zh: 20 }

/**
 * A keyword-in-context concordance of a word or phrase over the beads of a corpus: each occurrence
 * with its left and right context and the aligned translation, the counterpart term highlighted when
 * the glossary knows it. English matches whole words, ignoring case and plural; Chinese matches verbatim.
 *
 * @example concordance(nirActionPlan, 'SMEs', { glossary })[0].counterpartMatches[0].text // '中小企业'
 */
export function concordance(corpus: Corpus, term: string, options?: ConcordanceOptions): ConcordanceLine[] {
  parseArgument(corpusArgumentSchema, corpus, 'corpus', CORPUS_HINT)
  parseArgument(textArgumentSchema, term, 'term', 'Give a word or phrase, e.g. SMEs or 知识产权.')
  const resolved = parseOptions(concordanceOptionsSchema, options, 'Pass `{ language, width, section, sort, glossary }`.')
  if (term.trim() === '') throw new EmptyInputError('term', 'The concordance term is empty. Give a word or phrase, e.g. SMEs or 知识产权.')
  const language = resolved.language ?? detectQueryLanguage(term)
  const width = resolved.width ?? DEFAULT_WIDTH[language]
  const renderings = findGlossaryEntriesUnchecked(resolved.glossary ?? [], term, language).flatMap((entry) => termFormsUnchecked(entry, otherLanguage(language)))
  const inSection = resolved.section === undefined ? undefined : sectionMatcher(resolved.section)
  const lines: ConcordanceLine[] = []
  for (const bead of corpus.beads()) {
    if (inSection !== undefined && !inSection(bead.section)) continue
    lines.push(...beadLines(bead, term, language, width, renderings))
  }
  return sortLines(lines, resolved.sort)
}

function beadLines(bead: BeadView, term: string, language: Language, width: number, renderings: readonly string[]): ConcordanceLine[] {
  const text = beadTextUnchecked(bead, language)
  const occurrences = findTermOccurrencesUnchecked(text, term, language)
  if (occurrences.length === 0) return []
  const other = otherLanguage(language)
  const counterpart = beadTextUnchecked(bead, other)
  const counterpartMatches = findRenderings(counterpart, renderings, other)
  return occurrences.map(({ start, end }) => ({
    bead: bead.id,
    section: bead.section,
    language,
    left: oneLine(text.slice(Math.max(0, start - width), start)),
    match: text.slice(start, end),
    right: oneLine(text.slice(end, end + width)),
    start,
    end,
    counterpart,
    counterpartMatches,
  }))
}

/** Occurrences of any rendering, longest first where two overlap. */
function findRenderings(text: string, renderings: readonly string[], language: Language): TextMatch[] {
  const byLength = [...new Set(renderings)].sort((a, b) => b.length - a.length)
  const taken = new Uint8Array(text.length)
  const matches: TextMatch[] = []
  for (const rendering of byLength) {
    for (const { start, end } of findTermOccurrencesUnchecked(text, rendering, language)) {
      if (taken.subarray(start, end).some((flag) => flag === 1)) continue
      taken.fill(1, start, end)
      matches.push({ language, start, end, text: text.slice(start, end) })
    }
  }
  return matches.sort((a, b) => a.start - b.start)
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ')
}

function sortLines(lines: ConcordanceLine[], sort: 'document' | 'right' | 'left'): ConcordanceLine[] {
  if (sort === 'document') return lines
  const key = (line: ConcordanceLine): string => (sort === 'right' ? line.right.toLowerCase() : [...line.left.toLowerCase()].reverse().join(''))
  return lines
    .map((line, order) => ({ line, order, key: key(line) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order))
    .map(({ line }) => line)
}
