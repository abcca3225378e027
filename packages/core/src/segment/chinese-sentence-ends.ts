import { bracketDepthAfter, CHARACTER_CLASS, createCharacterTable, isEllipsis } from './bracket-depth.js'
import { skipWhile } from './scan.js'

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
/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', '》', '〉', '】', '〕', '"', "'", ')', ']'])
/** Dashes ("——"): an utterance broken off, a sentence end when a closing quote follows ("你为什么——”"). */
const DASHES = new Set(['—'])
/** Quotes that close an utterance a dash broke off. */
const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '"'])
/** Quotation marks that open and close an utterance, for telling a pause inside one from a sentence end. */
const OPENING_QUOTES = new Set(['“', '「', '『'])
const UTTERANCE_CLOSERS = new Set(['”', '」', '』'])
/** A Latin letter or digit: half-width `!` or `?` after one belongs to a Latin token or an address. */
const LATIN_WORD_CHARACTER = /[A-Za-z0-9]/

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
  while (index < text.length) {
    const kind = CHARACTERS[text.charCodeAt(index)]
    if (kind !== TERMINAL) {
      if (kind === OPENING) depth++
      else if (kind === CLOSING && depth > 0) depth--
      const character = text.charAt(index)
      if (OPENING_QUOTES.has(character)) quotes++
      else if (UTTERANCE_CLOSERS.has(character) && quotes > 0) quotes--
      index++
      continue
    }
    const character = text.charAt(index)
    if (character === '—') {
      const dashesEnd = skipWhile(text, index, DASHES)
      const quotesEnd = skipWhile(text, dashesEnd, CLOSING_QUOTES)
      if (quotesEnd > dashesEnd && depth === 0) ends.push(skipWhile(text, quotesEnd, CLOSERS))
      for (let at = dashesEnd; at < quotesEnd; at++) if (UTTERANCE_CLOSERS.has(text.charAt(at)) && quotes > 0) quotes--
      index = quotesEnd
      continue
    }
    if ((character === '!' || character === '?') && LATIN_WORD_CHARACTER.test(text.charAt(index - 1))) {
      index++
      continue
    }
    const terminalsEnd = skipWhile(text, index, RUN_CONTINUATIONS)
    const runEnd = skipWhile(text, terminalsEnd, CLOSERS)
    // An ellipsis inside brackets, or inside a quotation that goes on after it, is a pause ("我叫…… 叫小玄子。").
    const pause = isEllipsis(text.slice(index, terminalsEnd)) && (depth > 0 || (quotes > 0 && runEnd === terminalsEnd))
    if (!pause) ends.push(runEnd)
    for (let at = terminalsEnd; at < runEnd; at++) if (UTTERANCE_CLOSERS.has(text.charAt(at)) && quotes > 0) quotes--
    depth = bracketDepthAfter(CHARACTERS, text, terminalsEnd, runEnd, depth)
    index = runEnd
  }
  return ends
}
