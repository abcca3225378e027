import { checkBeads, type Bead } from '@duiqi/core'

/** Throws unless the beads keep the promise of an alignment: a benchmark must not time an aligner whose output is wrong in kind. */
export function validateBeads(beads: readonly Bead[], sourceCount: number, targetCount: number, label: string): void {
  const problem = checkBeads(beads, sourceCount, targetCount)
  if (problem !== undefined) throw new Error(`${label}: ${problem}.`)
}
