import { InvalidInputError, type Bead, type Language } from '@duiqi/core'
import { z } from 'zod'
import { loadCedict, createCedict, type Cedict } from '../lexicon/cedict.js'
import { createBeadScorer, type BeadScorer, type ScoreWeights } from '../score/bead-scorer.js'
import { createLexicalOverlap } from '../score/lexical-overlap.js'
import { priorLengthModel, estimateLengthModel, type LengthModel } from '../score/length-model.js'
import { extractPairFeatures, type PairFeatures } from '../score/sentence-features.js'
import {
  alignSentencesOptionsSchema,
  type AlignSentencesOptions,
  type ResolvedAlignSentencesOptions,
} from './align-options.js'
import { searchBand, type PathBead } from './banded-dynamic-program.js'
import { BASIC_SHAPES, SKIP_VALUE, shapeWeight, type BeadShape } from './bead-shapes.js'
import { detectSourceLanguage } from './detect-chinese-side.js'
import { bandAround, lengthDiagonal } from './search-band.js'

export type { AlignSentencesOptions } from './align-options.js'

/** Half-width of the first search band, in sentences: wide enough for any drift a chapter shows. */
const FIRST_PASS_WIDTH = 60

/** Weights of the built-in score parts: the lexicon is the strongest evidence, length and anchors back it up. */
const DEFAULT_WEIGHTS: ScoreWeights = { length: 1, lexicon: 2, anchors: 1 }

/** A one-to-one bead at least this similar is trusted when re-estimating the length model. */
const CONFIDENT_SIMILARITY = 0.5

/**
 * Aligns Chinese and English sentences (either side may be the Chinese one): returns monotone beads
 * that cover every sentence exactly once, each with a `score` in [0, 1] and its named `components`
 * (`length`, `lexicon`, `anchors`, and any `options.scorers`), so weak beads can be reviewed first.
 *
 * @param source Sentences of the source text, in order.
 * @param target Sentences of the translation, in order.
 * @param options See {@link AlignSentencesOptions}.
 * @throws {InvalidInputError} when an argument is not an array of strings or an option is invalid.
 * @throws {LanguageMismatchError} when the languages cannot be told apart and `sourceLanguage` is not given.
 * @example alignSentences(['你好。'], ['Hello.']) // [{ source: [0], target: [0], score: …, components: {…} }]
 */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignSentencesOptions = {},
): Bead[] {
  checkSentences('source', source)
  checkSentences('target', target)
  const resolved = resolveOptions(options)
  if (source.length === 0 || target.length === 0) return unmatchedBeads(source.length, target.length)
  const sourceLanguage: Language = resolved.sourceLanguage ?? detectSourceLanguage(source, target)
  const zhIsSource = sourceLanguage === 'zh'
  const cedict = resolved.lexicon ? loadCedict() : createCedict([])
  const features = zhIsSource
    ? extractPairFeatures(source, target, cedict)
    : extractPairFeatures(target, source, cedict)
  const weights = { ...DEFAULT_WEIGHTS, lexicon: resolved.lexicon ? 2 : 0, anchors: resolved.anchors ? 1 : 0 }
  const lengthModel = priorLengthModel(features.zhLengths, features.enLengths)
  const scorer = makeScorer(features, zhIsSource, lengthModel, weights, resolved)
  const [sourceLengths, targetLengths] = zhIsSource
    ? [features.zhLengths, features.enLengths]
    : [features.enLengths, features.zhLengths]
  const band = bandAround(lengthDiagonal(sourceLengths, targetLengths), target.length, FIRST_PASS_WIDTH)
  const firstPath = searchBand(band, BASIC_SHAPES, beadValue(scorer))
  const refinedModel = estimateLengthModel(confidentLengths(firstPath, scorer, features, zhIsSource), lengthModel)
  const refined = makeScorer(features, zhIsSource, refinedModel, weights, resolved)
  const path = searchBand(band, BASIC_SHAPES, beadValue(refined))
  return path.map((bead) => toBead(bead, refined))
}

function checkSentences(argument: 'source' | 'target', sentences: readonly string[]): void {
  if (!Array.isArray(sentences) || sentences.some((sentence) => typeof sentence !== 'string')) {
    throw new InvalidInputError(
      argument,
      `Expected \`${argument}\` to be an array of sentence strings, received ${describe(sentences)}. ` +
        'Split the text into sentences first (one string per sentence).',
    )
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array holding ${typeof value.find((item) => typeof item !== 'string')}`
  return value === null ? 'null' : typeof value
}

function resolveOptions(options: AlignSentencesOptions): ResolvedAlignSentencesOptions {
  const parsed = alignSentencesOptionsSchema.safeParse(options)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const path = ['options', ...(issue?.path ?? []).map(String)].join('.')
  throw new InvalidInputError(path, `Invalid \`${path}\`: ${issue?.message ?? z.prettifyError(parsed.error)}.`)
}

function unmatchedBeads(sourceCount: number, targetCount: number): Bead[] {
  const beads: Bead[] = []
  for (let index = 0; index < sourceCount; index++) beads.push({ source: [index], target: [], score: 0, components: {} })
  for (let index = 0; index < targetCount; index++) beads.push({ source: [], target: [index], score: 0, components: {} })
  return beads
}

function makeScorer(
  features: PairFeatures,
  zhIsSource: boolean,
  lengthModel: LengthModel,
  weights: ScoreWeights,
  options: ResolvedAlignSentencesOptions,
): BeadScorer {
  const lexicon = createLexicalOverlap(features)
  return createBeadScorer({ features, zhIsSource, lengthModel, lexicon, weights, extraScorers: options.scorers })
}

function beadValue(scorer: BeadScorer) {
  return (shape: BeadShape, sourceStart: number, targetStart: number): number => {
    if (shape.source === 0 || shape.target === 0) return SKIP_VALUE * (shape.source + shape.target)
    return shapeWeight(shape) * scorer.similarity(sourceStart, shape.source, targetStart, shape.target) - shape.cost
  }
}

function confidentLengths(
  path: readonly PathBead[],
  scorer: BeadScorer,
  features: PairFeatures,
  zhIsSource: boolean,
): Array<[number, number]> {
  return path
    .filter((bead) => bead.sourceCount === 1 && bead.targetCount === 1)
    .filter((bead) => scorer.similarity(bead.sourceStart, 1, bead.targetStart, 1) >= CONFIDENT_SIMILARITY)
    .map((bead) => {
      const [zhIndex, enIndex] = zhIsSource ? [bead.sourceStart, bead.targetStart] : [bead.targetStart, bead.sourceStart]
      return [features.zhLengths[zhIndex] ?? 0, features.enLengths[enIndex] ?? 0]
    })
}

function toBead(bead: PathBead, scorer: BeadScorer): Bead {
  const source = Array.from({ length: bead.sourceCount }, (_, offset) => bead.sourceStart + offset)
  const target = Array.from({ length: bead.targetCount }, (_, offset) => bead.targetStart + offset)
  if (source.length === 0 || target.length === 0) return { source, target, score: 0, components: {} }
  const score = scorer.similarity(bead.sourceStart, bead.sourceCount, bead.targetStart, bead.targetCount)
  const components = scorer.components(bead.sourceStart, bead.sourceCount, bead.targetStart, bead.targetCount)
  return { source, target, score: Math.min(1, Math.max(0, score)), components }
}
