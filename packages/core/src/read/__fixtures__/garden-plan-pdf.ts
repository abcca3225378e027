import { existsSync, readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'
import type { SampleDocument } from './garden-plan.js'

/** A font with Chinese characters, from Debian's fonts-droid-fallback, and one for Latin letters, digits and quotes, from fonts-dejavu-core (both installed by .ci/run). */
export const CJK_FONT = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
export const LATIN_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
export const hasPdfFonts = existsSync(CJK_FONT) && existsSync(LATIN_FONT)

/** Characters the Chinese font draws: Han characters and full-width punctuation. */
const CJK_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|[^\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu

/** The running head every page carries, and so a reader must skip. */
export const RUNNING_HEAD = { zh: '社区花园计划（草案）', en: 'Community Garden Plan (draft)' } as const

/** A block to set on a PDF page: its text, its letter size, the space after it; a note refers to it from its end. */
export interface PdfBlock {
  readonly text: string
  readonly size: number
  readonly gap: number
  /** Start a new page before this block. */
  readonly newPage?: boolean
  /** A footnote referred to by a superscript number at the block's end, set at the foot of the page in small type. */
  readonly note?: string
  /** Set the note's marker in the block's own letters, glued to its last word ("neighbourhoods1."), as many PDFs do. */
  readonly plainMarker?: boolean
}

/** How {@link layoutPdf} sets the blocks. */
export interface PdfLayout {
  readonly language: 'zh' | 'en'
  /** Carried at the top of every page, as a reader must skip it. */
  readonly runningHead: string
  /** Break long English words at a line end with a hyphen ("neighbour-" + "hoods"). */
  readonly hyphenate?: boolean
  readonly width?: number
  readonly height?: number
}

/** Letter size of footnotes and of superscript markers. */
const NOTE_SIZE = 7

/**
 * Sets blocks on pages with pdf-lib as a word processor would: a running head and a page number on each
 * page, paragraphs wrapped to the page's width (by word in English, by character in Chinese) and flowing
 * onto the next page, notes numbered in turn with a superscript marker at their block's end and their
 * text at the foot of the page in small type.
 */
export async function layoutPdf(blocks: readonly PdfBlock[], layout: PdfLayout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const cjk = await pdf.embedFont(readFileSync(CJK_FONT), { subset: true })
  const latin = await pdf.embedFont(readFileSync(LATIN_FONT), { subset: true })
  const fontOf = (run: string): PDFFont => (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(run) ? cjk : latin)
  const runWidth = (text: string, size: number): number => [...text.matchAll(CJK_RUN)].reduce((sum, [run]) => sum + fontOf(run).widthOfTextAtSize(run, size), 0)
  const width = layout.width ?? 420
  const height = layout.height ?? 600
  let page: PDFPage | undefined
  let y = 0
  let pageNotes: string[] = []
  let noteNumber = 0
  const draw = (text: string, x: number, at: number, size: number): number => {
    let left = x
    for (const [run] of text.matchAll(CJK_RUN)) {
      page!.drawText(run, { x: left, y: at, size, font: fontOf(run) })
      left += fontOf(run).widthOfTextAtSize(run, size)
    }
    return left
  }
  const finishPage = (): void => {
    if (page === undefined) return
    let at = 40 + (pageNotes.length - 1) * NOTE_SIZE * 1.3
    for (const note of pageNotes) {
      draw(note, 40, at, NOTE_SIZE)
      at -= NOTE_SIZE * 1.3
    }
    pageNotes = []
  }
  const newPage = (): void => {
    finishPage()
    page = pdf.addPage([width, height])
    draw(layout.runningHead, 40, height - 30, 8)
    draw(String(pdf.getPageCount()), width / 2, 25, 8)
    y = height - 80
  }
  /** Room a page keeps free at its foot for its notes and its number. */
  const foot = (): number => 70 + pageNotes.length * NOTE_SIZE * 1.3
  for (const block of blocks) {
    if (page === undefined || block.newPage === true) newPage()
    const plain = block.note !== undefined && block.plainMarker === true
    const text = plain ? block.text.replace(/(\p{L})(\P{L}*)$/u, `$1${noteNumber + 1}$2`) : block.text
    const lines = wrap(text, (candidate) => runWidth(candidate, block.size), width - 80, layout.language, layout.hyphenate === true)
    lines.forEach((line, index) => {
      if (y < foot() + (block.note !== undefined && index === lines.length - 1 ? NOTE_SIZE * 2 : 0)) newPage()
      const end = draw(line, 40, y, block.size)
      if (block.note !== undefined && index === lines.length - 1) {
        noteNumber += 1
        if (!plain) page!.drawText(String(noteNumber), { x: end, y: y + block.size * 0.4, size: NOTE_SIZE * 0.8, font: latin })
        pageNotes.push(`${noteNumber} ${block.note}`)
      }
      y -= block.size * 1.3
    })
    y -= block.gap
  }
  finishPage()
  return pdf.save()
}

/**
 * The document as a PDF (see {@link layoutPdf}): the title and headings in larger letters, list items and
 * table cells a paragraph each, a page per section, the note a footnote of the section's first paragraph.
 */
export function samplePdf(document: SampleDocument, language: 'zh' | 'en', options: Pick<PdfLayout, 'hyphenate' | 'width'> = {}): Promise<Uint8Array> {
  const blocks = document.sections.flatMap((section, index): PdfBlock[] => [
    ...(index === 0 ? [{ text: document.title, size: 18, gap: 10 }] : []),
    { text: section.heading, size: 14, gap: 8, newPage: index > 0 },
    ...section.paragraphs.map((text, at) => ({ text, size: 10, gap: 10, ...(at === 0 && section.note !== undefined ? { note: section.note } : {}) })),
    ...[...(section.list ?? []), ...(section.table ?? []).flat()].map((text) => ({ text, size: 10, gap: 10 })),
  ])
  return layoutPdf(blocks, { language, runningHead: RUNNING_HEAD[language], ...options })
}

/** The least letters a hyphenated word leaves on either line. */
const HYPHEN_PIECE = 3

function wrap(text: string, widthOf: (text: string) => number, room: number, language: 'zh' | 'en', hyphenate: boolean): string[] {
  const units = language === 'zh' ? [...text] : text.split(' ')
  const joiner = language === 'zh' ? '' : ' '
  const lines: string[] = []
  let line = ''
  for (let unit of units) {
    const candidate = line === '' ? unit : line + joiner + unit
    if (line === '' || widthOf(candidate) <= room) {
      line = candidate
      continue
    }
    const letters = /^\p{L}+/u.exec(unit)?.[0].length ?? 0
    if (hyphenate && letters >= 2 * HYPHEN_PIECE) {
      let cut = letters - HYPHEN_PIECE
      while (cut >= HYPHEN_PIECE && widthOf(`${line}${joiner}${unit.slice(0, cut)}-`) > room) cut--
      if (cut >= HYPHEN_PIECE) {
        lines.push(`${line}${joiner}${unit.slice(0, cut)}-`)
        unit = unit.slice(cut)
      } else lines.push(line)
    } else lines.push(line)
    line = unit
  }
  if (line !== '') lines.push(line)
  return lines
}
