import type { Span } from './span.js'

/**
 * Whether a UTF-16 code unit is white space, exactly as the regular expression `\s` sees it, so that
 * spans trimmed here and text folded with `/\s+/` agree. Includes U+3000 (full-width space) and U+FEFF.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
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

/** Shrinks `[start, end)` of `text` until it neither starts nor ends with white space; may become empty. */
export function trimWhiteSpace(text: string, start: number, end: number): Span {
  let from = start
  let to = end
  while (from < to && isWhiteSpaceCode(text.charCodeAt(from))) from++
  while (to > from && isWhiteSpaceCode(text.charCodeAt(to - 1))) to--
  return { start: from, end: to }
}
