import { anchorOverlap } from './anchor-overlap.js'
import { lengthAgreement, type LengthModel } from './length-model.js'
import type { LexicalOverlap } from './lexical-overlap.js'
import type { PairFeatures } from './sentence-features.js'

/** A similarity a caller adds (embeddings, say): indices of the source and target sentences, result in [0, 1]. */
export interface ExtraScorer {
  readonly name: string
  readonly weight: number
  score(source: readonly number[], target: readonly number[]): number
}

/** Relative weights of the built-in parts of a bead's score; 0 switches a part off. */
export interface ScoreWeights {
  readonly length: number
  readonly lexicon: number
  readonly anchors: number
}

/** Everything a {@link BeadScorer} reads. `zhIsSource` says which side of a bead is Chinese. */
export interface BeadScorerInput {
  readonly features: PairFeatures
  readonly zhIsSource: boolean
  readonly lengthModel: LengthModel
  readonly lexicon: LexicalOverlap
  readonly weights: ScoreWeights
  readonly extraScorers: readonly ExtraScorer[]
}

/**
 * Scores a candidate bead, given as source start and count and target start and count: a weighted
 * mean of its parts, each in [0, 1], over the parts that have evidence for the bead.
 */
export interface BeadScorer {
  similarity(sourceStart: number, sourceCount: number, targetStart: number, targetCount: number): number
  /** The named parts of {@link similarity}, for a reviewer. */
  components(sourceStart: number, sourceCount: number, targetStart: number, targetCount: number): Record<string, number>
}

/** Creates a {@link BeadScorer}. */
export function createBeadScorer(input: BeadScorerInput): BeadScorer {
  const components = (sourceStart: number, sourceCount: number, targetStart: number, targetCount: number) => {
    const [zhStart, zhCount, enStart, enCount] = input.zhIsSource
      ? [sourceStart, sourceCount, targetStart, targetCount]
      : [targetStart, targetCount, sourceStart, sourceCount]
    return scoreParts(input, zhStart, zhCount, enStart, enCount, sourceStart, sourceCount, targetStart, targetCount)
  }
  const similarity = (sourceStart: number, sourceCount: number, targetStart: number, targetCount: number) =>
    weightedMean(input, components(sourceStart, sourceCount, targetStart, targetCount))
  return {
    similarity,
    components: (sourceStart, sourceCount, targetStart, targetCount) => {
      const parts = components(sourceStart, sourceCount, targetStart, targetCount)
      return Object.fromEntries(Object.entries(parts).sort(([a], [b]) => a.localeCompare(b)))
    },
  }
}

function scoreParts(
  input: BeadScorerInput,
  zhStart: number,
  zhCount: number,
  enStart: number,
  enCount: number,
  sourceStart: number,
  sourceCount: number,
  targetStart: number,
  targetCount: number,
): Record<string, number> {
  const { features, weights } = input
  const parts: Record<string, number> = {}
  if (weights.length > 0) {
    const zhLength = sumRange(features.zhLengths, zhStart, zhCount)
    const enLength = sumRange(features.enLengths, enStart, enCount)
    parts['length'] = lengthAgreement(input.lengthModel, zhLength, enLength)
  }
  if (weights.lexicon > 0) {
    const coverage = input.lexicon.coverage(zhStart, zhCount, enStart, enCount)
    if (coverage !== undefined) parts['lexicon'] = coverage
  }
  if (weights.anchors > 0) {
    const overlap = anchorOverlap(features, zhStart, zhCount, enStart, enCount)
    if (overlap !== undefined) parts['anchors'] = overlap
  }
  for (const scorer of input.extraScorers) {
    const value = scorer.score(range(sourceStart, sourceCount), range(targetStart, targetCount))
    parts[scorer.name] = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0))
  }
  return parts
}

function weightedMean(input: BeadScorerInput, parts: Record<string, number>): number {
  let total = 0
  let weightSum = 0
  const add = (value: number | undefined, weight: number): void => {
    if (value === undefined || weight <= 0) return
    total += value * weight
    weightSum += weight
  }
  add(parts['length'], input.weights.length)
  add(parts['lexicon'], input.weights.lexicon)
  add(parts['anchors'], input.weights.anchors)
  for (const scorer of input.extraScorers) add(parts[scorer.name], scorer.weight)
  return weightSum > 0 ? total / weightSum : 0
}

function sumRange(values: Float64Array, start: number, count: number): number {
  let total = 0
  for (let index = start; index < start + count; index++) total += values[index] ?? 0
  return total
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, offset) => start + offset)
}
