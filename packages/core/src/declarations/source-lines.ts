import type { Span } from '../segment/span.js'
import { trimWhiteSpace } from '../segment/white-space.js'
import { splitLines } from '../text/lines.js'

/** A line of a PDF extraction with what the reader needs to know about it. */
export interface SourceLine {
  /** Position in the file's lines, from 0. */
  readonly index: number
  /** The line without its line end. */
  readonly start: number
  readonly end: number
  /** The line trimmed of white space; empty (`start === end`) for a blank line. */
  readonly content: Span
  /** The trimmed text. */
  readonly text: string
  readonly blank: boolean
  /** The line opens a new PDF page: the extraction indents a page's first line by white space. */
  readonly opensPage: boolean
  /** Spaces after the text; the extraction leaves two or more where a text block ends. */
  readonly trailingSpaces: number
}

/** Widths (in characters) that tell a full line, a short one, the footnotes' small type and two lines run together. */
export interface LineLayout {
  /** Width of a full line of running text: the 90th percentile of non-blank line widths. */
  readonly fullWidth: number
  /** Blank lines separate paragraphs (false when the extraction puts one after every line). */
  readonly blankLinesSeparate: boolean
}

/** Share of non-blank lines followed by a blank one above which blank lines are mere line spacing. */
const LINE_SPACING_SHARE = 0.8
/** Percentile of line widths taken as the full width: most lines of running text are full. */
const FULL_WIDTH_PERCENTILE = 0.9
/** Below this share of the documents' lines, an indented line is a page's first, not a layout habit. */
const PAGE_INDENT_SHARE = 0.2
/** A line ending shorter than this share of the full width ends its paragraph (if it ends a sentence). */
const SHORT_LINE_SHARE = 0.8
/** Footnotes are set smaller, so their lines run wider than this share of the full width. */
const SMALL_TYPE_SHARE = 1.1
/** A line wider than this share of the full width is two PDF lines that the extraction ran together. */
const RUN_TOGETHER_SHARE = 1.5

/** The lines of `text` with their page and layout marks. */
export function readSourceLines(text: string): SourceLine[] {
  const spans = splitLines(text)
  const indented = spans.filter((line) => /^[ \t]+\S/.test(text.slice(line.start, line.end))).length
  const nonBlank = spans.filter((line) => text.slice(line.start, line.end).trim() !== '').length
  const pagesIndent = indented <= nonBlank * PAGE_INDENT_SHARE
  return spans.map((line, index) => {
    const raw = text.slice(line.start, line.end)
    const content = trimWhiteSpace(text, line.start, line.end)
    const blank = content.start === content.end
    return {
      index,
      start: line.start,
      end: line.end,
      content,
      text: text.slice(content.start, content.end),
      blank,
      opensPage: pagesIndent && !blank && /^[ \t]/.test(raw),
      trailingSpaces: blank ? 0 : line.end - content.end,
    }
  })
}

/** Measures the layout of a document's lines. */
export function measureLayout(lines: readonly SourceLine[]): LineLayout {
  const widths = lines.filter((line) => !line.blank).map((line) => line.text.length).sort((a, b) => a - b)
  const fullWidth = widths[Math.floor(widths.length * FULL_WIDTH_PERCENTILE)] ?? 0
  let followedByBlank = 0
  for (let index = 0; index + 1 < lines.length; index++) {
    if (!lines[index]!.blank && lines[index + 1]!.blank) followedByBlank++
  }
  return { fullWidth, blankLinesSeparate: followedByBlank < widths.length * LINE_SPACING_SHARE }
}

/** Whether a line stops short of the full width (as the last line of a paragraph does). */
export function isShortLine(line: SourceLine, layout: LineLayout): boolean {
  return line.text.length < layout.fullWidth * SHORT_LINE_SHARE
}

/** Whether a line is wider than running text but not two lines run together: a footnote's small type. */
export function isSmallTypeLine(line: SourceLine, layout: LineLayout): boolean {
  return line.text.length > layout.fullWidth * SMALL_TYPE_SHARE && !isRunTogetherLine(line, layout)
}

/** Whether a line holds two PDF lines that the extraction ran together (dropping a line-end hyphen). */
export function isRunTogetherLine(line: SourceLine, layout: LineLayout): boolean {
  return line.text.length > layout.fullWidth * RUN_TOGETHER_SHARE
}

/** A line ending like this ends a sentence: terminal punctuation, then any closing quotes or brackets. */
const SENTENCE_END = /[.!?:…]["'”’)\]]*$/

/** Whether a line ends a sentence. */
export function endsSentence(line: SourceLine): boolean {
  return SENTENCE_END.test(line.text)
}

/** Whether a line starts with a lowercase letter (so it continues the sentence before it). */
export function startsLowercase(line: SourceLine): boolean {
  return /^\p{Ll}/u.test(line.text)
}

/** Whether a line has letters and none of them lowercase ("OUR VISION AND GUIDING PRINCIPLES"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

/** Words that cannot end a sentence or a heading: an article, conjunction or preposition wants what follows (a regular-expression alternation). */
export const WORDS_THAT_NEED_MORE = 'the|a|an|and|or|of|in|for|to|on|with|by|at|from|as|that'
