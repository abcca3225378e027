import {
  clausePieces,
  collectSentences,
  cutDocumentSentences,
  documentSchema,
  sentenceText,
  parseArgument,
  type AlignedCorpus,
  type AlignedSection,
  type Bead,
  type CorpusBead,
  type Document,
  type PartKind,
  type Sentence,
  type Span,
} from '@duiqi/core'
import { assertAlignment } from '../common/assert-alignment.js'
import { outOfRange } from '../common/range-checks.js'
import { LONGEST_BEAD_SIDE } from '../common/search-basics.js'
import { similarityOfComponents } from '../score/bead-model.js'
import { z } from 'zod'
import { alignSentencesOptionsSchema, DEFAULT_SENTENCE_OPTIONS, type ResolvedAlignSentencesOptions } from '../sentences/align-options.js'
import { alignAndCutSentences, alignCheckedSentences, type OfferedPieces } from '../sentences/align-sentences.js'
import { createProgressReporter, type ProgressReporter } from '../sentences/report-progress.js'
import { alignPartSentences, PARTS_PER_SENTENCE, type SideCuts, type TextAligner } from './align-part-sentences.js'
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
  /**
   * Let the sentence aligner cut a sentence of running text at a clause mark where the translation fits
   * the parts better (see `AlignOptions.cutSentences`). Default true.
   */
  cutSentences: z.boolean().default(true),
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
  // The pieces offered for cutting, by document index: the cuts the aligner makes are read back from them.
  const offered = { source: new Map<number, Span[]>(), target: new Map<number, Span[]>() }
  const align = documentAligner(scoringOptions, progress, options.cutSentences === false ? undefined : { source, target, offered })
  const cuts = { source: new Map<number, readonly number[]>(), target: new Map<number, readonly number[]>() }
  const pending: PendingSection[] = matches.map((match, index) => ({
    match,
    heading: headingBead(match, headingScores[index] ?? 0),
    parts: alignParts(match.source, match.target).map((pair) => {
      const aligned = alignPartSentences(pair, align)
      addCuts(cuts, aligned.cuts)
      return { kind: pair.kind, beads: aligned.beads }
    }),
  }))
  progress.finish()
  const cutSource = cutDocumentSentences(source, cutOffsets(offered.source, cuts.source))
  const cutTarget = cutDocumentSentences(target, cutOffsets(offered.target, cuts.target))
  const sections = numberBeads(pending, (bead) => ({ ...bead, source: bead.source.map((place) => indexOfPlace(cutSource.firstIndex, place)), target: bead.target.map((place) => indexOfPlace(cutTarget.firstIndex, place)) }))
  const beads = sections.flatMap((section) => [...(section.heading === undefined ? [] : [section.heading]), ...section.parts.flatMap((part) => part.beads)])
  assertAlignment(beads, collectSentences(cutSource.document).length, collectSentences(cutTarget.document).length, 'document alignment')
  return {
    type: 'aligned-corpus',
    id: options.id ?? `${source.id}--${target.id}`,
    title: options.title ?? source.title,
    source: cutSource.document,
    target: cutTarget.document,
    sections,
  }
}

function addCuts(into: { source: Map<number, readonly number[]>; target: Map<number, readonly number[]> }, cuts: SideCuts): void {
  for (const [index, counts] of cuts.source) into.source.set(index, counts)
  for (const [index, counts] of cuts.target) into.target.set(index, counts)
}

/** The document index, after the cuts, of a place in a part pair's beads: a sentence's index, or a part's (index + part / 8). */
function indexOfPlace(firstIndex: Int32Array, place: number): number {
  const sentence = Math.floor(place)
  return firstIndex[sentence]! + Math.round((place - sentence) * PARTS_PER_SENTENCE)
}

/** Where the later parts of each cut sentence start in the source: the start of the piece each part opens with. */
function cutOffsets(offered: ReadonlyMap<number, readonly Span[]>, cuts: ReadonlyMap<number, readonly number[]>): Map<number, number[]> {
  const offsets = new Map<number, number[]>()
  for (const [index, counts] of cuts) {
    const pieces = offered.get(index) ?? []
    const starts: number[] = []
    let piece = 0
    for (const count of counts.slice(0, -1)) starts.push((pieces[(piece += count)] ?? outOfRange(pieces, piece)).start)
    offsets.set(index, starts)
  }
  return offsets
}

/**
 * The pieces a sentence of running text may be cut into, or `undefined`: headings and labels are not
 * cut, nor a sentence whose text is not its span read plainly (a span with a footnote taken out of it).
 */
function offeredPieces(document: Document, sentence: Sentence): Span[] | undefined {
  if (sentence.kind !== 'text' || sentenceText(document.text.slice(sentence.start, sentence.end)) !== sentence.text) return undefined
  const pieces = fewestPieces(clausePieces(document.text, sentence, document.language))
  return pieces.length > 1 ? pieces : undefined
}

/**
 * A sentence's pieces, at most as many as a bead side holds ({@link LONGEST_BEAD_SIDE}): the two
 * neighbours that are shortest together are joined until they fit (a chant of short dashed cries
 * stays one piece, the long clause after it another). A sentence of more than {@link MOST_CLAUSES}
 * clauses is a list or a table, not a sentence to cut: it keeps one piece.
 */
function fewestPieces(pieces: Span[]): Span[] {
  if (pieces.length > MOST_CLAUSES) return [{ start: pieces[0]!.start, end: pieces.at(-1)!.end }]
  const joined = [...pieces]
  while (joined.length > LONGEST_BEAD_SIDE) {
    let best = 0
    for (let at = 1; at + 1 < joined.length; at++) if (joined[at + 1]!.end - joined[at]!.start < joined[best + 1]!.end - joined[best]!.start) best = at
    joined.splice(best, 2, { start: joined[best]!.start, end: joined[best + 1]!.end })
  }
  return joined
}

/** More clauses than this in one sentence: a list or a table, offered no cut (and the joining above stays cheap). */
const MOST_CLAUSES = 40

/** The documents whose sentences are offered for cutting, and where the pieces offered are recorded. */
interface CutSources {
  readonly source: Document
  readonly target: Document
  readonly offered: { readonly source: Map<number, Span[]>; readonly target: Map<number, Span[]> }
}

/**
 * The sentence aligner of every part, each part reporting its stretch of the document's source
 * sentences; given the documents, it offers the pieces of their sentences for cutting.
 */
function documentAligner(rest: ResolvedAlignSentencesOptions, progress: ProgressReporter, documents: CutSources | undefined): TextAligner {
  let finished = 0
  return (source, target, paragraphEnds) => {
    const pieces: OfferedPieces | undefined =
      documents === undefined
        ? undefined
        : { source: source.map(offer(documents.source, documents.offered.source)), target: target.map(offer(documents.target, documents.offered.target)) }
    const aligned = alignAndCutSentences(source.map((sentence) => sentence.text), target.map((sentence) => sentence.text), rest, progress.part(finished, source.length), paragraphEnds, pieces)
    finished += source.length
    return aligned
  }
}

/** The texts of a sentence's pieces, its spans recorded by document index; `undefined` for a sentence offered none. */
function offer(document: Document, offered: Map<number, Span[]>) {
  return (sentence: Sentence): string[] | undefined => {
    const pieces = offeredPieces(document, sentence)
    if (pieces === undefined) return undefined
    offered.set(sentence.index, pieces)
    return pieces.map((piece) => sentenceText(document.text.slice(piece.start, piece.end)))
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

function numberBeads(pending: readonly PendingSection[], renumber: (bead: Bead) => Bead): AlignedSection[] {
  let next = 0
  const withId = (bead: Bead): CorpusBead => ({ id: `b${next++}`, ...roundBead(renumber(bead)) })
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
