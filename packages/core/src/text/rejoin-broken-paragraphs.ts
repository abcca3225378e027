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
    const join = previous !== undefined && joinable(previous) && joinable(block) && !opensList(text, block, blocks[index + 1])
    if (join && continuesParagraph(text, previous, block)) joined[joined.length - 1] = { ...previous, end: block.end }
    else joined.push(block)
  }
  return joined
}

/**
 * Whether `block` is the first item of a list whose lead-in stands before it ("… G20 nations" /
 * "reiterate …, " / "promote …, and"): it ends like a list item and the next paragraph goes on in
 * lowercase. Such an item stays a paragraph of its own, as the items after it do, so a lead-in and its
 * items are read alike whether or not the lead-in ends with a colon.
 */
function opensList(text: string, block: Span, next: Span | undefined): boolean {
  if (next === undefined) return false
  const blockEnd = sentenceTextUnchecked(text.slice(Math.max(block.start, block.end - EDGE_LENGTH), block.end))
  const nextStart = sentenceTextUnchecked(text.slice(next.start, Math.min(next.end, next.start + EDGE_LENGTH)))
  return LIST_ITEM_END.test(blockEnd) && LOWERCASE_START.test(nextStart)
}

/**
 * Whether paragraph `after` continues paragraph `before`: `after` starts with a lowercase letter and
 * `before` does not end with terminal punctuation or a colon, unless they are items of a list
 * (`before` ends with ", and", "; and", ", or"; or both end with "," or ";" or such a conjunction).
 */
export function continuesParagraph(text: string, before: Span, after: Span): boolean {
  const beforeEnd = sentenceTextUnchecked(text.slice(Math.max(before.start, before.end - EDGE_LENGTH), before.end))
  const afterStart = sentenceTextUnchecked(text.slice(after.start, Math.min(after.end, after.start + EDGE_LENGTH)))
  if (!LOWERCASE_START.test(afterStart) || TERMINAL_END.test(beforeEnd)) return false
  if (LIST_CONJUNCTION_END.test(beforeEnd)) return false
  const afterEnd = sentenceTextUnchecked(text.slice(Math.max(after.start, after.end - EDGE_LENGTH), after.end))
  return !(/[,;]$/.test(beforeEnd) && LIST_ITEM_END.test(afterEnd))
}
