import type { SkippedSpan } from '../model/schemas.js'
import { isAllCaps, type SourceLine } from './source-lines.js'

/** A page footer that numbers the page ("Page 14 of 22"). */
const PAGE_OF_PAGES = /^Page \d+ of \d+$/i
/** A page number alone on its line. */
const BARE_NUMBER = /^\d{1,3}$/
/** The box-drawing bar that running heads of OECD-style layouts put between title and page number. */
const RUNNING_HEAD_BAR = '│'

/**
 * The page furniture among `lines`: "Page N of M" footers, and running heads — a line with a `│`
 * bar, the all-caps lines after it and the page number that closes them. Returns the spans as
 * skipped spans (`header`, `page-number`) keyed by line index.
 */
export function findPageFurniture(lines: readonly SourceLine[]): Map<number, SkippedSpan> {
  const furniture = new Map<number, SkippedSpan>()
  for (const line of lines) {
    if (line.blank || furniture.has(line.index)) continue
    if (PAGE_OF_PAGES.test(line.text)) furniture.set(line.index, skipped(line, 'page-number'))
    else if (line.text.includes(RUNNING_HEAD_BAR)) markRunningHead(lines, line.index, furniture)
  }
  return furniture
}

/** Marks a running head from its bar line through the all-caps lines after it, up to and with its page number. */
function markRunningHead(lines: readonly SourceLine[], first: number, furniture: Map<number, SkippedSpan>): void {
  furniture.set(first, skipped(lines[first]!, 'header'))
  for (let index = first + 1; index < lines.length; index++) {
    const line = lines[index]!
    if (line.blank) continue
    if (BARE_NUMBER.test(line.text)) {
      furniture.set(index, skipped(line, 'page-number'))
      return
    }
    if (!isAllCaps(line.text)) return
    furniture.set(index, skipped(line, 'header'))
  }
}

function skipped(line: SourceLine, reason: SkippedSpan['reason']): SkippedSpan {
  return { reason, text: line.text, start: line.content.start, end: line.content.end }
}
