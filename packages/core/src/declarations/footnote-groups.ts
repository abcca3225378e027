import type { Span } from '../segment/span.js'
import type { SourceLine } from './source-lines.js'

/** A footnote number alone on its line ("7"). */
export const BARE_NOTE_NUMBER = /^(\d{1,3})$/
/** A footnote number opening its text ("3 OECD estimates…", "4 ‘Digital Service Providers’ refers…"). */
export const INLINE_NOTE_NUMBER = /^(\d{1,3})[ \t]+(?=[\p{Lu}‘“'"(])/u

/** A footnote as read from its zone: its number (once known), where the number is written, its lines. */
export interface NoteGroup {
  number: number | undefined
  label: Span | undefined
  /** Indices of the lines of its text. */
  lines: number[]
  /** Where its text starts on its first line (after an inline number). */
  textStart: number
}

/** What a zone holds: note texts in order, and the numbers set on lines of their own. */
export interface ZoneContent {
  readonly groups: NoteGroup[]
  /** Numbers alone on their lines, in zone order. */
  readonly numbers: Array<{ number: number; label: Span }>
}

/**
 * Reads the lines of a footnote zone into note texts and loose numbers. A line opening with a number
 * starts a note of that number; a number alone on its line is kept apart (PDF extractions put it
 * before or after its text); other lines continue the note above them, unless a loose number stands
 * between them.
 */
export function readZone(lines: readonly SourceLine[], first: number, last: number): ZoneContent {
  const groups: NoteGroup[] = []
  const numbers: ZoneContent['numbers'] = []
  let afterNumber = true
  for (let index = first; index <= last; index++) {
    const line = lines[index]!
    if (line.blank) continue
    const bare = BARE_NOTE_NUMBER.exec(line.text)
    const inline = INLINE_NOTE_NUMBER.exec(line.text)
    if (bare) {
      numbers.push({ number: Number(bare[1]), label: line.content })
      afterNumber = true
    } else if (inline) {
      const label = { start: line.content.start, end: line.content.start + inline[1]!.length }
      groups.push({ number: Number(inline[1]), label, lines: [index], textStart: line.content.start + inline[0].length })
      afterNumber = false
    } else if (afterNumber || groups.length === 0) {
      groups.push({ number: undefined, label: undefined, lines: [index], textStart: line.content.start })
      afterNumber = false
    } else {
      groups.at(-1)!.lines.push(index)
    }
  }
  return { groups, numbers }
}

/**
 * Gives the loose numbers to the notes without one. Notes are printed in the order of their numbers,
 * so the numbers go in ascending order to the notes in zone order; when there are more numbers than
 * notes, a note of several lines is split where a line starts with a capital (two one-line notes the
 * extraction ran together). Returns the numbers no note took.
 */
export function numberNotes(lines: readonly SourceLine[], content: ZoneContent): ZoneContent['numbers'] {
  const loose = [...content.numbers].sort((a, b) => a.number - b.number)
  while (unnumbered(content.groups).length < loose.length && splitGroup(lines, content.groups)) {
    // Split until every number has a note, or no note can be split.
  }
  const waiting = unnumbered(content.groups)
  loose.forEach((entry, index) => {
    const group = waiting[index]
    if (group === undefined) return
    group.number = entry.number
    group.label = entry.label
  })
  return loose.slice(waiting.length)
}

function unnumbered(groups: readonly NoteGroup[]): NoteGroup[] {
  return groups.filter((group) => group.number === undefined)
}

/** Splits the longest unnumbered note at its first line (after the first) that starts with a capital. */
function splitGroup(lines: readonly SourceLine[], groups: NoteGroup[]): boolean {
  const candidates = unnumbered(groups).sort((a, b) => b.lines.length - a.lines.length)
  for (const group of candidates) {
    const at = group.lines.findIndex((index, position) => position > 0 && /^\p{Lu}/u.test(lines[index]!.text))
    if (at < 0) continue
    const rest = group.lines.splice(at)
    const first = lines[rest[0]!]!
    groups.splice(groups.indexOf(group) + 1, 0, { number: undefined, label: undefined, lines: rest, textStart: first.content.start })
    return true
  }
  return false
}
