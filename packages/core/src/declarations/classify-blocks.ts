import type { Span } from '../segment/span.js'
import type { TextBlock } from './assemble-blocks.js'
import { readBlockText, type BlockText } from './block-text.js'
import { matchItemNumber, type ItemNumber } from './item-numbers.js'
import { isAllCaps, WORDS_THAT_NEED_MORE, type LineLayout, type SourceLine } from './source-lines.js'

/** A block read and classified: a heading or a paragraph, with its reading text and opening number. */
export interface ClassifiedBlock {
  readonly kind: 'heading' | 'paragraph'
  readonly lines: SourceLine[]
  readonly text: BlockText
  readonly number: ItemNumber | undefined
  /** The heading is set in capitals (a top-level heading). */
  readonly capitals: boolean
}

/** A heading is this many lines at most (a long title wraps once or twice). */
const MAX_HEADING_LINES = 3
/** A heading ending like this is running text after all: punctuation, or a lowercase word that needs more. */
const NOT_A_HEADING_END = new RegExp(`(?:[.;:,!?]["'”’)\\]]*|\\s(?:${WORDS_THAT_NEED_MORE}))$`)

/**
 * Reads each block's text (footnote markers left out) and tells headings from paragraphs: a heading
 * is a short block that starts with a capital or a number (not a letter or bullet item) and ends in
 * no punctuation. Consecutive all-caps headings are one heading (a title the PDF broke over lines),
 * and so are the headings before the first paragraph (the document's title).
 */
export function classifyBlocks(
  source: string,
  blocks: readonly TextBlock[],
  markers: readonly Span[],
  layout: LineLayout,
): ClassifiedBlock[] {
  const classified: ClassifiedBlock[] = []
  let previousLetter: string | undefined
  for (const block of blocks) {
    const text = readBlockText(source, block.lines, markers)
    if (text.text === '') continue
    const number = matchItemNumber(text.text, previousLetter)
    if (number?.kind === 'letter') previousLetter = number.key
    else if (number?.kind !== 'roman') previousLetter = undefined
    const kind = isHeading(text.text, block.lines.length, number, layout) ? 'heading' : 'paragraph'
    const entry: ClassifiedBlock = { kind, lines: block.lines, text, number, capitals: isAllCaps(text.text) }
    if (!mergeHeading(source, classified, entry, markers)) classified.push(entry)
  }
  return classified
}

function isHeading(text: string, lineCount: number, number: ItemNumber | undefined, layout: LineLayout): boolean {
  if (number?.kind === 'letter' || number?.kind === 'bullet') return false
  if (lineCount > MAX_HEADING_LINES || text.length > layout.fullWidth * MAX_HEADING_LINES) return false
  const words = number === undefined ? text : text.slice(number.text.length).trimStart()
  return /^[\p{Lu}\p{N}]/u.test(words) && !NOT_A_HEADING_END.test(text)
}

/** Joins `entry` to the heading before it when both are capitals, or when no paragraph came yet. */
function mergeHeading(source: string, classified: ClassifiedBlock[], entry: ClassifiedBlock, markers: readonly Span[]): boolean {
  const previous = classified.at(-1)
  if (entry.kind !== 'heading' || previous?.kind !== 'heading') return false
  const beforeAnyParagraph = classified.every((block) => block.kind === 'heading')
  if (!(previous.capitals && entry.capitals) && !beforeAnyParagraph) return false
  const lines = [...previous.lines, ...entry.lines]
  const text = readBlockText(source, lines, markers)
  classified[classified.length - 1] = { ...previous, lines, text, capitals: previous.capitals && entry.capitals }
  return true
}
