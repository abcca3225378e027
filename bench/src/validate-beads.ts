import type { Bead } from '@duiqi/core'

/**
 * Throws unless the beads are monotone, cover every source and target sentence exactly once, and
 * carry scores in [0, 1]: a benchmark must not time an aligner whose output is wrong in kind.
 */
export function validateBeads(beads: readonly Bead[], sourceCount: number, targetCount: number, label: string): void {
  const source = beads.flatMap((bead) => bead.source)
  const target = beads.flatMap((bead) => bead.target)
  const inOrder = (indices: number[], count: number) => indices.length === count && indices.every((index, at) => index === at)
  if (!inOrder(source, sourceCount) || !inOrder(target, targetCount)) {
    throw new Error(`${label}: beads do not cover the ${sourceCount} source and ${targetCount} target sentences once, in order.`)
  }
  const badScore = beads.find((bead) => !(bead.score >= 0 && bead.score <= 1))
  if (badScore !== undefined) throw new Error(`${label}: a bead has score ${badScore.score}, outside [0, 1].`)
}
