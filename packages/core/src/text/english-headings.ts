import type { SectionHead } from './outline-block.js'

/** "4.1 Research collaboration", "4.1. …": a dotted number of two or more levels is a subsection. */
const SUBSECTION_HEADING = /^(\d{1,2}(?:\.\d{1,2})+)(\.?)\s+(\S.*)$/
/** "1. Overview": a number with a full stop is a section. */
const SECTION_HEADING = /^(\d{1,2})\.\s+(\S.*)$/

/**
 * Reads a numbered English heading (markup removed): "1. Overview" is section `1` numbered "1.",
 * "4.1 Research collaboration" subsection `4.1` of `4`. `undefined` for an unnumbered heading.
 */
export function parseEnglishHeading(heading: string): SectionHead | undefined {
  const subsection = SUBSECTION_HEADING.exec(heading)
  if (subsection?.[1] !== undefined && subsection[3] !== undefined) {
    const id = subsection[1]
    const parent = id.slice(0, id.lastIndexOf('.'))
    return { id, kind: 'subsection', number: id + (subsection[2] ?? ''), title: subsection[3], parent }
  }
  const section = SECTION_HEADING.exec(heading)
  if (section?.[1] === undefined || section[2] === undefined) return undefined
  return { id: String(Number(section[1])), kind: 'section', number: `${section[1]}.`, title: section[2] }
}
