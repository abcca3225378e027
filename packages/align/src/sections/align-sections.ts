import { functionSchema, parseArgument, sectionShapeSchema, type Section } from '@duiqi/core'
import { z } from 'zod'

/** Two sections matched by `alignSections`; one side is absent where a section has no counterpart. */
export interface SectionMatch {
  readonly source: Section | undefined
  readonly target: Section | undefined
  /** How sure the match is, in [0, 1]; 0 for an unmatched section. */
  readonly score: number
}

/** How alike two headings are, in [0, 1] (the sentence aligner's similarity, or the cheap default). */
export type HeadingSimilarity = (sourceHeading: string, targetHeading: string) => number

/** Options of `alignSections`. */
export const alignSectionsOptionsSchema = z.object({
  /** Similarity of two heading texts; defaults to `cheapHeadingSimilarity`. */
  headingSimilarity: functionSchema<HeadingSimilarity>('a function (sourceHeading, targetHeading) => number in [0, 1]').optional(),
})
export type AlignSectionsOptions = z.input<typeof alignSectionsOptionsSchema>

/** The sections argument: the `children` of a document. */
const sectionsSchema = z.array(sectionShapeSchema)
const SECTIONS_HINT = 'Pass the sections of a document (`document.children`).'
/** A heading's text. */
const headingSchema = z.string()

/** Weight of equal canonical ids (explicit or inferred numbering) in a section match. */
const ID_WEIGHT = 0.5
/** Weight of the same kind (section, subsection, title). */
const KIND_WEIGHT = 0.2
/** Weight of heading similarity, which confirms the numbering or replaces it where it is missing. */
const HEADING_WEIGHT = 0.3
/** A pair scoring below this is worth less than leaving both sections unmatched. */
const MATCH_THRESHOLD = 0.35

/**
 * Matches the sections of two documents in order (a sequence alignment over sections): numbering,
 * kind and heading similarity each count, so a section whose number the source omits still finds its
 * counterpart by position and heading.
 */
export function alignSections(
  source: readonly Section[],
  target: readonly Section[],
  options: AlignSectionsOptions = {},
): SectionMatch[] {
  parseArgument(sectionsSchema, source, 'source', SECTIONS_HINT)
  parseArgument(sectionsSchema, target, 'target', SECTIONS_HINT)
  const similarity = parseArgument(alignSectionsOptionsSchema, options, 'options').headingSimilarity ?? cheapHeadingSimilarity
  // Each pair is scored once: the dynamic program asks again for the pairs it keeps, and the heading
  // similarity runs the sentence aligner.
  const scores = new Map<number, number>()
  const score = (i: number, j: number): number => {
    const key = i * (target.length + 1) + j
    let value = scores.get(key)
    if (value === undefined) scores.set(key, (value = matchScore(source[i]!, target[j]!, similarity)))
    return value
  }
  const pairs = bestPath(source.length, target.length, score)
  return pairs.map(([i, j]) => ({
    source: i === undefined ? undefined : source[i],
    target: j === undefined ? undefined : target[j],
    score: i === undefined || j === undefined ? 0 : score(i, j),
  }))
}

function matchScore(source: Section, target: Section, similarity: HeadingSimilarity): number {
  const headingScore =
    source.heading === undefined || target.heading === undefined
      ? 0.5
      : similarity(source.heading.text, target.heading.text)
  return (
    ID_WEIGHT * (source.id === target.id ? 1 : 0) +
    KIND_WEIGHT * (source.kind === target.kind ? 1 : 0) +
    HEADING_WEIGHT * headingScore
  )
}

/** Order-preserving best matching (Needleman–Wunsch): each pair gains score − threshold, gaps gain 0. */
function bestPath(
  sourceCount: number,
  targetCount: number,
  score: (i: number, j: number) => number,
): Array<[number | undefined, number | undefined]> {
  const width = targetCount + 1
  const gain = new Float64Array((sourceCount + 1) * width)
  const move = new Uint8Array((sourceCount + 1) * width) // 0 diagonal, 1 skip source, 2 skip target
  for (let i = 0; i <= sourceCount; i++) {
    for (let j = 0; j <= targetCount; j++) {
      if (i === 0 && j === 0) continue
      let best = -Infinity
      let bestMove = 0
      if (i > 0 && j > 0) {
        best = gain[(i - 1) * width + j - 1]! + score(i - 1, j - 1) - MATCH_THRESHOLD
      }
      if (i > 0 && gain[(i - 1) * width + j]! > best) [best, bestMove] = [gain[(i - 1) * width + j]!, 1]
      if (j > 0 && gain[i * width + j - 1]! > best) [best, bestMove] = [gain[i * width + j - 1]!, 2]
      gain[i * width + j] = best
      move[i * width + j] = bestMove
    }
  }
  const path: Array<[number | undefined, number | undefined]> = []
  for (let i = sourceCount, j = targetCount; i > 0 || j > 0; ) {
    const step = move[i * width + j]
    if (step === 0) path.push([--i, --j])
    else if (step === 1) path.push([--i, undefined])
    else path.push([undefined, --j])
  }
  return path.reverse()
}

/** A similarity that needs no lexicon: the share of numbers and Latin tokens (G20, SMEs, 4.2) both headings hold. */
export function cheapHeadingSimilarity(sourceHeading: string, targetHeading: string): number {
  parseArgument(headingSchema, sourceHeading, 'sourceHeading')
  parseArgument(headingSchema, targetHeading, 'targetHeading')
  const sourceTokens = anchorTokens(sourceHeading)
  const targetTokens = anchorTokens(targetHeading)
  const union = new Set([...sourceTokens, ...targetTokens])
  const shared = [...sourceTokens].filter((token) => targetTokens.has(token)).length
  return union.size === 0 ? 0.5 : shared / union.size
}

function anchorTokens(text: string): Set<string> {
  return new Set((text.match(/[A-Za-z]*\d+[A-Za-z\d]*|[A-Z]{2,}s?/g) ?? []).map((token) => token.replace(/s$/, '')))
}
