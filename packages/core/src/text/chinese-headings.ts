import { parseChineseNumeral } from './chinese-numerals.js'
import type { SectionHead } from './outline-block.js'

/** "一、概要": a Chinese numeral and an enumeration comma. */
const SECTION_HEADING = /^([一二三四五六七八九十]+)、\s*(\S.*)$/
/** "（一）合作研究", "（二） 中小企业的角色定位": a numeral in full-width or ASCII brackets. */
const SUBSECTION_HEADING = /^([（(])([一二三四五六七八九十]+)([）)])\s*(\S.*)$/
/** Longest line read as a heading; longer numbered lines are list items of running text. */
const MAX_HEADING_LENGTH = 40
/** A heading does not end like a sentence or a clause. */
const SENTENCE_END = /[。！？；，：.;,:]$/

/**
 * Reads a numbered Chinese heading (white space folded): "一、概要" is section `1` numbered "一、";
 * "（一）合作研究" is subsection `4.1` when the last top-level section is 4. `undefined` otherwise.
 */
export function parseChineseHeading(heading: string, lastTopLevel: number): SectionHead | undefined {
  if (heading.length > MAX_HEADING_LENGTH || SENTENCE_END.test(heading)) return undefined
  const section = SECTION_HEADING.exec(heading)
  const sectionNumber = parseChineseNumeral(section?.[1] ?? '')
  if (section?.[2] !== undefined && sectionNumber !== undefined) {
    return { id: String(sectionNumber), kind: 'section', number: `${section[1]}、`, title: section[2] }
  }
  const subsection = SUBSECTION_HEADING.exec(heading)
  const ordinal = parseChineseNumeral(subsection?.[2] ?? '')
  if (subsection?.[4] === undefined || ordinal === undefined) return undefined
  const number = `${subsection[1]}${subsection[2]}${subsection[3]}`
  if (lastTopLevel === 0) return { id: String(ordinal), kind: 'subsection', number, title: subsection[4] }
  const parent = String(lastTopLevel)
  return { id: `${parent}.${ordinal}`, kind: 'subsection', number, title: subsection[4], parent }
}
