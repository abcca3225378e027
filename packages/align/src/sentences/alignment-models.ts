import { estimateRecall } from '../score/estimate-recall.js'
import { learnTranslations, type LexiconBead } from '../score/learn-lexicon.js'
import { learnNames } from '../score/learn-names.js'
import type { PairFeatures } from '../score/sentence-features.js'
import { createBeadModel, type BeadModel } from '../score/bead-model.js'
import { estimateAgreementModel, estimateBoundaryModel } from '../score/boundary-model.js'
import { createLexicalEvidence, createWordMatches, type WordMatches } from '../score/lexical-evidence.js'
import { createWordOrderEvidence, type WordOrderEvidence } from '../score/word-order.js'
import { createLexiconModel, withRecall, type LexiconModel } from '../score/lexicon-model.js'
import { estimateLengthModel, priorLengthModel, type LengthModel } from '../score/length-model.js'
import type { AlignmentContext } from './alignment-context.js'
import type { PathBead } from './banded-dynamic-program.js'

/** The models one pass of the search scores beads with. */
export interface AlignmentModels {
  readonly length: LengthModel
  readonly lexicon: LexiconModel
  readonly beads: BeadModel
  /** Evidence of a bead boundary after Chinese sentence `zhEnd` and English sentence `enEnd` (−1: none yet). */
  boundary(zhEnd: number, enEnd: number): number
  /** The features the models read: the context's, plus names learnt from a first alignment. */
  readonly features: PairFeatures
}

/** Models from the texts alone: length ratio of the totals, dictionary translations, prior recall. */
export function priorModels(context: AlignmentContext): AlignmentModels {
  const { features } = context
  const length = priorLengthModel(features.zh.lengths, features.en.lengths)
  const lexicon = createLexiconModel(features, features.zh.wordTranslations)
  return { length, lexicon, beads: beadModel(context, features, length, lexicon), boundary: () => 0, features }
}

/**
 * Models re-estimated from a first alignment: the length model from its one-to-one beads, word
 * pairs and transliterated names learnt from its beads (unless `learnLexicon` is off), each
 * word's recall measured on its beads, (with `anchors`) how well quotations agree at its bead ends,
 * and (with `wordOrder`) how far matched words stand from their translations' places in its beads.
 */
export function refineModels(context: AlignmentContext, models: AlignmentModels, path: readonly PathBead[]): AlignmentModels {
  const beads = lexiconBeads(path)
  const length = estimateLengthModel(
    beads.filter((bead) => bead.zhCount === 1 && bead.enCount === 1).map((bead) => lengthsOf(context, bead)),
    models.length,
  )
  const translations = context.options.learnLexicon
    ? learnTranslations(context.features, beads, context.features.zh.wordTranslations)
    : context.features.zh.wordTranslations
  const unrefined = createLexiconModel(context.features, translations)
  const weighOrder = context.options.lexicon && context.options.wordOrder
  const matches = createWordMatches(context.features, unrefined, weighOrder)
  const recall = estimateRecall(matches, unrefined, beads)
  const lexicon = withRecall(unrefined, recall)
  const features = context.options.learnLexicon && context.options.anchors ? learnNames(context.features, beads) : context.features
  const boundary = context.options.anchors ? boundaryOf(context, beads) : () => 0
  const order = weighOrder ? createWordOrderEvidence(context.features, matches, beads) : undefined
  return { length, lexicon, beads: beadModel(context, features, length, lexicon, matches, order), boundary, features }
}

function beadModel(
  context: AlignmentContext,
  features: PairFeatures,
  length: LengthModel,
  lexicon: LexiconModel,
  matches?: WordMatches,
  order?: WordOrderEvidence,
): BeadModel {
  return createBeadModel({
    features,
    lengthModel: length,
    lexicon: createLexicalEvidence(context.features, lexicon, matches),
    switches: { lexicon: context.options.lexicon, anchors: context.options.anchors },
    extraScorers: context.extraScorers,
    order,
  })
}

/**
 * The boundary models of a first path's bead ends: quotations open on one side only, and, for running
 * text, a paragraph that ends on one side only (a break on both sides at a bead end is evidence for it).
 */
function boundaryOf(context: AlignmentContext, beads: readonly LexiconBead[]): AlignmentModels['boundary'] {
  const ends = beads.map((bead) => ({ zhEnd: bead.zhStart + bead.zhCount - 1, enEnd: bead.enStart + bead.enCount - 1 }))
  const quotes = estimateBoundaryModel(context.features, ends)
  const paragraphs = context.paragraphEnds === undefined ? undefined : estimateAgreementModel(context.paragraphEnds.zh, context.paragraphEnds.en, ends)
  if (paragraphs === undefined) return (zhEnd, enEnd) => quotes.evidence(zhEnd, enEnd)
  return (zhEnd, enEnd) => quotes.evidence(zhEnd, enEnd) + paragraphs.evidence(zhEnd, enEnd)
}

/** The beads of a path that join sentences on both sides, as Chinese and English ranges. */
function lexiconBeads(path: readonly PathBead[]): LexiconBead[] {
  return path
    .filter((bead) => bead.zhCount > 0 && bead.enCount > 0)
    .map((bead) => ({ zhStart: bead.zhStart, zhCount: bead.zhCount, enStart: bead.enStart, enCount: bead.enCount }))
}

function lengthsOf(context: AlignmentContext, bead: LexiconBead): [number, number] {
  return [context.features.zh.lengths[bead.zhStart] ?? 0, context.features.en.lengths[bead.enStart] ?? 0]
}
