import { checkBeads, InternalError, type Bead } from '@duiqi/core'

/**
 * The last step of every aligner that returns beads: an alignment that is not monotone, or does not
 * cover each sentence once, is a bug in duiqi and leaves as an {@link InternalError}, never as an answer.
 */
export function assertAlignment(beads: readonly Bead[], sourceCount: number, targetCount: number, what: string): void {
  const problem = checkBeads(beads, sourceCount, targetCount)
  if (problem === undefined) return
  throw new InternalError(`The ${what} broke its own promise: ${problem}. This is a bug in duiqi; please report it with the input.`)
}
