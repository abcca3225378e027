import { parseArgument } from '@duiqi/core'
import { z } from 'zod'

/** One automatic bead as the gold judges it: whether it is a gold bead, and the score the aligner gave it. */
const judgedBeadSchema = z.object({ correct: z.boolean(), score: z.number() })
export type JudgedBead = Readonly<z.infer<typeof judgedBeadSchema>>
const judgedBeadsSchema = z.array(judgedBeadSchema)

/** Of the beads a reviewer reads weakest first: what share they read, and what share of the wrong beads they find. */
export const reviewShareSchema = z.object({ read: z.number(), found: z.number() })
export type ReviewShare = z.infer<typeof reviewShareSchema>

/** Beads whose score falls in [low, high): how many, their mean score and the share that is correct. */
export const calibrationBinSchema = z.object({
  low: z.number(),
  high: z.number(),
  beads: z.number().int(),
  meanScore: z.number(),
  correct: z.number(),
})
export type CalibrationBin = z.infer<typeof calibrationBinSchema>

/** How well scores point a reviewer at the wrong beads. */
export const confidenceJudgementSchema = z.object({
  beads: z.number().int(),
  wrong: z.number().int(),
  /** Probability that a wrong bead scores below a correct one (ties count half): 0.5 is no better than chance. */
  auc: z.number(),
  /** Reading the weakest 10 % and 20 % of the beads: the share of wrong beads found. */
  review: z.array(reviewShareSchema),
  /** Mean |score − share correct| over the bins, weighted by their beads: 0 when a score of 0.8 is right 80 % of the time. */
  calibrationError: z.number(),
  bins: z.array(calibrationBinSchema),
})
export type ConfidenceJudgement = z.infer<typeof confidenceJudgementSchema>

/** Shares of the beads read, weakest first, in {@link ConfidenceJudgement.review}. */
const REVIEW_SHARES = [0.1, 0.2] as const

/** Score bins of the calibration table: finer near 1, where most beads are. */
const BIN_EDGES = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 1] as const

/**
 * Judges bead scores against gold: whether sorting by score puts the wrong beads first (AUC and the
 * share found in the weakest tenth and fifth), and whether a score reads as the probability of being
 * right (calibration by bins).
 */
export function judgeConfidence(beads: readonly JudgedBead[]): ConfidenceJudgement {
  parseArgument(judgedBeadsSchema, beads, 'beads', 'Pass beads `{ correct: boolean, score: number }`.')
  const wrong = beads.filter((bead) => !bead.correct).length
  const weakestFirst = [...beads].sort((a, b) => a.score - b.score)
  const review = REVIEW_SHARES.map((read) => {
    const found = weakestFirst.slice(0, Math.round(beads.length * read)).filter((bead) => !bead.correct).length
    return { read, found: wrong > 0 ? found / wrong : 0 }
  })
  const bins = BIN_EDGES.slice(0, -1).map((low, index) => {
    const high = BIN_EDGES[index + 1] ?? 1
    const inBin = beads.filter((bead) => bead.score >= low && (bead.score < high || (high === 1 && bead.score === 1)))
    return {
      low,
      high,
      beads: inBin.length,
      meanScore: mean(inBin.map((bead) => bead.score)),
      correct: mean(inBin.map((bead) => (bead.correct ? 1 : 0))),
    }
  })
  const calibrationError = bins.reduce((sum, bin) => sum + bin.beads * Math.abs(bin.meanScore - bin.correct), 0) / Math.max(1, beads.length)
  return { beads: beads.length, wrong, auc: areaUnderCurve(weakestFirst), review, calibrationError, bins }
}

/** Mann–Whitney AUC by ranks over beads sorted by score: the share of (correct, wrong) pairs in which the correct bead scores higher. */
function areaUnderCurve(sorted: readonly JudgedBead[]): number {
  const correctCount = sorted.filter((bead) => bead.correct).length
  const wrongCount = sorted.length - correctCount
  if (correctCount === 0 || wrongCount === 0) return 0.5
  let rankSum = 0
  for (let start = 0; start < sorted.length; ) {
    let end = start
    while (end < sorted.length && sorted[end]?.score === sorted[start]?.score) end++
    const averageRank = (start + 1 + end) / 2
    for (let index = start; index < end; index++) if (sorted[index]?.correct) rankSum += averageRank
    start = end
  }
  return (rankSum - (correctCount * (correctCount + 1)) / 2) / (correctCount * wrongCount)
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}
