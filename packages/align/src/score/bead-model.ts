import { parseArgument } from '@duiqi/core'
import { z } from 'zod'
import { DEFAULT_SCORER_WEIGHT, range, type SearchBand } from '../common/search-basics.js'
import { anchorEvidence, anchorOverlap } from './anchor-overlap.js'
import { createLengthEvidence, type LengthModel } from './length-model.js'
import type { LexicalEvidence } from './lexical-evidence.js'
import type { PairFeatures } from './sentence-features.js'
import type { WordOrderEvidence } from './word-order.js'

/** A similarity a caller adds (embeddings, say), asked in the search's frame: Chinese and English sentence indices, result in [0, 1]. */
export interface ExtraScorer {
  readonly name: string
  readonly weight: number
  score(zh: readonly number[], en: readonly number[]): number
}

/** Which built-in kinds of evidence are used; the ablations switch them off one by one. */
export interface EvidenceSwitches {
  readonly lexicon: boolean
  readonly anchors: boolean
}

/** Everything a {@link BeadModel} reads. */
export interface BeadModelInput {
  readonly features: PairFeatures
  readonly lengthModel: LengthModel
  readonly lexicon: LexicalEvidence
  readonly switches: EvidenceSwitches
  readonly extraScorers: readonly ExtraScorer[]
  /** Word order inside beads, once a first search has measured it. */
  readonly order?: WordOrderEvidence | undefined
}

/**
 * Judges candidate beads (Chinese start and count, English start and count). `evidence` is what the
 * search adds up: log-likelihood ratios of length, words and anchors against chance. `components`
 * are for people: each part in [0, 1].
 */
export interface BeadModel {
  evidence(zhStart: number, zhCount: number, enStart: number, enCount: number): number
  components(zhStart: number, zhCount: number, enStart: number, enCount: number): Record<string, number>
  /** Prepares for a search through `band` (precomputes the sentence pairs it will ask about). */
  useBand(band: SearchBand): void
}

/**
 * Weight of the word log-likelihood ratios: words of a sentence are not independent witnesses
 * (a phrase and its parts match together), so their sum overstates the evidence. With the length
 * density of {@link createLengthEvidence}, a grid of 0.25–0.5 on MAC-Dev gives 0.9152, 0.9232,
 * 0.9181, 0.9153, 0.9185, 0.9108; leave-one-out picks 0.3 for all six chapters (held out: 0.9232).
 * The literal Bible would like more (30,000 verses: 0.9757 at 0.3, above its 0.975 target).
 */
const LEXICAL_WEIGHT = 0.3

/**
 * Below this evidence (odds of 1 in 150 against) a bead is not weighed for word order: it will not be
 * chosen anyway, and the order evidence is then taken as 0, its mean over true beads. Skipping them
 * saves four fifths of the order's cost on the Bible (30,000 verses: 30.3 s → 23.4 s, against 21.7 s
 * without word order) and changes no bead of MAC-Dev.
 */
const ORDER_FLOOR = -5

/** Log-odds an extra scorer adds per sentence of a bead when it returns 1 (and takes away at 0), per unit weight. */
const EXTRA_SCALE = 1

/** Weights of the parts in {@link componentSimilarity}: words count most, length and anchors back them up. */
const DISPLAY_WEIGHTS: Readonly<Record<string, number>> = { length: 1, lexicon: 2, anchors: 1 }

/** Creates a {@link BeadModel}. */
export function createBeadModel(input: BeadModelInput): BeadModel {
  const lengthEvidence = createLengthEvidence(input.features.zh.lengths, input.features.en.lengths, input.lengthModel)
  const components = (zhStart: number, zhCount: number, enStart: number, enCount: number) => {
    const parts: Record<string, number> = { length: lengthEvidence.agreement(zhStart, zhCount, enStart, enCount) }
    const coverage = input.switches.lexicon ? input.lexicon.coverage(zhStart, zhCount, enStart, enCount) : undefined
    if (coverage !== undefined) parts['lexicon'] = coverage
    const anchors = input.switches.anchors ? anchorOverlap(input.features, zhStart, zhCount, enStart, enCount) : undefined
    if (anchors !== undefined) parts['anchors'] = anchors
    for (const scorer of input.extraScorers) parts[scorer.name] = extraScore(scorer, zhStart, zhCount, enStart, enCount)
    return Object.fromEntries(Object.entries(parts).sort(([a], [b]) => a.localeCompare(b)))
  }
  return {
    evidence(zhStart, zhCount, enStart, enCount) {
      let total = lengthEvidence.logLikelihoodRatio(zhStart, zhCount, enStart, enCount)
      if (input.switches.lexicon) total += LEXICAL_WEIGHT * input.lexicon.logLikelihoodRatio(zhStart, zhCount, enStart, enCount)
      if (input.switches.anchors) total += anchorEvidence(input.features, zhStart, zhCount, enStart, enCount)
      if (input.order !== undefined && total > ORDER_FLOOR) total += input.order.logLikelihoodRatio(zhStart, zhCount, enStart, enCount)
      for (const scorer of input.extraScorers) {
        const value = extraScore(scorer, zhStart, zhCount, enStart, enCount)
        total += EXTRA_SCALE * scorer.weight * ((zhCount + enCount) / 2) * (2 * value - 1)
      }
      return total
    },
    components,
    useBand: (band) => input.lexicon.useBand(band),
  }
}

function extraScore(scorer: ExtraScorer, zhStart: number, zhCount: number, enStart: number, enCount: number): number {
  const value = scorer.score(range(zhStart, zhCount), range(enStart, enCount))
  return Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0))
}

/**
 * How alike two spans are by their score components alone, in [0, 1]: the weighted mean of the parts
 * (an extra scorer weighs its own `weight`). Unlike a bead's score it does not depend on the
 * sentences around, so it compares two headings on their own.
 */
export function componentSimilarity(
  parts: Readonly<Record<string, number>>,
  extraScorers: readonly { readonly name: string; readonly weight?: number | undefined }[] = [],
): number {
  parseArgument(componentsSchema, parts, 'parts', "Pass a bead's `components`: `{ length: 0.9, lexicon: 0.8 }`.")
  parseArgument(extraScorersSchema, extraScorers, 'extraScorers')
  return similarityOfComponents(parts, extraScorers)
}

/** A bead's score components: a number a name. */
const componentsSchema = z.record(z.string(), z.number())
/** Extra scorers as far as their weights go. */
const extraScorersSchema = z.array(z.object({ name: z.string(), weight: z.number().optional() }))

/** {@link componentSimilarity} on arguments the aligner made itself. */
export function similarityOfComponents(
  parts: Readonly<Record<string, number>>,
  extraScorers: readonly { readonly name: string; readonly weight?: number | undefined }[],
): number {
  let total = 0
  let weights = 0
  for (const [name, value] of Object.entries(parts)) {
    const scorer = extraScorers.find((extra) => extra.name === name)
    const weight = DISPLAY_WEIGHTS[name] ?? (scorer === undefined ? 0 : (scorer.weight ?? DEFAULT_SCORER_WEIGHT))
    total += value * weight
    weights += weight
  }
  return weights > 0 ? Math.min(1, Math.max(0, total / weights)) : 0
}

