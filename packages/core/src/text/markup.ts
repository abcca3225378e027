import type { Span } from '../segment/span.js'
import { headingMarkerLength } from '../segment/heading-markers.js'
import { trimWhiteSpace } from '../segment/white-space.js'

/** A markdown heading marker opening a line: one to six `#` and white space ("### "). */
export const HEADING_MARKER = /^#{1,6}(?=\s)/
/** Bold markers, removed wherever they stand ("**Background:**"). */
export const BOLD_MARKER = /\*\*/g

/**
 * Whether a line looks like a heading: it opens with a heading marker ("### 4.3 …") or is bold as a
 * whole ("**Multi-stakeholder communication principle**"). White space around `line` is ignored.
 */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim()
  if (HEADING_MARKER.test(trimmed)) return true
  return trimmed.length > 4 && trimmed.startsWith('**') && trimmed.indexOf('**', 2) === trimmed.length - 2
}

/**
 * Shrinks a span of `text` until it neither starts nor ends with white space or markup (a heading
 * marker, `**`), so a sentence's offsets hold its words and nothing around them. May become empty.
 */
export function trimMarkup(text: string, span: Span): Span {
  let trimmed = trimWhiteSpace(text, span.start, span.end)
  for (;;) {
    const { start, end } = trimmed
    const markerLength = leadingMarkupLength(text, start, end)
    if (markerLength > 0) trimmed = trimWhiteSpace(text, start + markerLength, end)
    else if (end - start >= 2 && text.startsWith('**', end - 2)) trimmed = trimWhiteSpace(text, start, end - 2)
    else return trimmed
  }
}

/** Length of the markup at `start` (`**`, or a heading marker: see {@link headingMarkerLength}), else 0. */
function leadingMarkupLength(text: string, start: number, end: number): number {
  if (end - start >= 2 && text.startsWith('**', start)) return 2
  return headingMarkerLength(text, start, end)
}
