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
import { gardenPlan, samplePlainText, sampleRunningText } from './__fixtures__/garden-plan.js'
import { hasPdfFonts, layoutPdf, RUNNING_HEAD, samplePdf } from './__fixtures__/garden-plan-pdf.js'
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
    // The footnote is a note of the paragraph that holds its superscript marker, never running text.
    const firstParagraphId = document.children[1]!.children[0]!.children[0]!.id
    expect(document.notes?.map((note) => [note.number, note.text, note.paragraph, document.text.slice(note.label!.start, note.label!.end), document.text.slice(note.marker!.start, note.marker!.end)])).toEqual([['1', sample.sections[0]!.note, firstParagraphId, '1', '1']])
    expect(sourcePosition(document, document.notes![0]!.marker!.start)).toMatchObject({ part: 'page 1', exact: true })
    expect(document.joins).toBeUndefined()
    // Each section is a page: its heading's first character is on that page, at the start of a line.
    document.children.slice(1).forEach((section, index) => {
      expect(sourcePosition(document, section.heading!.start)).toEqual({ part: `page ${index + 1}`, block: index === 0 ? 2 : 1, offset: expect.any(Number), exact: true })
    })
  })
})

describe.skipIf(!hasPdfFonts)('a PDF with words hyphenated at line ends', () => {
  it('reads each word joined across the line end, its hyphen kept, and lists it in joins', async () => {
    const sample = gardenPlan.en
    const document = await readPdf(await samplePdf(sample, 'en', { hyphenate: true, width: 330 }), { id: 'en', sourceFile: 'narrow.pdf' })
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
    const joins = document.joins ?? []
    expect(joins.length).toBeGreaterThan(0)
    const words = new Set(samplePlainText(sample).split(/[^\p{L}]+/u))
    for (const join of joins) {
      expect(join.kind).toBe('hyphen')
      expect(document.text.slice(join.start, join.end)).toBe(join.text)
      expect(join.text).toMatch(/^\p{L}+-\p{L}+$/u)
      expect(words).toContain(join.text.replace('-', ''))
    }
    // Take the kept hyphens out and the sentences are the sample's running text.
    const hyphens = new Set(joins.map((join) => join.start + join.text.indexOf('-')))
    const sentences = collectSentences(document).map((sentence) => [...document.text.slice(sentence.start, sentence.end)].filter((_, at) => !hyphens.has(sentence.start + at)).join(''))
    expect(sentences.join('').replace(/\s+/g, '')).toBe(sampleRunningText(sample))
  })
})

describe.skipIf(!hasPdfFonts)('a PDF whose note marker is set in the running text’s own letters', () => {
  it('finds the marker by the declarations’ rules and takes it out of the sentence', async () => {
    const note = 'Counted in June.'
    const bytes = await layoutPdf(
      [
        { text: 'Garden Survey', size: 14, gap: 8 },
        { text: 'Forty families took part in the survey.', size: 10, gap: 10, note, plainMarker: true },
        { text: 'Most of them want a second garden.', size: 10, gap: 10 },
        { text: 'Next Steps', size: 14, gap: 8, newPage: true },
        { text: 'We will report in May.', size: 10, gap: 10 },
      ],
      { language: 'en', runningHead: 'Survey' },
    )
    const document = await readPdf(bytes, { id: 'en', sourceFile: 'survey.pdf' })
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
    expect(collectSentences(document).map((sentence) => sentence.text)).toEqual(['Garden Survey', 'Forty families took part in the survey.', 'Most of them want a second garden.', 'Next Steps', 'We will report in May.'])
    const [found] = document.notes ?? []
    expect(found).toMatchObject({ number: '1', text: note, paragraph: document.children[0]!.children[0]!.children[0]!.id })
    expect(document.text.slice(found!.marker!.start, found!.marker!.end)).toBe('1')
    expect(document.text.slice(found!.marker!.start - 6, found!.marker!.end)).not.toContain('survey')
    expect(sourcePosition(document, found!.marker!.start)).toMatchObject({ part: 'page 1', exact: true })
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
