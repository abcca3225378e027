import { existsSync, readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont } from 'pdf-lib'
import type { SampleDocument } from './garden-plan.js'

/** A font with Chinese characters, from Debian's fonts-droid-fallback, and one for Latin letters, digits and quotes, from fonts-dejavu-core (both installed by .ci/run). */
export const CJK_FONT = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
export const LATIN_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
export const hasPdfFonts = existsSync(CJK_FONT) && existsSync(LATIN_FONT)

/** Characters the Chinese font draws: Han characters and full-width punctuation. */
const CJK_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|[^\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu

/** The running head every page carries, and so a reader must skip. */
export const RUNNING_HEAD = { zh: '社区花园计划（草案）', en: 'Community Garden Plan (draft)' } as const

/**
 * The document as a PDF made with pdf-lib: a running head and a page number on each page, the title and
 * headings in larger letters, paragraphs wrapped to the page's width (by word in English, by character
 * in Chinese), list items and table cells a paragraph each, a page per section. The note is left out.
 */
export async function samplePdf(document: SampleDocument, language: 'zh' | 'en'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const cjk = await pdf.embedFont(readFileSync(CJK_FONT), { subset: true })
  const latin = await pdf.embedFont(readFileSync(LATIN_FONT), { subset: true })
  const fontOf = (run: string): PDFFont => (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(run) ? cjk : latin)
  const runWidth = (text: string, size: number): number => [...text.matchAll(CJK_RUN)].reduce((sum, [run]) => sum + fontOf(run).widthOfTextAtSize(run, size), 0)
  const draw = (page: ReturnType<typeof pdf.addPage>, text: string, x: number, y: number, size: number): void => {
    let at = x
    for (const [run] of text.matchAll(CJK_RUN)) {
      page.drawText(run, { x: at, y, size, font: fontOf(run) })
      at += fontOf(run).widthOfTextAtSize(run, size)
    }
  }
  const width = 420
  const height = 600
  document.sections.forEach((section, index) => {
    const page = pdf.addPage([width, height])
    draw(page, RUNNING_HEAD[language], 40, height - 30, 8)
    draw(page, String(index + 1), width / 2, 25, 8)
    let y = height - 80
    const write = (text: string, size: number, gap: number): void => {
      for (const line of wrap(text, (candidate) => runWidth(candidate, size), width - 80, language)) {
        draw(page, line, 40, y, size)
        y -= size * 1.3
      }
      y -= gap
    }
    if (index === 0) write(document.title, 18, 10)
    write(section.heading, 14, 8)
    for (const paragraph of [...section.paragraphs, ...(section.list ?? []), ...(section.table ?? []).flat()]) write(paragraph, 10, 10)
  })
  return pdf.save()
}

function wrap(text: string, widthOf: (text: string) => number, room: number, language: 'zh' | 'en'): string[] {
  const units = language === 'zh' ? [...text] : text.split(' ')
  const joiner = language === 'zh' ? '' : ' '
  const lines: string[] = []
  let line = ''
  for (const unit of units) {
    const candidate = line === '' ? unit : line + joiner + unit
    if (line !== '' && widthOf(candidate) > room) {
      lines.push(line)
      line = unit
    } else line = candidate
  }
  if (line !== '') lines.push(line)
  return lines
}
