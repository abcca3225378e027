import { isEllipsis, nextBracketDepth } from './bracket-depth.js'
import { skipWhile } from './scan.js'

/** Punctuation that ends a Chinese sentence. `；` is not one: it joins clauses of one sentence. */
const TERMINALS = new Set(['。', '！', '？', '…'])
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
    const char = text.charAt(index)
    if (!TERMINALS.has(char)) {
      depth = nextBracketDepth(depth, char)
      index++
      continue
    }
    const terminalsEnd = skipWhile(text, index, RUN_CONTINUATIONS)
    const runEnd = skipWhile(text, terminalsEnd, CLOSERS)
    if (depth === 0 || !isEllipsis(text.slice(index, terminalsEnd))) ends.push(runEnd)
    for (let i = terminalsEnd; i < runEnd; i++) depth = nextBracketDepth(depth, text.charAt(i))
    index = runEnd
  }
  return ends
}
