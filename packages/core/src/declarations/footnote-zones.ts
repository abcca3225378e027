import type { SkippedSpan } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import { BARE_NOTE_NUMBER, INLINE_NOTE_NUMBER, numberNotes, readZone, type NoteGroup } from './footnote-groups.js'
import { findFootnoteMarker } from './footnote-markers.js'
import { matchItemNumber } from './item-numbers.js'
import { endsSentence, isSmallTypeLine, type LineLayout, type SourceLine } from './source-lines.js'

/** A footnote found at the foot of a page, before it is tied to a paragraph. */
export interface FootnoteDraft {
  readonly number: number
  readonly text: Span
  readonly label: Span | undefined
  readonly marker: Span | undefined
}

/** The footnotes of a document, and the lines they take (with loose numbers no note took). */
export interface Footnotes {
  readonly notes: FootnoteDraft[]
  /** Indices of every line of every zone. */
  readonly lines: Set<number>
  /** Footnote numbers whose text the extraction lost, kept as skipped spans. */
  readonly orphans: SkippedSpan[]
}

/** A footnote number may skip this many numbers at most (notes whose text the extraction lost). */
const MAX_NUMBER_GAP = 3

/** Where the scan stands: the last note number seen, and the offset after the last marker. */
interface ScanState {
  lastNumber: number
  cursor: number
  readonly excluded: Span[]
}

/**
 * Finds the footnotes of a PDF extraction. A footnote zone sits at the foot of a page (it runs to the
 * next page's first line or the end of the text) and starts at a footnote number — alone on its line
 * or opening a line — that is the next number expected and whose marker stands in the running text
 * before it. A note without a number of its own (the extraction may drop it) may stand just above:
 * it is taken in when its lines are in the footnotes' smaller type, or when a loose number follows it.
 *
 * @param furniture - Lines already known as page furniture, by index; zones stop there.
 */
export function findFootnotes(
  text: string,
  lines: readonly SourceLine[],
  layout: LineLayout,
  furniture: ReadonlyMap<number, SkippedSpan>,
): Footnotes {
  const state: ScanState = { lastNumber: 0, cursor: 0, excluded: [...furniture.values()] }
  const found: Footnotes = { notes: [], lines: new Set(), orphans: [] }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const number = anchorNumber(line)
    if (furniture.has(index) || number === undefined || !isExpected(text, state, number, line.start)) continue
    const last = zoneEnd(lines, index, furniture)
    if (last === undefined) continue
    const first = zoneStart(text, lines, layout, state, index, number, furniture)
    const zone = numberZone(text, lines, state, { first, last }) ?? numberZone(text, lines, state, { first: index, last })
    if (zone) index = recordZone(text, lines, state, found, zone)
  }
  return found
}

/** The footnote number a line opens with, alone or before its text. */
function anchorNumber(line: SourceLine): number | undefined {
  const match = BARE_NOTE_NUMBER.exec(line.text) ?? INLINE_NOTE_NUMBER.exec(line.text)
  return match ? Number(match[1]) : undefined
}

/** Whether `number` may be the next footnote: just after the last one, with a marker in the text before `before`. */
function isExpected(text: string, state: ScanState, number: number, before: number): boolean {
  if (number <= state.lastNumber || number > state.lastNumber + MAX_NUMBER_GAP) return false
  return findFootnoteMarker(text, number, state.cursor, before, state.excluded) !== undefined
}

/** The zone's last line: before the next page's first line, page furniture, or the end; none if a numbered paragraph comes first. */
function zoneEnd(lines: readonly SourceLine[], first: number, furniture: ReadonlyMap<number, SkippedSpan>): number | undefined {
  let last = first
  for (let index = first + 1; index < lines.length; index++) {
    const line = lines[index]!
    if (line.opensPage || furniture.has(index)) break
    if (!line.blank && matchItemNumber(line.text)?.kind === 'numbered') return undefined
    last = index
  }
  return last
}

/**
 * The zone's first line: the anchor's, or that of a note without a number just above it — when the
 * anchor is a loose number right under text, or when a marker in the text has no note yet.
 */
function zoneStart(
  text: string,
  lines: readonly SourceLine[],
  layout: LineLayout,
  state: ScanState,
  anchor: number,
  number: number,
  furniture: ReadonlyMap<number, SkippedSpan>,
): number {
  const above = lines[anchor - 1]
  if (above === undefined || above.blank || lines[anchor]!.opensPage) return anchor
  const loose = BARE_NOTE_NUMBER.test(lines[anchor]!.text)
  if (!loose && inferNumber(text, state, number, lines[anchor]!.start) === undefined) return anchor
  return findNoteTop(lines, layout, anchor, furniture)
}

/**
 * Walks up from the line above `anchor` to the first line of the note that ends there: it starts
 * where the line above ends a sentence and it starts with a capital, or where its small type starts.
 * Returns `anchor` when the walk meets a paragraph number, a page's first line, page furniture or a
 * blank line first.
 */
function findNoteTop(lines: readonly SourceLine[], layout: LineLayout, anchor: number, furniture: ReadonlyMap<number, SkippedSpan>): number {
  for (let index = anchor - 1; index > 0; index--) {
    const line = lines[index]!
    const above = lines[index - 1]!
    if (line.blank || line.opensPage || furniture.has(index) || matchItemNumber(line.text) !== undefined) return anchor
    if (above.blank || furniture.has(index - 1)) return anchor
    if (endsSentence(above) && /^\p{Lu}/u.test(line.text)) return index
    if (isSmallTypeLine(line, layout) && !isSmallTypeLine(above, layout)) return index
  }
  return anchor
}

/** The largest number below `before` (and above the last note) whose marker stands in the text before `end`. */
function inferNumber(text: string, state: ScanState, before: number, end: number): number | undefined {
  for (let number = before - 1; number > state.lastNumber; number--) {
    const marker = findFootnoteMarker(text, number, state.cursor, end, state.excluded)
    if (marker !== undefined && /\p{Ll}|[’”"')\]]/u.test(text[marker.start - 1] ?? '')) return number
  }
  return undefined
}

/** A zone with its notes numbered. */
interface NumberedZone {
  readonly first: number
  readonly last: number
  readonly groups: NoteGroup[]
  readonly orphans: Array<{ number: number; label: Span }>
}

/**
 * Reads a zone's lines into numbered notes. Returns `undefined` when its first note gets no number
 * (it was running text after all); a later note without one is kept as a skipped span.
 */
function numberZone(
  text: string,
  lines: readonly SourceLine[],
  state: ScanState,
  zone: { first: number; last: number },
): NumberedZone | undefined {
  const content = readZone(lines, zone.first, zone.last)
  const orphans = numberNotes(lines, content)
  const zoneStartOffset = lines[zone.first]!.start
  for (const group of content.groups) {
    group.number ??= inferNumber(text, state, nextNumber(state, content.groups, group), zoneStartOffset)
  }
  if (content.groups[0]?.number === undefined) return undefined
  return { ...zone, groups: content.groups, orphans }
}

/** Records a numbered zone: its notes (with their markers), its lines, and what no note took. Returns its last line. */
function recordZone(text: string, lines: readonly SourceLine[], state: ScanState, found: Footnotes, zone: NumberedZone): number {
  const zoneStartOffset = lines[zone.first]!.start
  for (const orphan of zone.orphans) found.orphans.push({ reason: 'footer', text: String(orphan.number), ...orphan.label })
  const numbered = zone.groups.filter((group): group is NoteGroup & { number: number } => group.number !== undefined)
  for (const group of numbered.sort((a, b) => a.number - b.number)) {
    const marker = findFootnoteMarker(text, group.number, state.cursor, zoneStartOffset, state.excluded)
    if (marker) state.cursor = marker.end
    state.lastNumber = Math.max(state.lastNumber, group.number)
    found.notes.push(draftNote(lines, group, marker))
  }
  for (const group of zone.groups.filter((other) => other.number === undefined)) {
    const last = lines[group.lines.at(-1)!]!
    found.orphans.push({ reason: 'footer', text: text.slice(group.textStart, last.content.end), start: group.textStart, end: last.content.end })
  }
  for (let index = zone.first; index <= zone.last; index++) found.lines.add(index)
  state.excluded.push({ start: zoneStartOffset, end: lines[zone.last]!.end })
  return zone.last
}

/** The number of the next numbered note after `group` in the zone, or one past the largest the gap allows. */
function nextNumber(state: ScanState, groups: readonly NoteGroup[], group: NoteGroup): number {
  const after = groups.slice(groups.indexOf(group) + 1).find((other) => other.number !== undefined)
  return after?.number ?? state.lastNumber + MAX_NUMBER_GAP + 1
}

function draftNote(lines: readonly SourceLine[], group: NoteGroup & { number: number }, marker: Span | undefined): FootnoteDraft {
  const last = lines[group.lines.at(-1)!]!
  return { number: group.number, text: { start: group.textStart, end: last.content.end }, label: group.label, marker }
}
