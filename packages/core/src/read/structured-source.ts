import { lineEndWord } from '../declarations/block-text.js'
import type { Document, InputFormat, Language, LineJoin, Note, OriginPiece, Paragraph, SkippedSpan } from '../model/schemas.js'
import { sentenceTextUnchecked } from '../text/normalize.js'
import { readText } from './read-text.js'

/** A run of a block's text as a reader found it, and where it is in the file (see {@link OriginPiece}). */
export interface SourcePiece {
  readonly text: string
  readonly part?: string | undefined
  readonly block?: number | undefined
  readonly sourceStart: number
  readonly sourceEnd: number
  /** Written by the reader (a space between a note's mark and its text), not found in the file: no origin. */
  readonly synthetic?: true | undefined
}

/** What a block of a structured file is: a heading, running text, a list item, a table cell. */
export type SourceBlockKind = 'heading' | 'paragraph' | 'item' | 'cell'

/** A block of a structured file, its text in pieces; `skip` keeps it out of the running text, with the reason. */
export interface SourceBlock {
  readonly kind: SourceBlockKind
  readonly pieces: readonly SourcePiece[]
  readonly skip?: Exclude<SkippedSpan['reason'], 'provenance'> | undefined
  /** Line breaks inside the block (`<br>`, a Word line break): where in its text, as offsets into the joined pieces. */
  readonly breaks?: readonly number[] | undefined
  /** A heading's level, 1 (the title, `h1`, Heading 1) to 6. */
  readonly level?: number | undefined
  /** Where a word hyphenated at a line end was read joined (the hyphen kept): offsets into the joined pieces, just after the hyphen. */
  readonly hyphenJoins?: readonly number[] | undefined
}

/** A footnote or endnote of a structured file: its number as the file gives it, its text, and the block that refers to it. */
export interface SourceNote {
  readonly number: string
  readonly pieces: readonly SourcePiece[]
  /** Index into the blocks of the block holding the note's reference; the note belongs to that block's paragraph. */
  readonly referencedBy: number
  /** How many characters at the start of `pieces` are the note's mark as the text shows it ("[1]"): the note's `label`. */
  readonly labelLength?: number | undefined
  /** The note's marker as the running text sets it (a superscript "1"), taken out of that text: the note's `marker`. */
  readonly marker?: readonly SourcePiece[] | undefined
}

/** What a reader of a structured format found in a file. */
export interface StructuredSource {
  readonly id: string
  readonly language: Language
  readonly sourceFile: string
  readonly format: InputFormat
  readonly encoding?: string | undefined
  readonly title?: string | undefined
  readonly blocks: readonly SourceBlock[]
  readonly notes?: readonly SourceNote[] | undefined
}

/** Written between blocks in the document's text: a blank line, as in a plain text file. */
const BLOCK_SEPARATOR = '\n\n'

/**
 * Builds a document from the blocks a structured reader found, by reading them exactly as the same
 * text would be read as markdown: the document's text is the blocks' text, a blank line between two
 * blocks (a line break where a block has one), then the notes' text, and `origin` records where every
 * stretch of it is in the file. The plain-text readers (`readText`: `outline` when the file marks
 * headings, else `auto`) read a view of that text of
 * the same length in which each heading is marked as markdown marks it (`## ` for `h2`, in white space
 * the reader put before it) and the skipped blocks and notes are blanked: so headings, part labels
 * ("Background:", "目标："), list numbers and numbering follow the outline readers' rules, and every
 * offset of the view is an offset of the text. Skipped blocks are skipped spans, notes `notes`, never
 * running text.
 */
export function buildStructuredDocument(source: StructuredSource): Document {
  const writer = createTextWriter()
  const blockSpans = source.blocks.map((block) =>
    writer.writeBlock(block.pieces, block.breaks ?? [], block.kind === 'heading' && block.skip === undefined ? `${'#'.repeat(block.level ?? 1)} ` : '', block.skip !== undefined),
  )
  const markerSpans = new Map<SourceNote, { start: number; end: number }>()
  const noteSpans = (source.notes ?? []).map((note) => {
    if (note.marker === undefined || note.marker.length === 0) return writer.writeBlock(note.pieces, [], '', true)
    markerSpans.set(note, writer.writeBlock(note.marker, [], '', true))
    return writer.writeBlock(note.pieces, [], '', true)
  })
  const text = writer.text()
  // A file that marks its headings is an outline whatever its numbering; one that marks none is read as plain text is.
  const marksHeadings = source.blocks.some((block) => block.kind === 'heading' && block.skip === undefined)
  const read = readText(writer.view(), { id: source.id, sourceFile: source.sourceFile, language: source.language, read: marksHeadings ? 'outline' : 'auto' })
  const skipped: SkippedSpan[] = [...read.skipped]
  source.blocks.forEach((block, index) => {
    const span = trimSpan(text, blockSpans[index] ?? { start: 0, end: 0 })
    if (block.skip !== undefined && span.start !== span.end) skipped.push({ reason: block.skip, text: text.slice(span.start, span.end), ...span })
  })
  skipped.sort((a, b) => a.start - b.start)
  const document: Document = { ...read, title: source.title ?? read.title, text, skipped }
  const notes = (source.notes ?? []).flatMap((note, index): Note[] => {
    const whole = noteSpans[index] ?? { start: 0, end: 0 }
    const labelEnd = Math.min(whole.end, whole.start + (note.labelLength ?? 0))
    const label = trimSpan(text, { start: whole.start, end: labelEnd })
    const span = trimSpan(text, { start: labelEnd, end: whole.end })
    const holder = blockSpans[note.referencedBy]
    const paragraph = holder === undefined ? undefined : paragraphAt(document, holder.start, holder.end)
    if (span.start === span.end || paragraph === undefined) return []
    const labelled = label.start === label.end ? {} : { label }
    const markerSpan = markerSpans.get(note)
    const marked = markerSpan === undefined ? {} : { marker: trimSpan(text, markerSpan) }
    return [{ type: 'note', id: `${source.id}:n${note.number}`, number: note.number, text: sentenceTextUnchecked(text.slice(span.start, span.end)), ...span, ...labelled, ...marked, paragraph: paragraph.id }]
  })
  const joins: LineJoin[] = source.blocks.flatMap((block, index) =>
    (block.hyphenJoins ?? []).map((at) => ({ kind: 'hyphen' as const, ...lineEndWord(text, (blockSpans[index]?.start ?? 0) + at) })),
  )
  const origin = { format: source.format, ...(source.encoding === undefined ? {} : { encoding: source.encoding }), pieces: writer.pieces() }
  return { ...document, ...(notes.length > 0 ? { notes } : {}), ...(joins.length > 0 ? { joins } : {}), origin }
}

/**
 * The document's text as it is written, block after block, with the origin of each piece, and the view
 * the plain-text readers read: the same length, headings marked, blanked blocks as spaces.
 */
function createTextWriter() {
  const chunks: string[] = []
  const viewChunks: string[] = []
  const pieces: OriginPiece[] = []
  let length = 0
  const write = (chunk: string, view = chunk): void => {
    chunks.push(chunk)
    viewChunks.push(view)
    length += chunk.length
  }
  return {
    writeBlock(blockPieces: readonly SourcePiece[], breaks: readonly number[], marker: string, blank: boolean): { start: number; end: number } {
      if (length > 0) write(BLOCK_SEPARATOR)
      if (marker !== '') write(' '.repeat(marker.length), marker)
      const start = length
      let written = 0
      let nextBreak = 0
      for (const piece of blockPieces) {
        while (nextBreak < breaks.length && (breaks[nextBreak] ?? 0) <= written) {
          write('\n')
          nextBreak++
        }
        if (piece.text.length === 0) continue
        const { part, block } = piece
        if (piece.synthetic !== true) pieces.push({ start: length, end: length + piece.text.length, ...(part === undefined ? {} : { part }), ...(block === undefined ? {} : { block }), sourceStart: piece.sourceStart, sourceEnd: piece.sourceEnd })
        write(piece.text, blank ? piece.text.replace(/[^\n]/g, ' ') : piece.text)
        written += piece.text.length
      }
      return { start, end: length }
    },
    text: () => chunks.join(''),
    view: () => viewChunks.join(''),
    pieces: () => pieces,
  }
}

/** The span without the white space at its two ends. */
function trimSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}

/** The paragraph that holds text in [start, end), or the heading's section's first paragraph after it. */
function paragraphAt(document: Document, start: number, end: number): Paragraph | undefined {
  let following: Paragraph | undefined
  for (const section of document.children) {
    for (const part of section.children) {
      for (const paragraph of part.children) {
        if (paragraph.start < end && paragraph.end > start) return paragraph
        if (following === undefined && paragraph.start >= end) following = paragraph
      }
    }
  }
  return following
}
