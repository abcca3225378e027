import { LINE_END_HYPHEN, OPENS_WITH_WORD } from '../declarations/block-text.js'
import { BARE_NOTE_NUMBER } from '../declarations/footnote-groups.js'
import { findFootnoteMarker } from '../declarations/footnote-markers.js'
import { InvalidInputError } from '../errors.js'
import type { Document, Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { chooseLanguage } from './choose-language.js'
import { BYTES_HINT, bytesSchema, docxOptionsSchema, READER_HINT } from './read-arguments.js'
import { buildStructuredDocument, type SourceBlock, type SourceNote, type SourcePiece } from './structured-source.js'

/** Options of {@link readPdf}. */
export interface PdfOptions {
  readonly id: string
  readonly sourceFile: string
  /** The text's language; detected when absent. */
  readonly language?: Language | undefined
}

/** A line of a page as pdf.js lays its text out: its text, where it sits, and how tall its letters are. */
interface PageLine {
  readonly page: number
  /** Index of the line in its page's reading order. */
  readonly index: number
  readonly text: string
  /** Offset of the line in its page's text (the page's lines in reading order, a line break after each). */
  readonly offset: number
  /** Distance of the baseline from the bottom of the page, in points. */
  readonly y: number
  readonly height: number
  readonly pageHeight: number
  /** Superscript numbers in the line (footnote markers), as offsets into `text`. */
  readonly markers: readonly Span[]
}

interface Span {
  readonly start: number
  readonly end: number
}

/** The part of pdf.js's text content this reader uses. */
interface TextItem {
  readonly str: string
  readonly transform: readonly number[]
  readonly width: number
  readonly height: number
}

/** A gap between lines this many times the body's line height opens a new paragraph. */
const PARAGRAPH_GAP = 1.6
/** Letters this many times the body's height make a heading. */
const HEADING_HEIGHT = 1.2
/** The top and bottom share of a page where running heads, footers and page numbers sit. */
const MARGIN_SHARE = 0.1
/** Letters at most this many times the body's height are small type: footnotes, superscripts. */
const SMALL_TYPE = 0.85
/** A footnote's number opening its line: alone, or before its text. */
const NOTE_NUMBER = /^(\d{1,3})(?:\s+|(?=[\p{Script=Han}\p{L}“‘"'(（]))/u

/** A Han character or CJK punctuation (full-width forms included): Chinese writes no space beside it at a line end. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/**
 * Reads a PDF's text layer with pdf.js (pdfjs-dist): each page's text in reading order (top to bottom,
 * left to right), lines grouped into paragraphs by the space between them, lines in larger letters as
 * headings. Page furniture — a line in the top or bottom tenth of the page that recurs on other pages
 * (a running head or foot, page numbers aside), or a page number alone — is a skipped span (`header`,
 * `footer`, `page-number`). Lines of a paragraph join with a space in English and with nothing in Chinese;
 * a word hyphenated at a line end is read joined, its hyphen kept ("human-centred"), and listed in
 * `joins` — the declarations' rule. Footnotes — lines in small type at the foot of a page, the first
 * opening with its number — are `notes`, each tied to the paragraph holding its marker: a superscript
 * number (taken out of the running text, the note's `marker`), or else the number set as the
 * declarations' reader finds markers in plain text ("creation8").
 * `origin` gives each line's page (`part`: `page 3`), its index in the page's reading order (`block`) and
 * its offsets in the page's text (the page's lines in reading order, a line break after each). The
 * document is then read as the same text would be as markdown.
 *
 * @throws {InvalidInputError} For a password-protected PDF, a damaged one, or one without a text layer (a scan: it needs OCR first).
 */
export function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<Document> {
  parseArgument(bytesSchema, bytes, 'bytes', BYTES_HINT)
  parseArgument(docxOptionsSchema, options, 'options', READER_HINT)
  return readCheckedPdf(bytes, options)
}

async function readCheckedPdf(bytes: Uint8Array, options: PdfOptions): Promise<Document> {
  const lines = await pdfLines(bytes, options)
  if (!lines.some((line) => line.text.trim() !== '')) {
    throw new InvalidInputError(options.id, `${options.sourceFile} has no text layer (it looks like a scan): it needs OCR first, e.g. \`ocrmypdf --language chi_sim+eng ${options.sourceFile} out.pdf\`.`)
  }
  const furniture = findFurniture(lines)
  const body = lines.filter((line) => !furniture.has(line))
  const language = chooseLanguage(body.map((line) => line.text).join('\n'), options.language, undefined, options.id)
  const { blocks, notes } = groupBlocks(lines, furniture, language)
  return buildStructuredDocument({ id: options.id, language, sourceFile: options.sourceFile, format: 'pdf', blocks, notes, title: undefined })
}

/** Every page's lines in reading order, as pdf.js extracts them. */
async function pdfLines(bytes: Uint8Array, options: PdfOptions): Promise<PageLine[]> {
  const { getDocument } = await loadPdfJs()
  let pdf: Awaited<ReturnType<typeof getDocument>['promise']>
  try {
    // pdf.js detaches the buffer it is given and refuses a Node Buffer: it gets a plain copy, and the caller keeps its bytes.
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'PasswordException') throw new InvalidInputError(options.id, `${options.sourceFile} is password-protected: open it with its password and save a copy without one (e.g. \`qpdf --decrypt --password=PASSWORD in.pdf out.pdf\`).`, { cause: error })
    throw new InvalidInputError(options.id, `${options.sourceFile} is not a readable PDF: ${error instanceof Error ? error.message : String(error)}.`, { cause: error })
  }
  const lines: PageLine[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const pageHeight = page.view[3] ?? 0
    const content = await page.getTextContent()
    const items = (content.items as unknown[]).filter((item): item is TextItem => typeof (item as TextItem).str === 'string' && (item as TextItem).str !== '')
    let offset = 0
    pageLines(items).forEach((line, index) => {
      lines.push({ page: number, index, offset, pageHeight, ...line })
      offset += line.text.length + 1
    })
  }
  await pdf.destroy()
  return lines
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfJs: Promise<PdfJs> | undefined

/**
 * pdf.js, imported on first use (not with core). Under Node its module, as it loads, warns with
 * `console.log` — on standard output, where `duiqi align` writes its beads — that it cannot polyfill the
 * canvas APIs (DOMMatrix, Path2D) it draws pages with; reading the text layer needs none of them, so
 * `console.log` is silenced while the module loads, and only then.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfJs ??= (async () => {
    const log = console.log
    console.log = () => {}
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs')
    } finally {
      console.log = log
    }
  })()
  return pdfJs
}

/**
 * A page's items as lines: items on one baseline, left to right, a space where they stand apart; lines
 * top to bottom. A row of small digits just above a line's baseline is that line's superscripts
 * (footnote markers), read into it where they stand.
 */
function pageLines(items: readonly TextItem[]): Array<{ text: string; y: number; height: number; markers: Span[] }> {
  const byBaseline = new Map<number, TextItem[]>()
  for (const item of items) {
    const y = Math.round(item.transform[5] ?? 0)
    const row = byBaseline.get(y) ?? []
    row.push(item)
    byBaseline.set(y, row)
  }
  const rows = [...byBaseline.entries()].sort(([a], [b]) => b - a).map(([y, row]) => ({ y, items: row, superscripts: new Set<TextItem>() }))
  const merged: typeof rows = []
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index]!
    const below = merged.at(-1)
    const belowHeight = below === undefined ? 0 : Math.max(...below.items.map((item) => item.height))
    const isSuperscript = below !== undefined && row.y > below.y && row.y - below.y < 0.8 * belowHeight && row.items.every((item) => /^\s*\d{1,3}\s*$/.test(item.str) && item.height <= 0.8 * belowHeight)
    if (isSuperscript) {
      for (const item of row.items) below.superscripts.add(item)
      below.items.push(...row.items)
    } else merged.push(row)
  }
  return merged.reverse().map(({ y, items: row, superscripts }) => {
    row.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0))
    let text = ''
    let end = Number.NEGATIVE_INFINITY
    const markers: Span[] = []
    for (const item of row) {
      const x = item.transform[4] ?? 0
      if (text !== '' && x - end > 0.15 * item.height && !/\s$/.test(text) && !/^\s/.test(item.str) && !superscripts.has(item)) text += ' '
      if (superscripts.has(item)) {
        const digits = item.str.trim()
        const start = text.length + item.str.indexOf(digits)
        markers.push({ start, end: start + digits.length })
      }
      text += item.str
      end = x + item.width
    }
    return { text, y, height: Math.max(...row.filter((item) => !superscripts.has(item)).map((item) => item.height)), markers }
  })
}

/** Lines in a page's top or bottom margin that recur on another page (numbers aside), and page numbers alone there. */
function findFurniture(lines: readonly PageLine[]): Map<PageLine, 'header' | 'footer' | 'page-number'> {
  const inMargin = (line: PageLine): 'header' | 'footer' | undefined =>
    line.y > line.pageHeight * (1 - MARGIN_SHARE) ? 'header' : line.y < line.pageHeight * MARGIN_SHARE ? 'footer' : undefined
  const shape = (line: PageLine): string => line.text.replace(/\d+/g, '#').trim()
  const pagesOf = new Map<string, Set<number>>()
  for (const line of lines) {
    if (inMargin(line) === undefined) continue
    const pages = pagesOf.get(shape(line)) ?? new Set()
    pages.add(line.page)
    pagesOf.set(shape(line), pages)
  }
  const furniture = new Map<PageLine, 'header' | 'footer' | 'page-number'>()
  for (const line of lines) {
    const where = inMargin(line)
    if (where === undefined) continue
    if (/^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|page \d+( of \d+)?|第\s*\d+\s*页)$/i.test(line.text.trim())) furniture.set(line, 'page-number')
    else if ((pagesOf.get(shape(line))?.size ?? 0) > 1) furniture.set(line, where)
  }
  return furniture
}

/** What the lines of a PDF make: blocks of running text and furniture, and footnotes. */
interface PdfBlocks {
  readonly blocks: SourceBlock[]
  readonly notes: SourceNote[]
}

/** A block being gathered from lines. */
interface OpenBlock {
  readonly kind: 'heading' | 'paragraph'
  readonly pieces: SourcePiece[]
  readonly hyphenJoins: number[]
  /** Superscript markers in the block, by number, taken out of its text. */
  readonly markers: Map<string, SourcePiece>
  length: number
  last: PageLine
}

/**
 * The lines as blocks: furniture alone, headings by letter size, paragraphs parted by the space between
 * lines; each page's footnotes apart, as notes of the block holding their markers.
 */
function groupBlocks(lines: readonly PageLine[], furniture: ReadonlyMap<PageLine, 'header' | 'footer' | 'page-number'>, language: Language): PdfBlocks {
  const bodyHeights = lines.filter((line) => !furniture.has(line)).map((line) => line.height).sort((a, b) => a - b)
  const bodyHeight = bodyHeights[Math.floor(bodyHeights.length / 2)] ?? 10
  const footnoteLines = findFootnoteLines(lines, furniture, bodyHeight)
  const blocks: SourceBlock[] = []
  const markers = new Map<string, { piece: SourcePiece; block: number }>()
  let current: OpenBlock | undefined
  /** Furniture met while a paragraph runs on across a page break: written after that paragraph. */
  let pending: SourceBlock[] = []
  const close = (): void => {
    if (current !== undefined) {
      for (const [number, piece] of current.markers) markers.set(number, { piece, block: blocks.length })
      blocks.push({ kind: current.kind, pieces: current.pieces, ...(current.kind === 'heading' ? { level: 2 } : {}), ...(current.hyphenJoins.length > 0 ? { hyphenJoins: current.hyphenJoins } : {}) })
    }
    blocks.push(...pending)
    pending = []
    current = undefined
  }
  const piece = (line: PageLine, start = 0, end = line.text.length): SourcePiece => ({ text: line.text.slice(start, end), part: `page ${line.page}`, block: line.index, sourceStart: line.offset + start, sourceEnd: line.offset + end })
  /** The line's text as pieces, its superscript markers taken out (and kept by number for their notes). */
  const linePieces = (line: PageLine, block: OpenBlock): SourcePiece[] => {
    const pieces: SourcePiece[] = []
    let at = 0
    for (const marker of line.markers) {
      if (marker.start > at) pieces.push(piece(line, at, marker.start))
      block.markers.set(line.text.slice(marker.start, marker.end), piece(line, marker.start, marker.end))
      at = marker.end
    }
    if (at < line.text.length) pieces.push(piece(line, at))
    return pieces
  }
  for (const line of lines) {
    if (footnoteLines.has(line)) continue
    const reason = furniture.get(line)
    if (reason !== undefined) {
      const block: SourceBlock = { kind: 'paragraph', pieces: [piece(line)], skip: reason }
      if (current?.kind === 'paragraph') pending.push(block)
      else {
        close()
        blocks.push(block)
      }
      continue
    }
    const kind = line.height >= HEADING_HEIGHT * bodyHeight ? 'heading' : 'paragraph'
    const continues = current !== undefined && current.kind === kind && (line.page === current.last.page ? current.last.y - line.y <= PARAGRAPH_GAP * bodyHeight : kind === 'paragraph')
    if (!continues) close()
    if (current === undefined) current = { kind, pieces: [], hyphenJoins: [], markers: new Map(), length: 0, last: line }
    else {
      const previous = current.last.text.replace(/\s+$/, '')
      const joiner = lineJoiner(previous, line.text, language)
      if (joiner === '' && LINE_END_HYPHEN.test(previous) && OPENS_WITH_WORD.test(line.text)) current.hyphenJoins.push(current.length)
      if (joiner !== '') {
        current.pieces.push({ text: joiner, sourceStart: 0, sourceEnd: 0, synthetic: true })
        current.length += joiner.length
      }
      current.last = line
    }
    const pieces = linePieces(line, current)
    current.pieces.push(...pieces)
    current.length += pieces.reduce((sum, one) => sum + one.text.length, 0)
  }
  close()
  return { blocks, notes: readFootnotes(lines, footnoteLines, markers, blocks, language) }
}

/**
 * What joins two lines of a paragraph: nothing after an English word hyphenated at the line end; in a
 * Chinese text, nothing where either side of the break is a Han character or CJK punctuation ("技能" +
 * "、标准"), in an English one where both are; a space otherwise.
 */
function lineJoiner(previous: string, next: string, language: Language): string {
  if (LINE_END_HYPHEN.test(previous) && OPENS_WITH_WORD.test(next) && language === 'en') return ''
  const before = CJK.test(previous.at(-1) ?? '')
  const after = CJK.test(next[0] ?? '')
  return (language === 'zh' ? before || after : before && after) ? '' : ' '
}

/**
 * Each page's footnote lines: the lines in small type at the foot of the page (above its furniture),
 * the first of them opening with a note number.
 */
function findFootnoteLines(lines: readonly PageLine[], furniture: ReadonlyMap<PageLine, unknown>, bodyHeight: number): Set<PageLine> {
  const found = new Set<PageLine>()
  const pages = new Map<number, PageLine[]>()
  for (const line of lines) if (!furniture.has(line)) pages.set(line.page, [...(pages.get(line.page) ?? []), line])
  for (const pageLines of pages.values()) {
    let first = pageLines.length
    while (first > 0 && pageLines[first - 1]!.height <= SMALL_TYPE * bodyHeight) first--
    // Small type from the page's top is a page of small print, not its footnotes.
    if (first === 0 || first === pageLines.length) continue
    const opening = pageLines[first]!.text
    if (!NOTE_NUMBER.test(opening) && !BARE_NOTE_NUMBER.test(opening.trim())) continue
    for (const line of pageLines.slice(first)) found.add(line)
  }
  return found
}

/**
 * The footnotes in their lines: a line opening with a number starts a note (a number alone on its line
 * opens the note of the lines below it), other lines continue the note above. Each note belongs to the
 * block holding its marker: a superscript of its number, or the number as the declarations' reader finds
 * markers in plain text, on the note's page; else to the last block of running text on its page.
 */
function readFootnotes(
  lines: readonly PageLine[],
  footnoteLines: ReadonlySet<PageLine>,
  markers: ReadonlyMap<string, { piece: SourcePiece; block: number }>,
  blocks: SourceBlock[],
  language: Language,
): SourceNote[] {
  const notes: Array<{ number: string; labelLength: number; pieces: SourcePiece[]; page: number }> = []
  for (const line of lines) {
    if (!footnoteLines.has(line)) continue
    const piece: SourcePiece = { text: line.text, part: `page ${line.page}`, block: line.index, sourceStart: line.offset, sourceEnd: line.offset + line.text.length }
    const number = NOTE_NUMBER.exec(line.text)?.[1] ?? BARE_NOTE_NUMBER.exec(line.text.trim())?.[1]
    const open = notes.at(-1)
    if (number !== undefined && !(open !== undefined && open.page === line.page && open.pieces.length === 1 && BARE_NOTE_NUMBER.test(open.pieces[0]!.text.trim()))) {
      notes.push({ number, labelLength: line.text.indexOf(number) + number.length, pieces: [piece], page: line.page })
    } else if (open !== undefined) {
      const joiner = lineJoiner(open.pieces.at(-1)!.text.replace(/\s+$/, ''), line.text, language)
      if (joiner !== '') open.pieces.push({ text: joiner, sourceStart: 0, sourceEnd: 0, synthetic: true })
      open.pieces.push(piece)
    }
  }
  const blockOfPage = (page: number): number => {
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index]!
      if (block.skip === undefined && block.pieces.some((one) => one.part === `page ${page}`)) return index
    }
    return Math.max(0, blocks.length - 1)
  }
  return notes.map((note) => {
    const marker = markers.get(note.number) ?? takePlainMarker(blocks, note.number, note.page)
    const base = { number: note.number, pieces: note.pieces, labelLength: note.labelLength }
    return marker === undefined ? { ...base, referencedBy: blockOfPage(note.page) } : { ...base, referencedBy: marker.block, marker: [marker.piece] }
  })
}

/**
 * The marker of a note set as a plain number in the running text of its page ("creation8"), found by the
 * declarations' marker rules and taken out of its block.
 */
function takePlainMarker(blocks: SourceBlock[], number: string, page: number): { piece: SourcePiece; block: number } | undefined {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!
    if (block.skip !== undefined || !block.pieces.some((one) => one.part === `page ${page}`)) continue
    const text = block.pieces.map((one) => one.text).join('')
    const span = findFootnoteMarker(text, Number(number), 0, text.length)
    if (span === undefined) continue
    let at = 0
    const pieces: SourcePiece[] = []
    let taken: SourcePiece | undefined
    for (const one of block.pieces) {
      const start = at
      at += one.text.length
      if (one.synthetic === true || span.start < start || span.end > at) {
        pieces.push(one)
        continue
      }
      const cut = (from: number, to: number): SourcePiece => ({ ...one, text: one.text.slice(from - start, to - start), sourceStart: one.sourceStart + from - start, sourceEnd: one.sourceStart + to - start })
      if (span.start > start) pieces.push(cut(start, span.start))
      taken = cut(span.start, span.end)
      if (at > span.end) pieces.push(cut(span.end, at))
    }
    if (taken === undefined) continue
    const length = span.end - span.start
    const hyphenJoins = (block.hyphenJoins ?? []).map((join) => (join > span.start ? join - length : join))
    blocks[index] = { ...block, pieces, ...(block.hyphenJoins === undefined ? {} : { hyphenJoins }) }
    return { piece: taken, block: index }
  }
  return undefined
}
