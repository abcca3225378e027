import { bracketDepthAfter, CHARACTER_CLASS, createCharacterTable, isEllipsis } from './bracket-depth.js'
import { skipWhile, skipWhiteSpace } from './scan.js'
import { isWhiteSpaceCode } from './white-space.js'

/** Characters that can end an English sentence. */
const TERMINALS = new Set(['.', '!', '?', '…'])
/** Character classes, read into local constants once: the hot loop then does no property lookups. */
const { terminal: TERMINAL, opening: OPENING, closing: CLOSING } = CHARACTER_CLASS
/** Classes of all characters for the hot loop: the terminals above and brackets. */
const CHARACTERS = createCharacterTable([...TERMINALS].join(''))
/** Closing quotes and brackets that belong to the sentence before them; `*` closes bold markup. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»', '*'])
/** Opening quotes and brackets a sentence may start with; `*` opens bold markup. */
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '«', '*'])
/** A sentence starts with a capital, a digit, or a letter of a script without case (Han). */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]/uy
/** Longest word looked at as a possible abbreviation; also keeps the look-back bounded. */
const MAX_ABBREVIATION_LENGTH = 12
/** Titles and Latin short forms a sentence does not end on. */
const ALWAYS_ABBREVIATED = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Messrs', 'vs', 'cf', 'viz'])
/** Short forms that stay inside the sentence when a number follows ("Goal No. 9", "Art. 3"). */
const ABBREVIATED_BEFORE_NUMBER = new Set(['No', 'no', 'Nos', 'nos', 'Art', 'Vol', 'Fig', 'p', 'pp', 'Sec', 'Ch'])
/** Initials and dotted short forms: "U.S", "i.e", "e.g", "J". */
const INITIALS = /^(?:(?:\p{L}\.)+\p{L}|\p{Lu})$/u

/**
 * Offsets just after each English sentence end in `text` (after the terminal punctuation and any
 * closing quotes or brackets). Linear: every character is visited a bounded number of times.
 */
export function findEnglishSentenceEnds(text: string): number[] {
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
    const terminalsEnd = skipWhile(text, index, TERMINALS)
    const runEnd = skipWhile(text, terminalsEnd, CLOSERS)
    if (endsSentence(text, index, terminalsEnd, runEnd, depth)) ends.push(runEnd)
    depth = bracketDepthAfter(CHARACTERS, text, terminalsEnd, runEnd, depth)
    index = runEnd
  }
  return ends
}

/** Whether the run of terminals `[start, terminalsEnd)`, closed at `runEnd`, ends a sentence. */
function endsSentence(text: string, start: number, terminalsEnd: number, runEnd: number, depth: number): boolean {
  if (runEnd >= text.length || !isWhiteSpaceCode(text.charCodeAt(runEnd))) return false
  const next = skipWhile(text, skipWhiteSpace(text, runEnd), OPENERS)
  if (!startsSentence(text, next)) return false
  const terminals = text.slice(start, terminalsEnd)
  if (depth > 0 && isEllipsis(terminals)) return false
  return terminals !== '.' || !isAbbreviation(text, start, next)
}

/** Whether the character at `index` can start a sentence; ASCII is decided without the regular expression. */
function startsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
  SENTENCE_START.lastIndex = index
  return SENTENCE_START.test(text)
}

/** Whether the word before the full stop at `dot` is an abbreviation, given the next word at `next`. */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  let start = dot
  while (start > 0 && dot - start <= MAX_ABBREVIATION_LENGTH && !endsWord(text, start - 1)) start--
  if (start > 0 && !endsWord(text, start - 1)) return false
  const word = text.slice(start, dot)
  if (ALWAYS_ABBREVIATED.has(word) || INITIALS.test(word)) return true
  const nextCode = text.charCodeAt(next)
  return ABBREVIATED_BEFORE_NUMBER.has(word) && nextCode >= 0x30 && nextCode <= 0x39
}

/** Whether the character at `index` separates words (white space or an opening bracket or quote). */
function endsWord(text: string, index: number): boolean {
  return isWhiteSpaceCode(text.charCodeAt(index)) || OPENERS.has(text.charAt(index))
}
