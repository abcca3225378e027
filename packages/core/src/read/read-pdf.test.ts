import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, rgb } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { collectSentences } from '../corpus/corpus.js'
import { characterOwners } from '../declarations/__fixtures__/character-owners.js'
import { InvalidInputError } from '../errors.js'
import { documentSchema } from '../model/schemas.js'
import { gardenPlan, sampleRunningText } from './__fixtures__/garden-plan.js'
import { hasPdfFonts, RUNNING_HEAD, samplePdf } from './__fixtures__/garden-plan-pdf.js'
import { readFile as readInput } from './read-file.js'
import { readPdf } from './read-pdf.js'
import { sourcePosition } from './source-position.js'

if (!hasPdfFonts) console.warn('read-pdf: the PDF fixtures are skipped, their fonts are missing (`apt-get install -y fonts-droid-fallback fonts-dejavu-core`).')
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0
if (!hasQpdf) console.warn('read-pdf: the password test is skipped, qpdf is missing (`apt-get install -y qpdf`).')

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await readPdf(bytes, { id: 'source', sourceFile: name })
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError)
    return (error as Error).message
  }
  throw new Error('readPdf read the file')
}

describe.skipIf(!hasPdfFonts).each(['zh', 'en'] as const)('reading the garden plan as a PDF (%s)', (language) => {
  const sample = gardenPlan[language]

  it('reads the text layer in reading order: headings by their size, paragraphs by the space between lines, running heads and page numbers skipped', async () => {
    const bytes = await samplePdf(sample, language)
    const { document, format } = await readInput(bytes, { id: language, sourceFile: `plan.${language}.pdf` })
    expect(format).toBe('pdf')
    expect(documentSchema.parse(document)).toEqual(document)
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
    expect(document.language).toBe(language)
    expect(collectSentences(document).map((sentence) => sentence.text).join('').replace(/\s+/g, '')).toBe(sampleRunningText(sample))
    // Lines of a paragraph join as the language writes them: with a space in English, with nothing in Chinese.
    const firstParagraph = sample.sections[0]!.paragraphs[0]!
    expect(document.text).toContain(firstParagraph)
    expect(document.children.map((section) => section.heading?.text)).toEqual([sample.title, ...sample.sections.map((section) => section.heading)])
    expect(document.skipped.map((span) => [span.reason, span.text])).toEqual(sample.sections.flatMap((_, index) => [['header', RUNNING_HEAD[language]], ['page-number', String(index + 1)]]))
    // Each section is a page: its heading's first character is on that page, at the start of a line.
    document.children.slice(1).forEach((section, index) => {
      expect(sourcePosition(document, section.heading!.start)).toEqual({ part: `page ${index + 1}`, block: index === 0 ? 2 : 1, offset: expect.any(Number), exact: true })
    })
  })
})

describe('PDF files readPdf refuses', () => {
  it('says a PDF without a text layer needs OCR', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([200, 200]).drawRectangle({ x: 20, y: 20, width: 100, height: 100, color: rgb(0.2, 0.2, 0.2) })
    expect(await refusal(await pdf.save(), 'scan.pdf')).toMatch(/^scan\.pdf has no text layer \(it looks like a scan\): it needs OCR first/)
  })

  it('says a damaged PDF is not readable', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\nnot really a PDF'), 'broken.pdf')).toMatch(/^broken\.pdf is not a readable PDF: /)
  })

  it.skipIf(!hasPdfFonts || !hasQpdf)('says a password-protected PDF is protected', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'duiqi-pdf-'))
    await writeFile(join(folder, 'open.pdf'), await samplePdf(gardenPlan.en, 'en'))
    execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', join(folder, 'open.pdf'), join(folder, 'locked.pdf')])
    const message = await refusal(new Uint8Array(await readFile(join(folder, 'locked.pdf'))), 'locked.pdf')
    expect(message).toMatch(/^locked\.pdf is password-protected: /)
    expect(message.split('\n')).toHaveLength(1)
  })
})
