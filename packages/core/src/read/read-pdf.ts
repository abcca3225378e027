import { InvalidInputError } from '../errors.js'
import type { Document, Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { chooseLanguage } from './choose-language.js'
import { BYTES_HINT, bytesSchema, docxOptionsSchema, READER_HINT } from './read-arguments.js'
import { buildStructuredDocument, type SourceBlock, type SourcePiece } from './structured-source.js'

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

const HAN = /\p{Script=Han}/u

/**
 * Reads a PDF's text layer with pdf.js (pdfjs-dist): each page's text in reading order (top to bottom,
 * left to right), lines grouped into paragraphs by the space between them, lines in larger letters as
 * headings. Page furniture — a line in the top or bottom tenth of the page that recurs on other pages
 * (a running head or foot, page numbers aside), or a page number alone — is a skipped span (`header`,
 * `footer`, `page-number`). Lines of a paragraph join with a space in English and with nothing in Chinese.
 * `origin` gives each line's page (`part`: `page 3`), its index in the page's reading order (`block`) and
 * its offsets in the page's text (the page's lines in reading order, a line break after each). The
 * document is then read as the same text would be as markdown.
 *
 * Not yet: footnotes are read as paragraphs of their page, and a word hyphenated at a line end keeps its
 * hyphen and a space ("resi- dents").
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
  const blocks = groupBlocks(lines, furniture, language)
  return buildStructuredDocument({ id: options.id, language, sourceFile: options.sourceFile, format: 'pdf', blocks, title: undefined })
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

/** A page's items as lines: items on one baseline, left to right, a space where they stand apart; lines top to bottom. */
function pageLines(items: readonly TextItem[]): Array<{ text: string; y: number; height: number }> {
  const rows = new Map<number, TextItem[]>()
  for (const item of items) {
    const y = Math.round(item.transform[5] ?? 0)
    const row = rows.get(y) ?? []
    row.push(item)
    rows.set(y, row)
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([y, row]) => {
      row.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0))
      let text = ''
      let end = Number.NEGATIVE_INFINITY
      for (const item of row) {
        const x = item.transform[4] ?? 0
        if (text !== '' && x - end > 0.15 * item.height && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' '
        text += item.str
        end = x + item.width
      }
      return { text, y, height: Math.max(...row.map((item) => item.height)) }
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

/** The lines as blocks: furniture alone, headings by letter size, paragraphs parted by the space between lines. */
function groupBlocks(lines: readonly PageLine[], furniture: ReadonlyMap<PageLine, 'header' | 'footer' | 'page-number'>, language: Language): SourceBlock[] {
  const bodyHeights = lines.filter((line) => !furniture.has(line)).map((line) => line.height).sort((a, b) => a - b)
  const bodyHeight = bodyHeights[Math.floor(bodyHeights.length / 2)] ?? 10
  const blocks: SourceBlock[] = []
  let current: { kind: 'heading' | 'paragraph'; pieces: SourcePiece[]; last: PageLine } | undefined
  const close = (): void => {
    if (current !== undefined) blocks.push({ kind: current.kind, pieces: current.pieces, ...(current.kind === 'heading' ? { level: 2 } : {}) })
    current = undefined
  }
  const piece = (line: PageLine): SourcePiece => ({ text: line.text, part: `page ${line.page}`, block: line.index, sourceStart: line.offset, sourceEnd: line.offset + line.text.length })
  for (const line of lines) {
    const reason = furniture.get(line)
    if (reason !== undefined) {
      close()
      blocks.push({ kind: 'paragraph', pieces: [piece(line)], skip: reason })
      continue
    }
    const kind = line.height >= HEADING_HEIGHT * bodyHeight ? 'heading' : 'paragraph'
    const continues = current !== undefined && current.kind === kind && (line.page === current.last.page ? current.last.y - line.y <= PARAGRAPH_GAP * bodyHeight : kind === 'paragraph')
    if (!continues) close()
    if (current === undefined) current = { kind, pieces: [piece(line)], last: line }
    else {
      // A line that opens with a Han character joins with nothing, in a Chinese text or after a Han character.
      const joiner = HAN.test(line.text[0] ?? '') && (language === 'zh' || HAN.test(current.last.text.at(-1) ?? '')) ? '' : ' '
      if (joiner !== '') current.pieces.push({ text: joiner, sourceStart: 0, sourceEnd: 0, synthetic: true })
      current.pieces.push(piece(line))
      current.last = line
    }
  }
  close()
  return blocks
}
