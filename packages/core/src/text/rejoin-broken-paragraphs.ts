import type { Span } from '../segment/span.js'
import { sentenceTextUnchecked } from './normalize.js'

/** A paragraph ending like this ends on purpose: terminal punctuation or a colon, then closing quotes or brackets. */
const TERMINAL_END = /[.!?:…。！？：]["'”’)\]]*$/
/** A paragraph that starts like this continues a sentence. */
const LOWERCASE_START = /^\p{Ll}/u
/** The end of a list item that announces the last one (", and", "; or"). */
const LIST_CONJUNCTION_END = /[,;] (?:and|or)$/
/** The end of any list item: a comma or semicolon, with or without a conjunction. */
const LIST_ITEM_END = /[,;](?: (?:and|or))?$/
/** Characters read at a paragraph's edge to decide; longer than any pattern above, so no whole paragraph is read. */
const EDGE_LENGTH = 40

/**
 * Joins paragraphs that a PDF page break split mid-sentence. Each paragraph is compared with the
 * one before it (as already joined); `joinable` says which blocks are paragraphs at all (not
 * headings or labels). The joined span runs from the first paragraph's start to the last one's end.
 */
export function rejoinBrokenParagraphs<Block extends Span>(
  text: string,
  blocks: readonly Block[],
  joinable: (block: Block) => boolean = () => true,
): Block[] {
  const joined: Block[] = []
  for (const [index, block] of blocks.entries()) {
    const previous = joined.at(-1)
    const join = previous !== undefined && joinable(previous) && joinable(block)
    if (join && continuesParagraph(text, previous, block, blocks[index + 1])) joined[joined.length - 1] = { ...previous, end: block.end }
    else joined.push(block)
  }
  return joined
}

/**
 * Whether paragraph `after` continues paragraph `before`: `after` starts with a lowercase letter and
 * `before` does not end with terminal punctuation or a colon, unless they are items of a list
 * (`before` ends with ", and", "; and", ", or"; or both end with "," or ";" or such a conjunction), or
 * `after` opens a list whose lead-in `before` is (`after` ends like an item and `next` goes on in
 * lowercase: "… G20 nations" / "reiterate …," / "promote …, and"), so a lead-in and its items are read
 * alike whether or not the lead-in ends with a colon.
 */
export function continuesParagraph(text: string, before: Span, after: Span, next?: Span): boolean {
  const beforeEnd = edgeText(text, before, 'end')
  if (!LOWERCASE_START.test(edgeText(text, after, 'start')) || TERMINAL_END.test(beforeEnd)) return false
  if (LIST_CONJUNCTION_END.test(beforeEnd)) return false
  const afterIsItem = LIST_ITEM_END.test(edgeText(text, after, 'end'))
  if (afterIsItem && next !== undefined && LOWERCASE_START.test(edgeText(text, next, 'start'))) return false
  return !(/[,;]$/.test(beforeEnd) && afterIsItem)
}

/** The folded text at one edge of a paragraph, at most {@link EDGE_LENGTH} characters of it. */
function edgeText(text: string, span: Span, edge: 'start' | 'end'): string {
  const slice = edge === 'start' ? text.slice(span.start, Math.min(span.end, span.start + EDGE_LENGTH)) : text.slice(Math.max(span.start, span.end - EDGE_LENGTH), span.end)
  return sentenceTextUnchecked(slice)
}
