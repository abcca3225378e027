import { InvalidInputError } from '../errors.js'
import { textArgumentSchema } from '../model/primitive-arguments.js'
import { parseArgument } from '../parse-argument.js'
import { BYTES_HINT, bytesSchema, detectedFormatSchema, READER_HINT, readFileOptionsSchema } from './read-arguments.js'
import type { Document, InputFormat, Language } from '../model/schemas.js'
import { assertReadableText } from '../text/read-options.js'
import { chooseLanguage } from './choose-language.js'
import { decodeBytes, type DecodedText } from './decode-bytes.js'
import { readDocx } from './read-docx.js'
import { readEpub } from './read-epub.js'
import { readPdf } from './read-pdf.js'
import { readHtml } from './read-html.js'
import { readText, type TextReadMode } from './read-text.js'

/** Options of {@link readFile}. */
export interface ReadFileOptions {
  /** Prefix of every id in the document (`source`, `zh`). */
  readonly id: string
  /** The file's name: recorded in the document, and its extension read when the content leaves the format open. */
  readonly sourceFile: string
  /** The format, instead of detecting it from the content and the extension. */
  readonly format?: InputFormat | undefined
  /** The text encoding (a `TextDecoder` label), instead of detecting it; text formats only. */
  readonly encoding?: string | undefined
  /** The language, instead of detecting it. */
  readonly language?: Language | undefined
  /** How plain text and markdown are read (default `auto`). */
  readonly read?: TextReadMode | undefined
}

/** A document read from a file, with what was found about the file. */
export interface ReadFileResult {
  readonly document: Document
  readonly format: InputFormat
  /** How the bytes were decoded, for the text formats (not for .docx, whose XML says its own encoding). */
  readonly decoded?: DecodedText | undefined
  /** For plain text and markdown: the decoded text, which is the document's `text`. */
  readonly text?: string | undefined
}

/** Bytes a file of each binary format starts with. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** The start of an HTML or XHTML page, past a byte-order mark, white space and comments. */
const HTML_START = /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i

/**
 * The format of a file, from its first bytes (a zip archive holding `word/document.xml` is .docx; `%PDF-`
 * is a PDF; an OLE compound file is an old .doc; a zip with `application/epub+zip` an EPUB) and, for text, its start (`<!DOCTYPE html>`, `<html`) and
 * extension (`.html`, `.htm`, `.xhtml`; `.md`, `.markdown`). Throws for formats it knows but does not read.
 *
 * @throws {InvalidInputError} For a .doc, or a zip archive that is neither a .docx nor an EPUB: each with what to do instead.
 */
export function detectFormat(bytes: Uint8Array, fileName: string, argument = 'file'): InputFormat | 'text-or-html' {
  parseArgument(bytesSchema, bytes, 'bytes', BYTES_HINT)
  parseArgument(textArgumentSchema, fileName, 'fileName')
  parseArgument(textArgumentSchema, argument, 'argument')
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf'
  if (startsWith(bytes, OLE_MAGIC)) throw new InvalidInputError(argument, `${fileName} is an old Word .doc (or another Office 97–2003 file), not .docx: open it in Word or LibreOffice and save it as .docx.`)
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (holdsAscii(bytes, 'word/document.xml') || holdsAscii(bytes, 'word/_rels')) return 'docx'
    if (holdsAscii(bytes, 'application/epub+zip') || holdsAscii(bytes, 'META-INF/container.xml')) return 'epub'
    throw new InvalidInputError(argument, `${fileName} is a zip archive but not a Word .docx (it holds no word/document.xml) nor an EPUB.`)
  }
  if (extension === 'epub') throw new InvalidInputError(argument, `${fileName} is not an EPUB e-book: it is not a zip archive.`)
  if (extension === 'docx') throw new InvalidInputError(argument, `${fileName} is not a Word .docx file: it is not a zip archive (a .docx starts with the bytes "PK").`)
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html'
  return 'text-or-html'
}

/**
 * Reads a file's bytes into a document, picking the reader by content and extension ({@link detectFormat})
 * unless `format` is given: plain text and markdown as `align` reads a string, HTML with {@link readHtml},
 * .docx with {@link readDocx}. Text is decoded by {@link decodeBytes} (UTF-8, UTF-16, GB18030, Big5). Runs
 * in a browser; the text is never converted (traditional Chinese stays traditional).
 *
 * @throws {InvalidInputError} For a format it does not read, bytes it cannot decode, or a damaged file.
 * @throws {EmptyInputError} When the file holds no text.
 * @throws {LanguageMismatchError} When no language is given and the text is neither Chinese nor English.
 */
export function readFile(bytes: Uint8Array, options: ReadFileOptions): Promise<ReadFileResult> {
  parseArgument(bytesSchema, bytes, 'bytes', BYTES_HINT)
  parseArgument(readFileOptionsSchema, options, 'options', READER_HINT)
  return readCheckedFile(bytes, options)
}

async function readCheckedFile(bytes: Uint8Array, options: ReadFileOptions): Promise<ReadFileResult> {
  const { id, sourceFile } = options
  const detected = options.format ?? detectFormat(bytes, sourceFile, id)
  if (detected === 'docx') return { document: await readDocx(bytes, { id, sourceFile, language: options.language }), format: 'docx' }
  if (detected === 'pdf') return { document: await readPdf(bytes, { id, sourceFile, language: options.language }), format: 'pdf' }
  if (detected === 'epub') return { document: readEpub(bytes, { id, sourceFile, language: options.language }), format: 'epub' }
  const decoded = decodeBytes(bytes, { encoding: options.encoding, name: sourceFile, argument: id })
  assertReadableText(decoded.text, id)
  const format = textFormat(detected, decoded.text)
  if (format === 'html') return { document: readHtml(decoded.text, { id, sourceFile, language: options.language, encoding: decoded.encoding }), format, decoded }
  const language = chooseLanguage(decoded.text, options.language, undefined, id)
  return { document: readText(decoded.text, { id, sourceFile, language, read: options.read ?? 'auto' }), format, decoded, text: decoded.text }
}

/** The format of a decoded text file: as detected from its bytes and name, HTML by its start where that left it open. */
export function textFormat(detected: Exclude<InputFormat, 'docx' | 'epub' | 'pdf'> | 'text-or-html', text: string): Exclude<InputFormat, 'docx' | 'epub' | 'pdf'> {
  parseArgument(detectedFormatSchema, detected, 'detected', 'Pass what `detectFormat` gave for a text file.')
  parseArgument(textArgumentSchema, text, 'text')
  return detected === 'text-or-html' ? (HTML_START.test(text) ? 'html' : 'text') : detected
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte)
}

/** Whether the bytes hold an ASCII string (a zip member's name, stored uncompressed in its headers). */
function holdsAscii(bytes: Uint8Array, needle: string): boolean {
  const codes = [...needle].map((character) => character.charCodeAt(0))
  const first = codes[0] ?? 0
  for (let at = bytes.indexOf(first); at >= 0 && at + codes.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    if (codes.every((code, offset) => bytes[at + offset] === code)) return true
  }
  return false
}
