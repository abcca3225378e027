import type { Section } from '@duiqi/core'
import type { ResolvedAlignSentencesOptions } from '../sentences/align-options.js'
import { alignCheckedSentences } from '../sentences/align-sentences.js'
import type { SectionMatch } from './align-sections.js'

/**
 * The score of each match's heading bead, of the same kind as a sentence bead's: the sentence aligner
 * aligns the two documents' headings as two sequences (every section heading, in document order), and
 * a pair of headings the section matcher chose gets the posterior probability of that very bead there.
 * Where the aligner groups the headings otherwise (the matcher and the aligner disagree), the score is
 * 0: the pair is worth checking first. A heading without a counterpart gets the posterior of its
 * null bead, or 0. Matches without a heading on either side get `undefined`.
 */
export function headingPosteriors(
  source: readonly Section[],
  target: readonly Section[],
  matches: readonly SectionMatch[],
  options: ResolvedAlignSentencesOptions,
): Array<number | undefined> {
  const sourceHeadings = headed(source)
  const targetHeadings = headed(target)
  const posteriors = new Map<string, number>()
  if (sourceHeadings.length > 0 || targetHeadings.length > 0) {
    const beads = alignCheckedSentences(
      sourceHeadings.map((section) => section.heading!.text),
      targetHeadings.map((section) => section.heading!.text),
      options,
    )
    for (const bead of beads) {
      if (bead.source.length > 1 || bead.target.length > 1) continue
      posteriors.set(beadKey(sourceHeadings[bead.source[0]!], targetHeadings[bead.target[0]!]), bead.score)
    }
  }
  return matches.map((match) => {
    const sourceSection = match.source?.heading === undefined ? undefined : match.source
    const targetSection = match.target?.heading === undefined ? undefined : match.target
    if (sourceSection === undefined && targetSection === undefined) return undefined
    return posteriors.get(beadKey(sourceSection, targetSection)) ?? 0
  })
}

function headed(sections: readonly Section[]): Section[] {
  return sections.filter((section) => section.heading !== undefined)
}

function beadKey(source: Section | undefined, target: Section | undefined): string {
  return `${source?.heading?.index ?? ''}:${target?.heading?.index ?? ''}`
}
