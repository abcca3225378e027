import { unzipSync } from 'fflate'
import { InvalidInputError } from '../errors.js'
import { descendants, parseXml, type XmlElement } from '../formats/xml.js'
import type { Document, Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { chooseLanguage } from './choose-language.js'
import { decodeBytes } from './decode-bytes.js'
import { BYTES_HINT, bytesSchema, docxOptionsSchema, READER_HINT } from './read-arguments.js'
import { readHtmlBlocks, runningText } from './read-html.js'
import { buildStructuredDocument, type SourceBlock, type SourceNote } from './structured-source.js'

/** Options of {@link readEpub}. */
export interface EpubOptions {
  readonly id: string
  readonly sourceFile: string
  /** The text's language; else the book's `dc:language` where the text can be in it, else detected. */
  readonly language?: Language | undefined
}

/** Where every EPUB says its package document is. */
const CONTAINER = 'META-INF/container.xml'

/**
 * Reads an EPUB 2 or 3 e-book (a zip archive, unpacked with fflate): its chapters in spine order, each
 * an XHTML page read as {@link readHtml} reads one, so each chapter is a section (headed by its first
 * heading, else by its `title`), with its footnotes as notes. `origin` pieces name the chapter's member
 * of the archive (`OEBPS/ch01.xhtml`) and give UTF-16 offsets into its decoded text. Runs in a browser.
 *
 * @throws {InvalidInputError} When the archive is damaged, or lacks its container, package document or chapters.
 */
export function readEpub(bytes: Uint8Array, options: EpubOptions): Document {
  parseArgument(bytesSchema, bytes, 'bytes', BYTES_HINT)
  parseArgument(docxOptionsSchema, options, 'options', READER_HINT)
  const { id, sourceFile } = options
  const refuse = (problem: string): never => {
    throw new InvalidInputError(id, `${sourceFile} is not a readable EPUB e-book: ${problem}.`)
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes)
  } catch (error) {
    throw new InvalidInputError(id, `${sourceFile} is not a readable EPUB e-book: the zip archive is corrupt (${error instanceof Error ? error.message : String(error)}).`, { cause: error })
  }
  const text = (path: string): string => {
    const file = files[path]
    if (file === undefined) return refuse(`it holds no ${path}`)
    return decodeBytes(file, { name: `${sourceFile}:${path}`, argument: id }).text
  }
  const rootfile = descendants(parseXml(text(CONTAINER), id, 'EPUB container'), 'rootfile')[0]?.attributes['full-path'] ?? refuse(`${CONTAINER} names no package document`)
  const opf = parseXml(text(rootfile), id, 'EPUB package document')
  const folder = rootfile.includes('/') ? rootfile.slice(0, rootfile.lastIndexOf('/') + 1) : ''
  const manifest = new Map(descendants(opf, 'item').map((item) => [item.attributes['id'] ?? '', item.attributes['href'] ?? '']))
  const chapters = descendants(opf, 'itemref')
    .map((itemref) => manifest.get(itemref.attributes['idref'] ?? ''))
    .filter((href): href is string => href !== undefined && href !== '')
    .map((href) => folder + decodeURIComponent(href.split('#')[0] ?? ''))
  if (chapters.length === 0) refuse('its spine lists no chapters')
  const blocks: SourceBlock[] = []
  const notes: SourceNote[] = []
  for (const chapter of chapters) {
    const page = readHtmlBlocks(text(chapter), chapter)
    const opensWithHeading = page.blocks.find((block) => block.skip === undefined)?.kind === 'heading'
    // A chapter is a section: one that opens without a heading is headed by its title.
    const heading: SourceBlock[] = opensWithHeading || page.titlePieces.length === 0 ? [] : [{ kind: 'heading', level: 1, pieces: page.titlePieces }]
    // The title then heads the chapter, so its metadata block (read from the head, before any text) goes.
    const body = heading.length === 0 ? page.blocks : page.blocks.filter((block) => block.skip !== 'metadata')
    const shift = blocks.length + heading.length - (page.blocks.length - body.length)
    blocks.push(...heading, ...body)
    notes.push(...page.notes.map((note, index) => ({ ...note, number: String(notes.length + index + 1), referencedBy: note.referencedBy + shift })))
  }
  const declared = descendants(opf, 'language')[0]
  const bookTitle = descendants(opf, 'title')[0]
  return buildStructuredDocument({
    id,
    language: chooseLanguage(runningText(blocks), options.language, declared === undefined ? undefined : elementText(declared), id),
    sourceFile,
    format: 'epub',
    title: bookTitle === undefined ? undefined : elementText(bookTitle),
    blocks,
    notes,
  })
}

function elementText(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : elementText(child))).join('').trim()
}
