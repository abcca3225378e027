/** Brackets that open a parenthetical, in both scripts. */
const OPENING_BRACKETS = '([（［'
/** Brackets that close one. */
const CLOSING_BRACKETS = ')]）］'

/** Classes of UTF-16 code units in a character table. */
export const CHARACTER_CLASS = {
  /** Nothing the splitters look at. */
  plain: 0,
  /** Punctuation that may end a sentence. */
  terminal: 1,
  /** An opening bracket. */
  opening: 2,
  /** A closing bracket. */
  closing: 3,
} as const

/**
 * A lookup table from UTF-16 code unit to `CHARACTER_CLASS`, so the hot loops of the splitters read
 * one byte per character and track bracket depth without calls.
 */
export function createCharacterTable(terminals: string): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const char of OPENING_BRACKETS) table[char.charCodeAt(0)] = CHARACTER_CLASS.opening
  for (const char of CLOSING_BRACKETS) table[char.charCodeAt(0)] = CHARACTER_CLASS.closing
  for (const char of terminals) table[char.charCodeAt(0)] = CHARACTER_CLASS.terminal
  return table
}

/** Bracket depth after `text[start..end)`, given `depth` before it; stray closing brackets are ignored. */
export function bracketDepthAfter(table: Uint8Array, text: string, start: number, end: number, depth: number): number {
  let current = depth
  for (let index = start; index < end; index++) {
    const kind = table[text.charCodeAt(index)]
    if (kind === CHARACTER_CLASS.opening) current++
    else if (kind === CHARACTER_CLASS.closing && current > 0) current--
  }
  return current
}

/** Whether a run of terminal punctuation is only an ellipsis ("...", "…", "……"). */
export function isEllipsis(terminals: string): boolean {
  return /^(?:\.{2,}|[.…]*…[.…]*)$/.test(terminals)
}
