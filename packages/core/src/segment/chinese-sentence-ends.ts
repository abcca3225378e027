import { bracketDepthAfter, CHARACTER_CLASS, createCharacterTable, isEllipsis } from './bracket-depth.js'
import { skipWhile } from './scan.js'
import { isLineBreakCode, isWhiteSpaceCode } from './white-space.js'

/**
 * Punctuation that ends a Chinese sentence. `；` is not one: it joins clauses of one sentence.
 * Half-width `!` and `?` count too (Chinese typed on a Western keyboard, "呢!"), except after a Latin
 * letter or digit ("Yahoo!", "a.php?id=1"); a dash ends one only before a closing quote (see below).
 */
const TERMINALS = '。！？…!?—'
/** Character classes, read into local constants once: the hot loop then does no property lookups. */
const { terminal: TERMINAL, opening: OPENING, closing: CLOSING } = CHARACTER_CLASS
/** Classes of all characters for the hot loop: the terminals above and brackets. */
const CHARACTERS = createCharacterTable(TERMINALS)
/** Punctuation that may follow a terminal in the same run ("？！", "？!"). */
const RUN_CONTINUATIONS = new Set(['。', '！', '？', '…', '!', '?'])
/**
 * Closing marks that close whatever comes before them whatever stands between: after a sentence end and
 * a space ("摔交。 ”", as texts joined from lines often have it), they still belong to that sentence.
 * ASCII quotes are left out: after a space they open the next utterance as often as they close one.
 */
const FULL_WIDTH_CLOSERS = new Set(['”', '’', '」', '』', '）', '》', '〉', '】', '〕'])
/** Closing quotes and brackets that belong to the sentence before them: the full-width ones and their ASCII counterparts. */
const CLOSERS = new Set([...FULL_WIDTH_CLOSERS, '"', "'", ')', ']'])
/** Dashes ("——"): an utterance broken off, a sentence end when a closing quote follows ("你为什么——”"). */
const DASHES = new Set(['—'])
/** Quotes that close an utterance a dash broke off. */
const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '"'])
/** A Latin letter or digit: half-width `!` or `?` after one belongs to a Latin token or an address. */
const LATIN_WORD_CHARACTER = /[A-Za-z0-9]/
/**
 * Quotation marks that open (1) and close (2) an utterance, by UTF-16 code unit, for telling a pause
 * inside one from a sentence end: a table, so the hot loop reads one byte a character, as for brackets.
 */
const QUOTE_MARKS = (() => {
  const table = new Uint8Array(0x10000)
  for (const mark of '“「『') table[mark.charCodeAt(0)] = 1
  for (const mark of '”」』') table[mark.charCodeAt(0)] = 2
  return table
})()

/** Open quotations after `text[start..end)`, given `open` before it; stray closing quotes are ignored. */
function quotesAfter(text: string, start: number, end: number, open: number): number {
  let current = open
  for (let index = start; index < end; index++) {
    const mark = QUOTE_MARKS[text.charCodeAt(index)]
    if (mark === 1) current++
    else if (mark === 2 && current > 0) current--
  }
  return current
}

/**
 * Where the run of a sentence end that starts with terminals up to `from` stops: the closing quotes and
 * brackets after it, and what a space on the line separates from it that still belongs to it — a
 * full-width closing mark or more terminals ("这是1108：21：35。 ……" ends after the ellipsis).
 */
function endOfRun(text: string, from: number): number {
  let end = skipWhile(text, from, CLOSERS)
  for (;;) {
    let next = end
    while (next < text.length && isWhiteSpaceCode(text.charCodeAt(next)) && !isLineBreakCode(text.charCodeAt(next))) next++
    const character = text.charAt(next)
    if (next === end || !(FULL_WIDTH_CLOSERS.has(character) || RUN_CONTINUATIONS.has(character))) return end
    end = skipWhile(text, skipWhile(text, next, RUN_CONTINUATIONS), CLOSERS)
  }
}

/**
 * Offsets just after each Chinese sentence end in `text`: after a run of `。！？…` (or half-width
 * `!?` not after a Latin letter or digit) and the closing quotes and brackets that follow it, or after
 * a dash and the closing quote that follows it. An ellipsis inside brackets does not end a sentence. Linear.
 */
export function findChineseSentenceEnds(text: string): number[] {
  const ends: number[] = []
  let depth = 0
  let quotes = 0
  let index = 0
  // Whether the sentence under way holds anything yet: white space since the last end does not count.
  let begun = false
  while (index < text.length) {
    const kind = CHARACTERS[text.charCodeAt(index)]
    if (kind !== TERMINAL) {
      begun ||= !isWhiteSpaceCode(text.charCodeAt(index))
      if (kind === OPENING) depth++
      else if (kind === CLOSING && depth > 0) depth--
      quotes = quotesAfter(text, index, index + 1, quotes)
      index++
      continue
    }
    const character = text.charAt(index)
    if (character === '—') {
      const dashesEnd = skipWhile(text, index, DASHES)
      const quotesEnd = skipWhile(text, dashesEnd, CLOSING_QUOTES)
      const ended = quotesEnd > dashesEnd && depth === 0
      if (ended) ends.push(skipWhile(text, quotesEnd, CLOSERS))
      begun = !ended
      quotes = quotesAfter(text, dashesEnd, quotesEnd, quotes)
      index = quotesEnd
      continue
    }
    if ((character === '!' || character === '?') && LATIN_WORD_CHARACTER.test(text.charAt(index - 1))) {
      begun = true
      index++
      continue
    }
    const terminalsEnd = skipWhile(text, index, RUN_CONTINUATIONS)
    const runEnd = endOfRun(text, terminalsEnd)
    // An ellipsis inside brackets, or inside a quotation that goes on after it, is a pause ("我叫…… 叫小玄子。").
    const pause = isEllipsis(text.slice(index, terminalsEnd)) && (depth > 0 || (quotes > 0 && runEnd === terminalsEnd))
    // A run that opens a sentence ("……她还没回来。" after a line break) ends nothing: it leads the sentence in.
    if (!pause && begun) ends.push(runEnd)
    begun = pause || !begun
    quotes = quotesAfter(text, terminalsEnd, runEnd, quotes)
    depth = bracketDepthAfter(CHARACTERS, text, terminalsEnd, runEnd, depth)
    index = runEnd
  }
  return ends
}
