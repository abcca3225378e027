import type { Span } from './span.js'

/**
 * Whether a UTF-16 code unit is white space: what the regular expression `\s` matches, and U+0085
 * (NEXT LINE, a line break of EBCDIC and some Windows text that `\s` misses), so that spans trimmed
 * here and text folded with {@link WHITE_SPACE_RUN} agree. Includes U+3000 (full-width space) and U+FEFF.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return code === 0x85
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Every run of white space as {@link isWhiteSpaceCode} sees it: full-width spaces and line breaks included. */
export const WHITE_SPACE_RUN = /[\s\u0085]+/g

/**
 * Whether a UTF-16 code unit ends a line: LF, CR (CR LF is one line end), U+0085 NEXT LINE, U+2028
 * LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, the line ends of Unicode's newline guidelines (§5.8).
 * A form feed is white space inside a line, not a line end: a PDF page break must not end a paragraph.
 * The one definition of a line end for every reader.
 */
export function isLineBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029
}

/** U+2029 PARAGRAPH SEPARATOR: a line end that also ends the paragraph, as a blank line does. */
export const PARAGRAPH_SEPARATOR = 0x2029

/** Shrinks `[start, end)` of `text` until it neither starts nor ends with white space; may become empty. */
export function trimWhiteSpace(text: string, start: number, end: number): Span {
  let from = start
  let to = end
  while (from < to && isWhiteSpaceCode(text.charCodeAt(from))) from++
  while (to > from && isWhiteSpaceCode(text.charCodeAt(to - 1))) to--
  return { start: from, end: to }
}
