import { matchItemNumber } from './item-numbers.js'
import {
  endsSentence,
  isAllCaps,
  isShortLine,
  startsLowercase,
  type LineLayout,
  type SourceLine,
  WORDS_THAT_NEED_MORE,
} from './source-lines.js'

/** Consecutive lines of running text that make one paragraph or one heading. */
export interface TextBlock {
  readonly lines: SourceLine[]
}

/** What stands between two lines of running text. */
interface Gap {
  /** A page break, a footnote zone or page furniture. */
  readonly page: boolean
  /** A blank line, in a text whose blank lines separate paragraphs. */
  readonly blank: boolean
}

/** A line ending like this leaves its sentence open: a comma, dash or a word that needs what follows. */
const OPEN_END = new RegExp(`(?:[,;–-]|\\b(?:${WORDS_THAT_NEED_MORE})|\\s[&])$`, 'i')

/**
 * Reflows the running text of a PDF extraction into blocks (paragraphs and headings). A block breaks
 * before a numbered or itemised line; is continued by a line that starts in lowercase after one that
 * does not end a sentence (across blank lines, page breaks, footnotes and page furniture alike);
 * breaks after an all-caps line; at a page break, breaks after a sentence end or before a line that
 * stands alone; breaks at a blank line where blank lines separate paragraphs; and otherwise breaks
 * after a line that ends a sentence short of the full width (or with a block's trailing spaces), or a
 * short line that ends in neither punctuation nor a word that needs more.
 *
 * @param isRunningText - Whether a line is running text (not blank, not a footnote, not furniture).
 */
export function assembleBlocks(
  lines: readonly SourceLine[],
  layout: LineLayout,
  isRunningText: (line: SourceLine) => boolean,
): TextBlock[] {
  const blocks: TextBlock[] = []
  let previous: SourceLine | undefined
  let gap: Gap = { page: false, blank: false }
  for (const line of lines) {
    if (!isRunningText(line)) {
      gap = { page: gap.page || !line.blank, blank: gap.blank || (line.blank && layout.blankLinesSeparate) }
      continue
    }
    const pageGap = { ...gap, page: gap.page || line.opensPage }
    if (previous === undefined || breaksBefore(previous, line, pageGap, layout)) blocks.push({ lines: [line] })
    else blocks.at(-1)!.lines.push(line)
    previous = line
    gap = { page: false, blank: false }
  }
  return blocks
}

/** Whether a new block starts at `line`, given the line of running text before it and what lies between. */
function breaksBefore(previous: SourceLine, line: SourceLine, gap: Gap, layout: LineLayout): boolean {
  if (matchItemNumber(line.text) !== undefined) return true
  if (startsLowercase(line) && !endsSentence(previous)) return false
  if (isAllCaps(previous.text) && !isAllCaps(line.text)) return true
  if (gap.page) return endsSentence(previous) || standsAlone(line, layout)
  if (gap.blank) return true
  if (endsSentence(previous)) return isShortLine(previous, layout) || previous.trailingSpaces >= 2
  return standsAlone(previous, layout) && /^[\p{Lu}\p{N}]/u.test(line.text)
}

/** A short line that ends in neither punctuation nor a word that needs more: a heading's line. */
function standsAlone(line: SourceLine, layout: LineLayout): boolean {
  return isShortLine(line, layout) && !endsSentence(line) && !OPEN_END.test(line.text)
}
