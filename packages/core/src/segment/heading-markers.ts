import { isLineBreakCode, isWhiteSpaceCode } from './white-space.js'

/** Most `#` a heading marker has, as in markdown. */
const MAX_HEADING_LEVEL = 6
const HASH = 0x23

/**
 * Length of the markdown heading marker at `start`, else 0. A marker is one to six `#` followed by
 * white space, where they open a line (only spaces and tabs before them on it), or two to six `#`
 * after white space inside a line: a heading whose line break a conversion lost ("… in 2030. ## 2.
 * Background"). A lone `#` inside a line ("press # to dial") is text.
 */
export function headingMarkerLength(text: string, start: number, end: number = text.length): number {
  if (text.charCodeAt(start) !== HASH || (start > 0 && text.charCodeAt(start - 1) === HASH)) return 0
  let hashes = start
  while (hashes < end && text.charCodeAt(hashes) === HASH) hashes++
  const length = hashes - start
  if (length > MAX_HEADING_LEVEL || hashes >= end || !isWhiteSpaceCode(text.charCodeAt(hashes))) return 0
  if (opensLine(text, start)) return length
  return length >= 2 && isWhiteSpaceCode(text.charCodeAt(start - 1)) ? length : 0
}

/** Offsets of the heading markers inside `text` (not one at its very start): each opens a sentence. */
export function findHeadingMarkers(text: string): number[] {
  const markers: number[] = []
  for (let at = text.indexOf('#', 1); at !== -1; at = text.indexOf('#', at + 1)) {
    if (headingMarkerLength(text, at) > 0) markers.push(at)
  }
  return markers
}

/** Whether only spaces, tabs and full-width spaces stand between `offset` and the start of its line. */
function opensLine(text: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const code = text.charCodeAt(at)
    if (isLineBreakCode(code)) return true
    if (code !== 0x20 && code !== 0x09 && code !== 0x3000) return false
  }
  return true
}
