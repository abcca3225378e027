/** Brackets that open a parenthetical, in both scripts. */
const OPENING_BRACKETS = new Set(['(', '[', '（', '［'])
/** Brackets that close one. */
const CLOSING_BRACKETS = new Set([')', ']', '）', '］'])

/** How many brackets are open after `char`, given `depth` before it; a stray closing bracket is ignored. */
export function nextBracketDepth(depth: number, char: string): number {
  if (OPENING_BRACKETS.has(char)) return depth + 1
  if (CLOSING_BRACKETS.has(char)) return Math.max(0, depth - 1)
  return depth
}

/** Whether a run of terminal punctuation is only an ellipsis ("...", "…", "……"). */
export function isEllipsis(terminals: string): boolean {
  return /^(?:\.{2,}|[.…]*…[.…]*)$/.test(terminals)
}
