import type { LineJoin } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import { isWhiteSpaceCode } from '../segment/white-space.js'
import type { SourceLine } from './source-lines.js'

/** The reading text of a block, and where each of its characters stands in the source. */
export interface BlockText {
  /** Lines joined, footnote markers left out, white space folded to single spaces, trimmed. */
  readonly text: string
  /** Source offset of each character of `text` (a folded space points at the first white space it replaces). */
  readonly offsets: readonly number[]
  /** Words hyphenated at a line end, read joined with their hyphen kept. */
  readonly joins: LineJoin[]
}

/** A hyphen at a line end, between a letter before it and a letter or digit that opens the next line. */
export const LINE_END_HYPHEN = /\p{L}[-‐]$/u
export const OPENS_WITH_WORD = /^[\p{L}\p{N}]/u

/**
 * Reads a block's lines as one text. Line breaks become spaces, except after a hyphen that ends a
 * line between two word characters: "human-" + "centred" reads "human-centred" (the hyphen kept, as
 * compounds like "start-ups" need it), and the join is reported. Footnote markers are left out,
 * with the space before a marker set apart ("ecosystems 9 ,").
 */
export function readBlockText(source: string, lines: readonly SourceLine[], markers: readonly Span[]): BlockText {
  const characters: string[] = []
  const offsets: number[] = []
  const joinsAt: number[] = []
  for (const [position, line] of lines.entries()) {
    if (position > 0) {
      if (LINE_END_HYPHEN.test(characters.slice(-2).join('')) && OPENS_WITH_WORD.test(line.text)) joinsAt.push(characters.length)
      else append(characters, offsets, ' ', lines[position - 1]!.content.end)
    }
    const lineMarkers = markers.filter((span) => span.start < line.content.end && span.end > line.content.start)
    for (let offset = line.content.start; offset < line.content.end; offset++) {
      const marker = lineMarkers.find((span) => span.start <= offset && offset < span.end)
      if (marker) {
        if (characters.at(-1) === ' ' && marker.start > line.content.start) dropLast(characters, offsets)
        offset = skipSpaceBeforePunctuation(source, marker.end, line.content.end) - 1
        continue
      }
      append(characters, offsets, source[offset]!, offset)
    }
  }
  while (characters.at(-1) === ' ') dropLast(characters, offsets)
  const text = characters.join('')
  return { text, offsets, joins: joinsAt.map((at) => hyphenJoin(text, offsets, at)) }
}

/** Past the white space after a marker when punctuation follows it ("ecosystems 9 , in" reads "ecosystems, in"). */
function skipSpaceBeforePunctuation(source: string, from: number, end: number): number {
  let offset = from
  while (offset < end && isWhiteSpaceCode(source.charCodeAt(offset))) offset++
  return /[,.;:)\]]/.test(source[offset] ?? '') ? offset : from
}

/** Appends a character, folding white space into the single space before it. */
function append(characters: string[], offsets: number[], character: string, offset: number): void {
  if (isWhiteSpaceCode(character.charCodeAt(0))) {
    if (characters.length === 0 || characters.at(-1) === ' ') return
    characters.push(' ')
  } else {
    characters.push(character)
  }
  offsets.push(offset)
}

function dropLast(characters: string[], offsets: number[]): void {
  characters.pop()
  offsets.pop()
}

/** The word around a line-end hyphen join at `at`, with its span in the source. */
function hyphenJoin(text: string, offsets: readonly number[], at: number): LineJoin {
  const word = lineEndWord(text, at)
  return { kind: 'hyphen', text: word.text, start: offsets[word.start]!, end: offsets[word.end - 1]! + 1 }
}

/** The word of `text` around offset `at` (between white space, punctuation at its ends left out), and its span in `text`. */
export function lineEndWord(text: string, at: number): { text: string; start: number; end: number } {
  let start = at
  let end = at
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--
  while (end < text.length && !/\s/.test(text[end]!)) end++
  const word = text.slice(start, end).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  const wordStart = start + text.slice(start, end).search(/[\p{L}\p{N}]/u)
  return { text: word, start: wordStart, end: wordStart + word.length }
}
