import type { LineJoin } from '../model/schemas.js'
import { isRunTogetherLine, type LineLayout, type SourceLine } from './source-lines.js'

/** An acronym run into a capitalised word ("NPREnabling"): a hyphen that a line join dropped. */
const GLUED_CAPITALS = /\p{Lu}{2,}\p{Lu}\p{Ll}{2,}/u
/** Words of letters (with inner hyphens), the candidates for a join. */
const WORD = /\p{L}+(?:[-‐]\p{L}+)*/gu
/** Where the first of two run-together lines ended, as shares of the full width (a full line is rarely narrower or wider). */
const FIRST_LINE_END = { from: 0.85, to: 1.05 }
/** A word shorter than this is rarely a compound that lost its hyphen. */
const MIN_JOINED_LENGTH = 7

/**
 * Reports the words that PDF line joins glued, kept as written. Only lines as long as two are looked
 * at (where the extraction ran two lines together and dropped a line-end hyphen): an acronym run
 * into a capitalised word is `glued` ("NPREnabling"); else the longest word across the column where
 * the first line ended is a `long-line` join ("farreaching", "highspeed").
 */
export function findRunTogetherWords(lines: readonly SourceLine[], layout: LineLayout): LineJoin[] {
  const joins: LineJoin[] = []
  for (const line of lines) {
    if (!isRunTogetherLine(line, layout)) continue
    const join = gluedWord(line) ?? wordAtFirstLineEnd(line, layout)
    if (join) joins.push(join)
  }
  return joins
}

function gluedWord(line: SourceLine): LineJoin | undefined {
  for (const match of line.text.matchAll(WORD)) {
    if (GLUED_CAPITALS.test(match[0])) return join('glued', line, match[0], match.index)
  }
  return undefined
}

function wordAtFirstLineEnd(line: SourceLine, layout: LineLayout): LineJoin | undefined {
  const from = layout.fullWidth * FIRST_LINE_END.from
  const to = layout.fullWidth * FIRST_LINE_END.to
  let best: RegExpMatchArray | undefined
  for (const match of line.text.matchAll(WORD)) {
    const crosses = match.index < to && match.index + match[0].length > from
    if (crosses && match[0].length >= MIN_JOINED_LENGTH && match[0].length > (best?.[0].length ?? 0)) best = match
  }
  return best?.index === undefined ? undefined : join('long-line', line, best[0], best.index)
}

function join(kind: LineJoin['kind'], line: SourceLine, word: string, at: number): LineJoin {
  const start = line.content.start + at
  return { kind, text: word, start, end: start + word.length }
}
