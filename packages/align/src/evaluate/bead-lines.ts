import { beadSchema, InvalidInputError, parseArgument } from '@duiqi/core'
import { z } from 'zod'

/** The sentence indices of a bead, without its score: what a bead file holds. */
export const beadPairSchema = beadSchema.pick({ source: true, target: true })
export type BeadPair = z.infer<typeof beadPairSchema>

/** The beads argument, without holes. */
export const beadPairsSchema = z.array(beadPairSchema)
const textSchema = z.string()

/**
 * Writes beads one a line as `[source indices]:[target indices]` (0-based, `[]` for an empty side),
 * the format of the benchmark gold files; ends with a newline unless there are no beads.
 *
 * @example formatBeads([{ source: [0, 1], target: [2] }]) // '[0,1]:[2]\n'
 */
export function formatBeads(beads: readonly BeadPair[]): string {
  parseArgument(beadPairsSchema, beads, 'beads', 'Pass beads `{ source: number[], target: number[] }`.')
  return beads.map((bead) => `${formatBead(bead)}\n`).join('')
}

/** One bead as `[source indices]:[target indices]`, without the newline. */
export function formatBead(bead: BeadPair): string {
  return `[${bead.source.join(',')}]:[${bead.target.join(',')}]`
}

/**
 * Reads beads written by {@link formatBeads}; blank lines and white space are ignored.
 *
 * @throws {InvalidInputError} naming the first line that is not a bead.
 */
export function parseBeads(text: string): BeadPair[] {
  parseArgument(textSchema, text, 'text', 'Pass the contents of a bead file as a string.')
  const beads: BeadPair[] = []
  const lines = text.split('\n')
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\s+/g, '')
    if (line === '') continue
    const match = /^\[([\d,]*)\]:\[([\d,]*)\]$/.exec(line)
    if (match === null) {
      throw new InvalidInputError(
        'text',
        `Expected a bead like \`[0,1]:[2]\` on line ${index + 1}, received \`${raw}\`. Write one bead a line.`,
      )
    }
    beads.push({ source: parseSide(match[1] ?? ''), target: parseSide(match[2] ?? '') })
  }
  return beads
}

function parseSide(text: string): number[] {
  return text === '' ? [] : text.split(',').filter((item) => item !== '').map(Number)
}
