import {
  collectSentences,
  documentSchema,
  parseArgument,
  type AlignedCorpus,
  type AlignedSection,
  type Bead,
  type CorpusBead,
  type Document,
  type PartKind,
} from '@duiqi/core'
import { assertAlignment } from '../common/assert-alignment.js'
import { similarityOfComponents } from '../score/bead-model.js'
import { z } from 'zod'
import { alignSentencesOptionsSchema, DEFAULT_SENTENCE_OPTIONS, type ResolvedAlignSentencesOptions } from '../sentences/align-options.js'
import { alignCheckedSentences } from '../sentences/align-sentences.js'
import { createProgressReporter, type ProgressReporter } from '../sentences/report-progress.js'
import { alignPartSentences, type TextAligner } from './align-part-sentences.js'
import { alignParts } from './align-parts.js'
import { alignSections, alignSectionsOptionsSchema, type HeadingSimilarity, type SectionMatch } from './align-sections.js'
import { headingPosteriors } from './heading-posteriors.js'

/** Options of `alignDocuments`; every field is optional. */
export const alignDocumentsOptionsSchema = z.object({
  /** Corpus id; defaults to `${source.id}--${target.id}`. */
  id: z.string().min(1).optional(),
  /** Corpus title; defaults to the source document's title. */
  title: z.string().optional(),
  /** Similarity of two headings for section matching; defaults to the sentence aligner's score of the pair. */
  headingSimilarity: alignSectionsOptionsSchema.shape.headingSimilarity,
  /** Passed on to the sentence aligner of each part. */
  sentences: alignSentencesOptionsSchema.optional(),
})
export type AlignDocumentsOptions = z.input<typeof alignDocumentsOptionsSchema>
export type ResolvedAlignDocumentsOptions = z.output<typeof alignDocumentsOptionsSchema>

const DOCUMENT_HINT = 'Pass a document made by a reader (`readPlainText`, `readEnglishOutline`, …).'

interface PendingSection {
  readonly match: SectionMatch
  readonly heading: Bead | undefined
  readonly parts: ReadonlyArray<{ readonly kind: PartKind; readonly beads: readonly Bead[] }>
}

/**
 * Aligns two documents structure first: sections (numbering, order, headings), then parts
 * (Background/Objective/Actions ↔ 背景/目标/行动), then sentences inside each part pair. Every sentence
 * of both documents lands in exactly one bead; bead ids run `b0`, `b1`, … in document order.
 */
export function alignDocuments(source: Document, target: Document, given: AlignDocumentsOptions = {}): AlignedCorpus {
  parseArgument(documentSchema, source, 'source', DOCUMENT_HINT)
  parseArgument(documentSchema, target, 'target', DOCUMENT_HINT)
  return alignCheckedDocuments(source, target, parseArgument(alignDocumentsOptionsSchema, given, 'options'))
}

/** {@link alignDocuments} on documents already checked (read by duiqi's own readers), with options resolved. */
export function alignCheckedDocuments(source: Document, target: Document, options: ResolvedAlignDocumentsOptions): AlignedCorpus {
  // The documents know their languages: the sentence aligner need not guess them again for every part.
  const { onProgress, ...given } = options.sentences ?? DEFAULT_SENTENCE_OPTIONS
  const scoringOptions: ResolvedAlignSentencesOptions = { ...given, sourceLanguage: given.sourceLanguage ?? source.language }
  const sourceCount = collectSentences(source).length
  const matches = alignSections(source.children, target.children, {
    headingSimilarity: options.headingSimilarity ?? ((a, b) => lexicalSimilarity(a, b, scoringOptions)),
  })
  const headingScores = headingPosteriors(source.children, target.children, matches, scoringOptions)
  const progress = createProgressReporter(sourceCount, onProgress)
  const align = documentAligner(scoringOptions, progress)
  const pending: PendingSection[] = matches.map((match, index) => ({
    match,
    heading: headingBead(match, headingScores[index] ?? 0),
    parts: alignParts(match.source, match.target).map((pair) => ({
      kind: pair.kind,
      beads: alignPartSentences(pair, align),
    })),
  }))
  progress.finish()
  const sections = numberBeads(pending)
  const beads = sections.flatMap((section) => [...(section.heading === undefined ? [] : [section.heading]), ...section.parts.flatMap((part) => part.beads)])
  assertAlignment(beads, sourceCount, collectSentences(target).length, 'document alignment')
  return {
    type: 'aligned-corpus',
    id: options.id ?? `${source.id}--${target.id}`,
    title: options.title ?? source.title,
    source,
    target,
    sections,
  }
}

/** The sentence aligner of every part, each part reporting its stretch of the document's source sentences. */
function documentAligner(rest: ResolvedAlignSentencesOptions, progress: ProgressReporter): TextAligner {
  let finished = 0
  return (source, target, paragraphEnds) => {
    const beads = alignCheckedSentences(source, target, rest, progress.part(finished, source.length), paragraphEnds)
    finished += source.length
    return beads
  }
}

/**
 * How well two headings translate each other: the similarity of the components the sentence aligner
 * gives them as one bead (a lone bead's own score says only that there was nothing else to choose).
 */
function lexicalSimilarity(source: string, target: string, options: ResolvedAlignSentencesOptions): number {
  const [bead] = alignCheckedSentences([source], [target], options)
  const matched = bead !== undefined && bead.source.length === 1 && bead.target.length === 1
  return matched ? similarityOfComponents(bead.components ?? {}, options.scorers) : 0
}

/** The heading bead of a match, scored by {@link headingPosteriors} like a sentence bead. */
function headingBead(match: SectionMatch, score: number): Bead | undefined {
  const source = match.source?.heading
  const target = match.target?.heading
  if (source === undefined && target === undefined) return undefined
  return {
    source: source === undefined ? [] : [source.index],
    target: target === undefined ? [] : [target.index],
    score,
  }
}

function numberBeads(pending: readonly PendingSection[]): AlignedSection[] {
  let next = 0
  const withId = (bead: Bead): CorpusBead => ({ id: `b${next++}`, ...roundBead(bead) })
  return pending.map(({ match, heading, parts }) => {
    const section: AlignedSection = {
      id: match.source?.id ?? match.target?.id ?? 'body',
      score: roundScore(match.score),
      parts: [],
    }
    if (match.source !== undefined) section.source = match.source.id
    if (match.target !== undefined) section.target = match.target.id
    if (heading !== undefined) section.heading = withId(heading)
    section.parts = parts.map((part) => ({ kind: part.kind, beads: part.beads.map(withId) }))
    return section
  })
}

function roundBead(bead: Bead): Bead {
  const rounded: Bead = { source: bead.source, target: bead.target, score: roundScore(bead.score) }
  if (bead.components !== undefined) {
    rounded.components = Object.fromEntries(Object.entries(bead.components).map(([name, value]) => [name, roundScore(value)]))
  }
  return rounded
}

/** Scores are stored with 4 decimals: enough to rank, and stable across platforms. */
export function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10_000) / 10_000
}
