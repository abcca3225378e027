import { decodeHTML } from 'entities'
import { strToU8, zipSync } from 'fflate'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { collectSentences } from '../corpus/corpus.js'
import { characterOwners } from '../declarations/__fixtures__/character-owners.js'
import { InvalidInputError } from '../errors.js'
import type { Document } from '../model/schemas.js'
import { documentSchema } from '../model/schemas.js'
import { gardenPlan, sampleEpubChapters as sampleEpubChaptersOf, sampleHtml, sampleRunningText, type SampleDocument } from './__fixtures__/garden-plan.js'
import { SAMPLE_COMMENT, sampleDocx } from './__fixtures__/garden-plan-docx.js'
import { sampleEpub } from './__fixtures__/garden-plan-epub.js'
import { detectFormat, readFile } from './read-file.js'
import { readHtml } from './read-html.js'
import { sourcePosition } from './source-position.js'

const languages = ['zh', 'en'] as const
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** The running text of a document read back: its sentences' characters in order, white space dropped. */
function runningText(document: Document): string {
  return collectSentences(document).map((sentence) => sentence.text).join('').replace(/\s+/g, '')
}

/** The sample's running text without its notes, which readers keep apart. */
function expectedRunningText(sample: SampleDocument): string {
  return sampleRunningText(sample)
}

function expectNothingLost(document: Document, sample: SampleDocument): void {
  expect(documentSchema.parse(document)).toEqual(document)
  expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
  expect(runningText(document)).toBe(expectedRunningText(sample))
  expect(document.notes?.map((note) => note.text)).toEqual(sample.sections.flatMap((section) => (section.note === undefined ? [] : [section.note])))
  expect(document.notes?.[0]?.paragraph).toBe(collectSentences(document).find((sentence) => sentence.text.startsWith(sample.sections[0]!.paragraphs[0]!.slice(0, 8)))?.id.replace(/:s\d+$/, ':p0'))
}

describe.each(languages)('reading the garden plan (%s)', (language) => {
  const sample = gardenPlan[language]

  it('reads HTML: main text only, headings as sections, the footnote apart, offsets into the page', () => {
    const html = sampleHtml(sample, language)
    const document = readHtml(html, { id: language, sourceFile: `plan.${language}.html` })
    expectNothingLost(document, sample)
    expect(document.language).toBe(language)
    expect(document.title).toBe(sample.title)
    expect(document.children.map((section) => [section.id, section.kind])).toEqual([['title', 'title'], ['1', 'section'], ['2', 'section'], ['3', 'section']])
    expect(document.skipped.map((span) => span.reason)).toEqual(['metadata', 'navigation', 'navigation'])
    expect(document.notes?.[0]?.label).toBeDefined()
    expect(document.text.slice(document.notes![0]!.label!.start, document.notes![0]!.label!.end)).toBe('[1]')
    expect(document.text).not.toContain('not text')
    for (const piece of document.origin?.pieces ?? []) expect(decodeHTML(html.slice(piece.sourceStart, piece.sourceEnd))).toBe(document.text.slice(piece.start, piece.end))
    for (const sentence of collectSentences(document)) {
      const position = sourcePosition(document, sentence.start)
      expect(position).toBeDefined()
      // A sentence starts on its own first character in the page, or on the reference that writes it ("&quot;This …").
      const reference = /^&[#\w]+;/.exec(html.slice(position!.offset))?.[0]
      if (position!.exact) expect(html.slice(position!.offset).startsWith(document.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 3)))).toBe(true)
      else expect(reference && decodeHTML(reference)).toBe(document.text[sentence.start])
    }
  })

  it('reads Word .docx: heading styles, list items, table cells; the footnote and the comment apart', async () => {
    const bytes = await sampleDocx(sample)
    const { document, format } = await readFile(bytes, { id: language, sourceFile: `plan.${language}.docx` })
    expect(format).toBe('docx')
    expectNothingLost(document, sample)
    expect(document.title).toBe(sample.title)
    expect(document.children.map((section) => [section.id, section.kind])).toEqual([['title', 'title'], ['1', 'section'], ['2', 'section'], ['3', 'section']])
    expect(document.skipped).toEqual([expect.objectContaining({ reason: 'comment', text: SAMPLE_COMMENT })])
    // Every piece is its paragraph's own text, as mammoth's plain-text reading of the body gives the paragraphs.
    const paragraphs = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.split('\n\n')
    const body = (document.origin?.pieces ?? []).filter((piece) => piece.part === 'word/document.xml')
    expect(body.length).toBeGreaterThan(10)
    for (const piece of body) expect(paragraphs[piece.block!]?.slice(piece.sourceStart, piece.sourceEnd)).toBe(document.text.slice(piece.start, piece.end))
    const note = document.origin?.pieces.find((piece) => piece.part?.startsWith('word/footnotes.xml#'))
    expect(note && document.text.slice(note.start, note.end)).toBe(sample.sections[0]!.note)
  })

  it('reads an EPUB: chapters in spine order, each a section (headed by its title where it has no heading), footnotes apart', async () => {
    const bytes = sampleEpub(sample, language)
    const { document, format } = await readFile(bytes, { id: language, sourceFile: `plan.${language}.epub` })
    expect(format).toBe('epub')
    expect(documentSchema.parse(document)).toEqual(document)
    expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
    expect(document.title).toBe(sample.title)
    expect(document.language).toBe(language)
    expect(runningText(document)).toBe(expectedRunningText(sample).slice(sample.title.replace(/\s+/g, '').length))
    expect(document.children.map((section) => section.heading?.text)).toEqual(sample.sections.map((section) => section.heading))
    expect(document.notes?.map((note) => note.text)).toEqual([sample.sections[0]!.note])
    const chapters = sampleEpubChaptersOf(sample, language)
    for (const piece of document.origin?.pieces ?? []) {
      const chapter = chapters[Number(/ch(\d+)\.xhtml$/.exec(piece.part ?? '')?.[1])]
      expect(decodeHTML(chapter!.slice(piece.sourceStart, piece.sourceEnd))).toBe(document.text.slice(piece.start, piece.end))
    }
  })

  it('reads the page from its bytes, detected as HTML by its start whatever the file is called', async () => {
    const { document, format, decoded } = await readFile(utf8(sampleHtml(sample, language)), { id: language, sourceFile: 'download' })
    expect([format, decoded?.encoding]).toEqual(['html', 'utf-8'])
    expect(runningText(document)).toBe(expectedRunningText(sample))
  })
})

describe('readEpub', () => {
  it('numbers every note of the book in order, two in one chapter and one in the next', async () => {
    const chapter = (body: string) => `<html xmlns:epub="http://www.idpf.org/2007/ops"><head><title>T</title></head><body><h1>Chapter</h1>${body}</body></html>`
    const note = (id: string, text: string) => `<aside epub:type="footnote" id="${id}"><p>${text}</p></aside>`
    const bytes = zipSync({
      mimetype: strToU8('application/epub+zip'),
      'META-INF/container.xml': strToU8('<container><rootfiles><rootfile full-path="book.opf"/></rootfiles></container>'),
      'book.opf': strToU8('<package><metadata><title>Book</title></metadata><manifest><item id="a" href="a.xhtml"/><item id="b" href="b.xhtml"/></manifest><spine><itemref idref="a"/><itemref idref="b"/></spine></package>'),
      'a.xhtml': strToU8(chapter(`<p>First claim.<a href="#x">1</a> Second claim.<a href="#y">2</a></p>${note('x', 'Note one.')}${note('y', 'Note two.')}`)),
      'b.xhtml': strToU8(chapter(`<p>Third claim.<a href="#z">1</a></p>${note('z', 'Note three.')}`)),
    })
    const { document } = await readFile(bytes, { id: 'book', sourceFile: 'book.epub', language: 'en' })
    expect(document.notes?.map((entry) => [entry.id, entry.text])).toEqual([['book:n1', 'Note one.'], ['book:n2', 'Note two.'], ['book:n3', 'Note three.']])
  })
})

describe('readHtml', () => {
  it('takes the lang attribute where the text can be in that language, else detects', () => {
    const page = (lang: string, text: string) => `<html lang="${lang}"><body><p>${text}</p></body></html>`
    expect(readHtml(page('en', 'The gardens are open to everyone in the city.'), { id: 'a', sourceFile: 'a.html' }).language).toBe('en')
    expect(readHtml(page('en', '花园应当向所有居民开放。'), { id: 'a', sourceFile: 'a.html' }).language).toBe('zh')
  })

  it('decodes character references, and maps each to its whole reference in the page', () => {
    const html = '<p>Seeds &amp; tools cost 12&#160;000 yuan.</p>'
    const document = readHtml(html, { id: 'a', sourceFile: 'a.html', language: 'en' })
    expect(collectSentences(document).map((sentence) => sentence.text)).toEqual(['Seeds & tools cost 12 000 yuan.'])
    const ampersand = document.text.indexOf('&')
    expect(sourcePosition(document, ampersand)).toEqual({ offset: html.indexOf('&amp;'), exact: false })
    expect(sourcePosition(document, ampersand + 2)).toEqual({ offset: html.indexOf('tools'), exact: true })
  })

  it('keeps the page furniture out of the running text: navigation outside main, header and footer outside an article', () => {
    const html = '<body><header>Site banner</header><div>Sidebar</div><main><article><header><h1>Title of the piece</h1></header><p>Body text here.</p></article></main><footer>Copyright</footer></body>'
    const document = readHtml(html, { id: 'a', sourceFile: 'a.html', language: 'en' })
    expect(collectSentences(document).map((sentence) => sentence.text)).toEqual(['Title of the piece', 'Body text here.'])
    expect(document.skipped.map((span) => span.text)).toEqual(['Site banner', 'Sidebar', 'Copyright'])
  })

  it('skips menus and side bars on a page without main', () => {
    const html = '<body><nav>Home · News</nav><h1>Gardens</h1><p>Body text here.</p><aside>Related links</aside><div role="navigation">More links</div></body>'
    const document = readHtml(html, { id: 'a', sourceFile: 'a.html', language: 'en' })
    expect(collectSentences(document).map((sentence) => sentence.text)).toEqual(['Gardens', 'Body text here.'])
    expect(document.skipped.map((span) => [span.reason, span.text])).toEqual([['navigation', 'Home · News'], ['navigation', 'Related links'], ['navigation', 'More links']])
  })

  it('keeps a line break inside a paragraph as a line break', () => {
    const document = readHtml('<p>First line<br>second line.</p>', { id: 'a', sourceFile: 'a.html', language: 'en' })
    expect(document.text).toBe('First line\nsecond line.')
  })
})

describe('detectFormat and readFile on files they do not read', () => {
  const refusal = async (bytes: Uint8Array, name: string): Promise<string> => {
    try {
      await readFile(bytes, { id: 'source', sourceFile: name })
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError)
      return (error as Error).message
    }
    throw new Error('readFile read the file')
  }
  const zipWith = (name: string): Uint8Array => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), ...utf8(name), 1, 2, 3])

  it('names an old .doc, a damaged PDF, a damaged EPUB, and a zip that is neither, each in one line', async () => {
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.doc')).toMatch(/^old\.doc is an old Word \.doc .*save it as \.docx\.$/)
    expect(await refusal(utf8('%PDF-1.7\n...'), 'a.pdf')).toMatch(/^a\.pdf is not a readable PDF: /)
    expect(await refusal(zipWith('mimetypeapplication/epub+zip'), 'book.epub')).toMatch(/^book\.epub is not a readable EPUB e-book: the zip archive is corrupt/)
    expect(await refusal(zipWith('data.csv'), 'data.zip')).toBe('data.zip is a zip archive but not a Word .docx (it holds no word/document.xml) nor an EPUB.')
    expect(await refusal(utf8('plain words'), 'a.docx')).toMatch(/^a\.docx is not a Word \.docx file: it is not a zip archive/)
  })

  it('says a damaged .docx is damaged', async () => {
    const message = await refusal(zipWith('word/document.xml'), 'broken.docx')
    expect(message).toMatch(/^broken\.docx is not a readable Word \.docx file: the zip archive is corrupt/)
    expect(message.split('\n')).toHaveLength(1)
  })

  it('refuses an empty file as empty, before looking for its language', async () => {
    await expect(readFile(utf8('  \n'), { id: 'source', sourceFile: 'a.txt' })).rejects.toThrow(/^Expected text to read as document "source", received only white space/)
  })

  it('reads .md and .txt by their extension and content', () => {
    expect(detectFormat(utf8('# Title'), 'a.md')).toBe('markdown')
    expect(detectFormat(utf8('<p>x</p>'), 'a.htm')).toBe('html')
    expect(detectFormat(utf8('words'), 'a.txt')).toBe('text-or-html')
  })
})
