import { parseArgument, type Bead } from '@duiqi/core'
import { z } from 'zod'
import {
  alignSentencesOptionsSchema,
  type AlignSentencesOptions,
  type ResolvedAlignSentencesOptions,
} from './align-options.js'
import { createAlignmentContext, type AlignmentContext, type ZhEn } from './alignment-context.js'
import { priorModels, refineModels, type AlignmentModels } from './alignment-models.js'
import { searchBand, searchBandWithConfidence, type BeadValue, type PathBead } from './banded-dynamic-program.js'
import {
  FIRST_PASS_SHAPES,
  SECOND_PASS_SHAPES,
  estimateShapeLogProbabilities,
  priorShapeLogProbabilities,
  type BeadShape,
} from './bead-shapes.js'
import { assertAlignment } from '../common/assert-alignment.js'
import type { ExtraScorer } from '../score/bead-model.js'
import { range } from '../common/search-basics.js'
import { detectSourceLanguage } from './detect-chinese-side.js'
import { findAnchors } from './find-anchors.js'
import { createProgressReporter, type ProgressReporter } from './report-progress.js'
import { cutSentences, cutSide, type Cuts, type SentenceParts, type SentencePieces } from './cut-sentences.js'
import {
  bandAround,
  centerThrough,
  distanceToPoints,
  pathCenter,
  type PathPoint,
  type SearchBand,
} from './search-band.js'

export type { AlignSentencesOptions } from './align-options.js'

/** Per source and target sentence, 1 where it ends a paragraph of running text: a break on both sides is evidence of a bead boundary. */
export interface ParagraphEnds {
  readonly source: Uint8Array
  readonly target: Uint8Array
}

/** Per source and target sentence, the pieces it may be cut into (see {@link cutSentences}). */
export interface OfferedPieces {
  readonly source: SentencePieces
  readonly target: SentencePieces
}

/**
 * An alignment that may have cut sentences: its beads index the sentences after the cuts (each cut
 * sentence replaced by its parts, in order), and `parts` says, per given sentence of each side, how many
 * of its pieces each part holds (`undefined`: left whole).
 */
export interface CutAlignment {
  readonly beads: Bead[]
  readonly parts: { readonly source: SentenceParts; readonly target: SentenceParts }
}

/** Half-width of the first search band at an anchor, in sentences. */
const ANCHORED_WIDTH = 12

/** The band widens by this many sentences per sentence of distance from the nearest anchor. */
const GAP_WIDENING = 0.5

/** The widest the first band gets: more than any drift between anchors seen in a chapter. */
const MAX_FIRST_PASS_WIDTH = 60

/** Half-width of the second search band around the first path: the first path is rarely off by more. */
const SECOND_PASS_WIDTH = 8

/**
 * Shares of the time spent when each search starts and ends, for progress reports: on the Bible,
 * reading the sentences takes about 40 %, the first search 20 %, re-estimating the models 25 % and
 * the second search 15 %.
 */
const FIRST_PASS_SPAN = [0.4, 0.6] as const
const SECOND_PASS_SPAN = [0.85, 1] as const

/**
 * Aligns Chinese and English sentences (either side may be the Chinese one): returns monotone beads
 * that cover every sentence exactly once, each with a `score` in [0, 1] and its named `components`
 * (`length`, `lexicon`, `anchors`, and any `options.scorers`), so weak beads can be reviewed first.
 *
 * Two searches. The first runs in a band around a line through lexical anchors (sentence pairs that
 * share rare translations; strays off the line their neighbours agree on are dropped) with beads of up
 * to three sentences a side; from its path the length model, the frequency of each bead shape, word
 * pairs and names learnt from the pair itself, each word's recall, how rarely its bead ends fall
 * inside a quotation on one side only, and how closely matched words keep their relative places
 * inside a bead (word order) are estimated. The second runs close to the first path, with
 * beads of up to four sentences a side (and one against five or six). Time and memory grow linearly with the number of sentences.
 *
 * @param source Sentences of the source text, in order.
 * @param target Sentences of the translation, in order.
 * @param options See {@link AlignSentencesOptions}.
 * @throws {InvalidInputError} when an argument is not an array of strings or an option is invalid.
 * @throws {LanguageMismatchError} when both sides are clearly in one language and `sourceLanguage` is not given.
 * @example alignSentences(['你好。'], ['Hello.']) // [{ source: [0], target: [0], score: …, components: {…} }]
 */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignSentencesOptions = {},
): Bead[] {
  parseArgument(sentencesSchema, source, 'source', SENTENCES_HINT)
  parseArgument(sentencesSchema, target, 'target', SENTENCES_HINT)
  return alignCheckedSentences(source, target, parseArgument(alignSentencesOptionsSchema, options, 'options'))
}

/**
 * {@link alignSentences} on arguments already checked, with options resolved: for the aligner's own
 * calls, which pass the stretch of their own progress reporter that these sentences take.
 */
export function alignCheckedSentences(
  source: readonly string[],
  target: readonly string[],
  resolved: ResolvedAlignSentencesOptions,
  progress: ProgressReporter = createProgressReporter(source.length, resolved.onProgress),
  paragraphEnds?: ParagraphEnds,
): Bead[] {
  return alignAndCutSentences(source, target, resolved, progress, paragraphEnds).beads
}

/**
 * {@link alignCheckedSentences}, offered the pieces each sentence may be cut into: a bead of several
 * sentences is cut where the translation fits its pieces better (see {@link cutSentences}).
 */
export function alignAndCutSentences(
  source: readonly string[],
  target: readonly string[],
  resolved: ResolvedAlignSentencesOptions,
  progress: ProgressReporter = createProgressReporter(source.length, resolved.onProgress),
  paragraphEnds?: ParagraphEnds,
  pieces?: OfferedPieces,
): CutAlignment {
  const empty = source.length === 0 || target.length === 0
  const uncut = { source: uncutParts(source.length), target: uncutParts(target.length) }
  const aligned = empty ? { beads: unmatchedBeads(source.length, target.length), parts: uncut } : search(source, target, resolved, progress, paragraphEnds, pieces)
  progress.finish()
  const count = (parts: SentenceParts) => parts.reduce((sum, part) => sum + (part?.length ?? 1), 0)
  assertAlignment(aligned.beads, count(aligned.parts.source), count(aligned.parts.target), 'sentence alignment')
  return aligned
}

/**
 * The one place orientation is handled: the search runs with Chinese sentences as rows and English as
 * columns, whichever side the caller gave as the source, and its beads are turned back here.
 */
function search(source: readonly string[], target: readonly string[], options: ResolvedAlignSentencesOptions, progress: ProgressReporter, paragraphEnds: ParagraphEnds | undefined, pieces: OfferedPieces | undefined): CutAlignment {
  const zhIsSource = (options.sourceLanguage ?? detectSourceLanguage(source, target)) === 'zh'
  const scorers = zhIsSource ? options.scorers : options.scorers.map((scorer) => ({ ...scorer, score: (zh: readonly number[], en: readonly number[]) => scorer.score(en, zh) }))
  const frame = <T>(pair: { readonly source: T; readonly target: T }): ZhEn<T> => (zhIsSource ? { zh: pair.source, en: pair.target } : { zh: pair.target, en: pair.source })
  const given = { scorers, progress, paragraphEnds: paragraphEnds === undefined ? undefined : frame(paragraphEnds), pieces: pieces === undefined ? undefined : frame(pieces) }
  const { beads, parts } = zhIsSource ? searchZhEn(source, target, options, given) : searchZhEn(target, source, options, given)
  if (zhIsSource) return { beads, parts: { source: parts.zh, target: parts.en } }
  return { beads: beads.map((bead) => ({ ...bead, source: bead.target, target: bead.source })), parts: { source: parts.en, target: parts.zh } }
}

/** What the searches are given besides the sentences and options, in the search's frame. */
interface SearchInputs {
  readonly scorers: readonly ExtraScorer[]
  readonly progress: ProgressReporter
  readonly paragraphEnds: ZhEn<Uint8Array> | undefined
  readonly pieces: ZhEn<SentencePieces> | undefined
}

/** The two searches: anchored and wide with the prior models, then narrow with the refined ones, which also weighs each bead's confidence. */
function searchZhEn(zh: readonly string[], en: readonly string[], options: ResolvedAlignSentencesOptions, inputs: SearchInputs): { beads: Bead[]; parts: ZhEn<SentenceParts> } {
  const { progress, paragraphEnds } = inputs
  const context = createAlignmentContext(zh, en, options, inputs.scorers, paragraphEnds)
  const prior = priorModels(context)
  const firstPriors = priorShapeLogProbabilities(FIRST_PASS_SHAPES)
  const rows = zh.length + 1
  const firstBand = anchoredBand(context, prior)
  prior.beads.useBand(firstBand)
  const firstPath = searchBand(firstBand, FIRST_PASS_SHAPES, beadValue(prior, FIRST_PASS_SHAPES, firstPriors), progress.during(...FIRST_PASS_SPAN, rows))
  const refined = refineModels(context, prior, firstPath)
  const secondBand = bandAround(pathCenter(firstPath, zh.length), en.length, SECOND_PASS_WIDTH)
  const secondPriors = estimateShapeLogProbabilities(SECOND_PASS_SHAPES, firstPath, FIRST_PASS_SHAPES)
  refined.beads.useBand(secondBand)
  const { path, confidence } = searchBandWithConfidence(
    secondBand,
    SECOND_PASS_SHAPES,
    beadValue(refined, SECOND_PASS_SHAPES, secondPriors),
    progress.during(...SECOND_PASS_SPAN, rows),
  )
  if (inputs.pieces === undefined) return { beads: path.map((bead, index) => toBead(bead, confidence[index] ?? 0, refined)), parts: { zh: uncutParts(zh.length), en: uncutParts(en.length) } }
  return cutPath(path, confidence, refined, cutSentences({ zh, en }, inputs.pieces, path, { options, paragraphEnds }))
}

/** The parts of sentences none of which was cut. */
function uncutParts(count: number): SentenceParts {
  return Array.from({ length: count }, () => undefined)
}

/** The beads of a path with the beads the second look cut replaced by their pieces, in the new sentence order. */
function cutPath(path: readonly PathBead[], confidence: Float64Array, models: AlignmentModels, cuts: Cuts): { beads: Bead[]; parts: ZhEn<SentenceParts> } {
  const zh = cutSide(cuts.units.zh, cuts.beads, 'zh')
  const en = cutSide(cuts.units.en, cuts.beads, 'en')
  const beads = path.flatMap((bead, index): Bead[] => {
    const parent = confidence[index] ?? 0
    const cut = cuts.beads.get(index)
    if (cut === undefined) {
      const whole = toBead(bead, parent, models)
      return [{ ...whole, source: newRange(zh.ofSentence, bead.zhStart, bead.zhCount), target: newRange(en.ofSentence, bead.enStart, bead.enCount) }]
    }
    return cut.map((piece) => ({
      source: range(zh.ofUnit[piece.zhStart]!, zh.ofUnit[piece.zhStart + piece.zhCount - 1]! + 1 - zh.ofUnit[piece.zhStart]!),
      target: range(en.ofUnit[piece.enStart]!, en.ofUnit[piece.enStart + piece.enCount - 1]! + 1 - en.ofUnit[piece.enStart]!),
      score: parent * piece.share,
      components: piece.components,
    }))
  })
  return { beads, parts: { zh: zh.parts, en: en.parts } }
}

/** The new indices of sentences `start`…`start + count − 1`, each cut one's parts included. */
function newRange(ofSentence: Int32Array, start: number, count: number): number[] {
  return range(ofSentence[start]!, ofSentence[start + count]! - ofSentence[start]!)
}

/** The first search band: around a line through lexical anchors, wider far from them. */
function anchoredBand(context: AlignmentContext, models: AlignmentModels): SearchBand {
  const anchors = context.options.lexicon ? findAnchors(context.features, models.lexicon) : []
  const points = anchors.map(({ zh, en }): PathPoint => [zh, en])
  const center = centerThrough(points, context.features.zh.lengths, context.enCount)
  const widths = Float64Array.from(distanceToPoints(points, context.zhCount), (distance) =>
    Math.min(MAX_FIRST_PASS_WIDTH, ANCHORED_WIDTH + GAP_WIDENING * distance),
  )
  return bandAround(center, context.enCount, widths)
}

/**
 * The value of a bead in a search: its shape's log-prior, the evidence of a bead boundary at its end
 * and, unless a side is empty, the evidence of the bead model. The model prepares with `useBand` first.
 */
function beadValue(models: AlignmentModels, shapes: readonly BeadShape[], logPriors: Float64Array): BeadValue {
  return (shape, zhStart, enStart) => {
    const { zh, en } = shapes[shape] as BeadShape
    const prior = (logPriors[shape] ?? Number.NEGATIVE_INFINITY) + models.boundary(zhStart + zh - 1, enStart + en - 1)
    if (zh === 0 || en === 0) return prior
    return prior + models.beads.evidence(zhStart, zh, enStart, en)
  }
}

/** A side of `alignSentences`: sentence strings, without holes. */
const sentencesSchema = z.array(z.string())
const SENTENCES_HINT = 'Split the text into sentences first (one string per sentence).'

function unmatchedBeads(zhCount: number, enCount: number): Bead[] {
  const beads: Bead[] = []
  for (let index = 0; index < zhCount; index++) beads.push({ source: [index], target: [], score: 0, components: {} })
  for (let index = 0; index < enCount; index++) beads.push({ source: [], target: [index], score: 0, components: {} })
  return beads
}

function toBead(bead: PathBead, confidence: number, models: AlignmentModels): Bead {
  const source = range(bead.zhStart, bead.zhCount)
  const target = range(bead.enStart, bead.enCount)
  if (source.length === 0 || target.length === 0) return { source, target, score: confidence, components: {} }
  return { source, target, score: confidence, components: models.beads.components(bead.zhStart, bead.zhCount, bead.enStart, bead.enCount) }
}
