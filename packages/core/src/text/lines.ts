import type { Span } from '../segment/span.js'
import { isLineBreakCode, PARAGRAPH_SEPARATOR, trimWhiteSpace } from '../segment/white-space.js'

/** U+FEFF at the very start of a file marks its encoding; it is no character of the text. */
const BYTE_ORDER_MARK = 0xfeff

/**
 * The lines of `text` as spans without their line ends (`\r\n`, or any one of the line breaks of
 * {@link isLineBreakCode}: `\n`, a lone `\r`, U+2028, U+0085…). A leading byte order mark is left out of the first line.
 */
export function splitLines(text: string): Span[] {
  const lines: Span[] = []
  let start = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!isLineBreakCode(code)) continue
    lines.push({ start, end: index })
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++
    start = index + 1
  }
  lines.push({ start, end: text.length })
  return lines
}

/**
 * Paragraph-like blocks of `text`: runs of non-blank lines separated by blank (or white-space-only)
 * lines or ended by U+2029 PARAGRAPH SEPARATOR, each trimmed of white space. A line for which `standsAlone` holds (a heading, say) is a
 * block of its own even without blank lines around it.
 */
export function findBlocks(text: string, standsAlone: (line: string) => boolean = () => false): Span[] {
  const blocks: Span[] = []
  let open: Span | undefined
  for (const line of splitLines(text)) {
    const span = trimWhiteSpace(text, line.start, line.end)
    if (span.start === span.end) {
      open = undefined
    } else if (standsAlone(text.slice(span.start, span.end))) {
      blocks.push(span)
      open = undefined
    } else if (open) {
      open.end = span.end
    } else {
      open = span
      blocks.push(open)
    }
    if (text.charCodeAt(line.end) === PARAGRAPH_SEPARATOR) open = undefined
  }
  return blocks
}
