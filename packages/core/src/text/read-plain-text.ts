import type { Document } from '../model/schemas.js'
import { buildDocument } from './build-document.js'
import { findBlocks } from './lines.js'
import type { OutlineBlock } from './outline-block.js'
import { assertReadableText, parseReadOptions, type PlainTextOptions, plainTextOptionsSchema } from './read-options.js'
import { rejoinBrokenParagraphs } from './rejoin-broken-paragraphs.js'

/**
 * Reads any text without structure: one `body` section (no heading) with one `body` part.
 * Paragraphs are separated by blank lines (English paragraphs a PDF page break split mid-sentence
 * are joined) and split into sentences by the rules of `options.language`. Line ends may be `\n`,
 * `\r\n` or `\r`; a leading byte order mark is skipped.
 *
 * @param text - The whole source text; all offsets point into it.
 * @param options - `id` (prefix of all ids), `language`, `sourceFile`, and `title` (default: `sourceFile`).
 * @returns The document, valid against `documentSchema`.
 * @throws {EmptyInputError} When `text` is empty or white space only.
 * @throws {InvalidInputError} When `text` is not a string or an option is invalid.
 *
 * @example
 * readPlainText('It grew. Then it shrank.', { id: 'a', language: 'en', sourceFile: 'a.txt' })
 */
export function readPlainText(text: string, options: PlainTextOptions): Document {
  const { id, language, sourceFile, title } = parseReadOptions(plainTextOptionsSchema, options)
  assertReadableText(text, id)
  const paragraphs = findBlocks(text)
  const joined = language === 'en' ? rejoinBrokenParagraphs(text, paragraphs) : paragraphs
  const blocks = joined.map((span): OutlineBlock => ({ type: 'paragraph', ...span }))
  return buildDocument({ id, language, title: title ?? sourceFile, sourceFile, text, skipped: [] }, blocks)
}
