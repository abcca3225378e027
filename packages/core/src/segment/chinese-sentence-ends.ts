import { bracketDepthAfter, CHARACTER_CLASS, createCharacterTable, isEllipsis } from './bracket-depth.js'
import { skipWhile } from './scan.js'

/** Punctuation that ends a Chinese sentence. `；` is not one: it joins clauses of one sentence. */
const TERMINALS = '。！？…'
/** Character classes, read into local constants once: the hot loop then does no property lookups. */
const { terminal: TERMINAL, opening: OPENING, closing: CLOSING } = CHARACTER_CLASS
/** Classes of all characters for the hot loop: the terminals above and brackets. */
const CHARACTERS = createCharacterTable(TERMINALS)
/** Punctuation that may follow a terminal in the same run ("？！", "？!"). */
const RUN_CONTINUATIONS = new Set(['。', '！', '？', '…', '!', '?'])
/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', '》', '〉', '】', '〕', '"', "'", ')', ']'])

/**
 * Offsets just after each Chinese sentence end in `text`: after a run of `。！？…` and the closing
 * quotes and brackets that follow it. An ellipsis inside brackets does not end a sentence. Linear.
 */
export function findChineseSentenceEnds(text: string): number[] {
  const ends: number[] = []
  let depth = 0
  let index = 0
  while (index < text.length) {
    const kind = CHARACTERS[text.charCodeAt(index)]
    if (kind !== TERMINAL) {
      if (kind === OPENING) depth++
      else if (kind === CLOSING && depth > 0) depth--
      index++
      continue
    }
    const terminalsEnd = skipWhile(text, index, RUN_CONTINUATIONS)
    const runEnd = skipWhile(text, terminalsEnd, CLOSERS)
    if (depth === 0 || !isEllipsis(text.slice(index, terminalsEnd))) ends.push(runEnd)
    depth = bracketDepthAfter(CHARACTERS, text, terminalsEnd, runEnd, depth)
    index = runEnd
  }
  return ends
}
