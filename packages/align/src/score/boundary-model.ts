import type { PairFeatures } from './sentence-features.js'

/**
 * What a bead boundary says about a path: the log-likelihood ratio of a boundary that falls inside
 * a quotation on one side only (after Chinese sentence `zhEnd` and English sentence `enEnd`; −1 for
 * the start of a text), against one inside a quotation on both sides or on neither. 0 when the
 * texts have no quotations, or before anything is estimated.
 */
export interface BoundaryModel {
  evidence(zhEnd: number, enEnd: number): number
}

/** A bead end as the last Chinese and English sentence of the bead (−1 for none yet). */
export interface BeadEnd {
  readonly zhEnd: number
  readonly enEnd: number
}

/** The boundaries a first path is compared with: the same Chinese boundary, the English one moved this far. */
const NEIGHBOUR_SHIFTS = [-2, -1, 1, 2] as const

/** The model before a first path: no evidence. */
export const NO_BOUNDARY_EVIDENCE: BoundaryModel = { evidence: () => 0 }

/** The quotation model: {@link estimateAgreementModel} over whether a quotation is still open after each sentence. */
export function estimateBoundaryModel(features: PairFeatures, ends: readonly BeadEnd[]): BoundaryModel {
  return estimateAgreementModel(features.zh.quoteOpen, features.en.quoteOpen, ends)
}

/**
 * Estimated from the bead ends of a first path, for a state each sentence ends in on each side (a
 * quotation still open after it, or the end of its paragraph): how often the two sides agree at those
 * ends, against how often they agree at the neighbouring boundaries a search weighs them against (the
 * English end moved by one or two sentences). A disagreeing boundary costs the difference of the two
 * log-likelihood ratios, so agreeing ones cost nothing and paths are not rewarded for having more
 * beads. Laplace-smoothed rates; no evidence when agreement is no likelier at the path's ends.
 */
export function estimateAgreementModel(zhStates: Uint8Array, enStates: Uint8Array, ends: readonly BeadEnd[]): BoundaryModel {
  const agrees = (zhEnd: number, enEnd: number): boolean => stateAt(zhStates, zhEnd) === stateAt(enStates, enEnd)
  let agreeing = 0
  let shiftedAgreeing = 0
  let shiftedTotal = 0
  for (const { zhEnd, enEnd } of ends) {
    if (agrees(zhEnd, enEnd)) agreeing++
    for (const shift of NEIGHBOUR_SHIFTS) {
      const other = enEnd + shift
      if (other < 0 || other >= enStates.length) continue
      shiftedTotal++
      if (agrees(zhEnd, other)) shiftedAgreeing++
    }
  }
  const truth = (agreeing + 1) / (ends.length + 2)
  const chance = (shiftedAgreeing + 1) / (shiftedTotal + 2)
  const penalty = Math.log((1 - truth) / (1 - chance)) - Math.log(truth / chance)
  if (!(penalty < 0)) return NO_BOUNDARY_EVIDENCE
  return { evidence: (zhEnd, enEnd) => (agrees(zhEnd, enEnd) ? 0 : penalty) }
}

function stateAt(states: Uint8Array, index: number): number {
  return index < 0 ? 0 : (states[index] ?? 0)
}
