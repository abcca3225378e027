import { z } from 'zod'
import type { Bead } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'

/** Beads as far as the check reads them: the score is the check's to judge, so any value passes here. */
const beadsSchema = z.array(z.object({ source: z.array(z.number()), target: z.array(z.number()), score: z.unknown() }))
const countSchema = z.number().int().nonnegative()

/**
 * The first way a list of beads breaks the promise of an alignment, or `undefined` when it keeps it:
 * beads in order on both sides, each holding at least one sentence and consecutive ones, together
 * covering sentences `0 … sourceCount - 1` and `0 … targetCount - 1` exactly once, with scores in [0, 1].
 */
export function checkBeads(beads: readonly Bead[], sourceCount: number, targetCount: number): string | undefined {
  parseArgument(beadsSchema, beads, 'beads', 'Pass beads `{ source: number[], target: number[], score: number }`.')
  parseArgument(countSchema, sourceCount, 'sourceCount')
  parseArgument(countSchema, targetCount, 'targetCount')
  const next = { source: 0, target: 0 }
  for (const [at, bead] of beads.entries()) {
    if (bead.source.length + bead.target.length === 0) return `bead ${at} holds no sentence`
    if (!(bead.score >= 0 && bead.score <= 1)) return `bead ${at} has score ${bead.score}, outside [0, 1]`
    for (const side of ['source', 'target'] as const) {
      for (const index of bead[side]) {
        if (index !== next[side]) {
          return `bead ${at} (${bead.source.join(',')}:${bead.target.join(',')}) holds ${side} sentence ${index} where ${next[side]} comes next`
        }
        next[side]++
      }
    }
  }
  if (next.source !== sourceCount) return `the beads hold ${next.source} of ${sourceCount} source sentences`
  if (next.target !== targetCount) return `the beads hold ${next.target} of ${targetCount} target sentences`
  return undefined
}
