import { InvalidInputError } from '../errors.js'
import type { Document, Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { BYTES_HINT, bytesSchema, docxOptionsSchema, READER_HINT } from './read-arguments.js'
import { chooseLanguage } from './choose-language.js'
import { buildStructuredDocument, type SourceBlock, type SourceBlockKind, type SourceNote, type SourcePiece } from './structured-source.js'

/** Options of {@link readDocx}. */
export interface DocxOptions {
  readonly id: string
  readonly sourceFile: string
  /** The text's language; detected when absent. */
  readonly language?: Language | undefined
}

/** The members of a .docx file the text comes from. */
const BODY_PART = 'word/document.xml'
const NOTE_PARTS = { footnote: 'word/footnotes.xml', endnote: 'word/endnotes.xml' } as const
const COMMENT_PART = 'word/comments.xml'

/** Word's built-in heading styles ("Heading 1" … "Heading 9", "Title", "Subtitle"), in any case, and their Chinese names ("标题 1"). */
const HEADING_STYLE = /^(heading\s*\d|title|subtitle|标题\s*\d*|標題\s*\d*)$/i

/** The parts of mammoth's document model this reader walks (mammoth types them `any`). */
interface WordElement {
  readonly type: string
  readonly children?: readonly WordElement[]
  readonly value?: string
  readonly styleName?: string | null
  readonly styleId?: string | null
  readonly numbering?: unknown
  readonly breakType?: string
  readonly noteType?: 'footnote' | 'endnote'
  readonly noteId?: string
  readonly body?: readonly WordElement[]
  readonly commentId?: string
}

interface WordDocument extends WordElement {
  readonly notes: { resolve(reference: WordElement): { readonly body: readonly WordElement[] } | null | undefined }
  readonly comments: readonly WordElement[]
}

/**
 * Reads a Word .docx file with mammoth (its document model, not its HTML): paragraphs in a heading
 * style (Heading 1–9, Title, Subtitle) are headings, numbered or bulleted paragraphs list items, table
 * cells paragraphs of their own, cell by cell; line breaks are kept, tabs read as a tab. Footnotes and
 * endnotes become `notes` (numbered in the order the text refers to them), comments skipped spans of
 * reason `comment`: neither is running text. `origin` gives, for every stretch of text, the member of the
 * file (`word/document.xml`; a note's or comment's part with its id, `word/footnotes.xml#2`), the
 * paragraph (counted from 0 in document order, table cells' paragraphs included) and the offsets in that
 * paragraph's text (its runs' text joined, a tab one character). Runs in a browser.
 *
 * @throws {InvalidInputError} When the bytes are not a .docx file (not a zip archive, a corrupt one, or no Word document inside).
 */
export function readDocx(bytes: Uint8Array, options: DocxOptions): Promise<Document> {
  parseArgument(bytesSchema, bytes, 'bytes', BYTES_HINT)
  parseArgument(docxOptionsSchema, options, 'options', READER_HINT)
  return readCheckedDocx(bytes, options)
}

async function readCheckedDocx(bytes: Uint8Array, options: DocxOptions): Promise<Document> {
  const word = await readWordDocument(bytes, options)
  const blocks: SourceBlock[] = []
  const notes: SourceNote[] = []
  const references = new Map<string, number>()
  const readParagraphs = (elements: readonly WordElement[], part: string, kind: SourceBlockKind | undefined, into: SourceBlock[], onNote: (reference: WordElement) => void): void => {
    for (const element of elements) {
      if (element.type === 'paragraph') into.push(readParagraph(element, part, into.length, kind, onNote))
      else if (element.type === 'tableCell') readParagraphs(element.children ?? [], part, 'cell', into, onNote)
      else readParagraphs(element.children ?? [], part, kind, into, onNote)
    }
  }
  const noteReferenced = (reference: WordElement): void => {
    const key = `${reference.noteType}-${reference.noteId}`
    if (references.has(key) || reference.noteType === undefined) return
    const note = word.notes.resolve(reference)
    references.set(key, blocks.length)
    if (note == null) return
    const part = `${NOTE_PARTS[reference.noteType]}#${reference.noteId}`
    const body: SourceBlock[] = []
    readParagraphs(note.body, part, 'paragraph', body, () => undefined)
    notes.push({ number: String(notes.length + 1), pieces: joinBlocks(body), referencedBy: blocks.length })
  }
  readParagraphs(word.children ?? [], BODY_PART, undefined, blocks, noteReferenced)
  for (const comment of word.comments) {
    const body: SourceBlock[] = []
    readParagraphs(comment.body ?? [], `${COMMENT_PART}#${comment.commentId ?? ''}`, 'paragraph', body, () => undefined)
    blocks.push({ kind: 'paragraph', pieces: joinBlocks(body), skip: 'comment' })
  }
  const text = blocks.filter((block) => block.skip === undefined).map((block) => block.pieces.map((piece) => piece.text).join('')).join('\n')
  return buildStructuredDocument({
    id: options.id,
    language: chooseLanguage(text, options.language, undefined, options.id),
    sourceFile: options.sourceFile,
    format: 'docx',
    blocks,
    notes,
  })
}

async function readWordDocument(bytes: Uint8Array, options: DocxOptions): Promise<WordDocument> {
  let captured: WordDocument | undefined
  // mammoth is imported on first use, not with core.
  const mammoth = (await import('mammoth')).default
  try {
    // mammoth reads the file into its document model and hands it to `transformDocument`; returning an
    // empty body skips its HTML conversion, which is not needed here.
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both are given, as one ArrayBuffer.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    await mammoth.convertToHtml(
      { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer },
      {
        transformDocument: (document: WordDocument) => {
          captured = document
          return { ...document, children: [] }
        },
      },
    )
  } catch (error) {
    throw new InvalidInputError(options.id, `${options.sourceFile} is not a readable Word .docx file: ${docxProblem(error)}.`, { cause: error })
  }
  if (captured === undefined) throw new InvalidInputError(options.id, `${options.sourceFile} is not a readable Word .docx file: it holds no document.`)
  return captured
}

/** What is wrong with a file mammoth could not read, in words a user can act on. */
function docxProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/central directory|zip|signature|End of data/i.test(message)) return 'the zip archive is corrupt or is not a zip archive'
  if (/main document part/i.test(message)) return 'the zip archive holds no Word document (word/document.xml)'
  return message
}

/** One paragraph's block: its text in pieces (offsets into the paragraph's own text), its line breaks, its notes. */
function readParagraph(paragraph: WordElement, part: string, index: number, kind: SourceBlockKind | undefined, onNote: (reference: WordElement) => void): SourceBlock {
  const pieces: SourcePiece[] = []
  const breaks: number[] = []
  let offset = 0
  const visit = (element: WordElement): void => {
    if (element.type === 'text' || element.type === 'tab') {
      const text = element.type === 'tab' ? '\t' : (element.value ?? '')
      if (text.length === 0) return
      pieces.push({ text, part, block: index, sourceStart: offset, sourceEnd: offset + text.length })
      offset += text.length
    } else if (element.type === 'break') {
      breaks.push(pieces.reduce((sum, piece) => sum + piece.text.length, 0))
    } else if (element.type === 'noteReference') {
      onNote(element)
    } else {
      for (const child of element.children ?? []) visit(child)
    }
  }
  for (const child of paragraph.children ?? []) visit(child)
  const style = paragraph.styleName ?? paragraph.styleId ?? ''
  const own: SourceBlockKind = HEADING_STYLE.test(style.trim()) ? 'heading' : paragraph.numbering != null ? 'item' : 'paragraph'
  const level = own === 'heading' ? headingLevel(style.trim()) : undefined
  return { kind: kind === 'cell' && own === 'paragraph' ? 'cell' : own, pieces, ...(breaks.length > 0 ? { breaks } : {}), ...(level === undefined ? {} : { level }) }
}

/** A heading style's level: Title 1, Subtitle 2, "Heading 3" 3 (1 where the style gives no number). */
function headingLevel(style: string): number {
  if (/^subtitle$/i.test(style)) return 2
  const digits = /\d+/.exec(style)?.[0]
  return digits === undefined ? 1 : Math.min(6, Math.max(1, Number(digits)))
}

/** The pieces of several paragraphs (a note's, a comment's) as one block's, a space between two paragraphs. */
function joinBlocks(blocks: readonly SourceBlock[]): SourcePiece[] {
  return blocks.flatMap((block, index) => (index === 0 ? block.pieces : [{ text: ' ', sourceStart: 0, sourceEnd: 0, synthetic: true as const }, ...block.pieces]))
}
