import type { Document } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import { trimWhiteSpace } from '../segment/white-space.js'
import { buildDocument } from './build-document.js'
import { splitLines } from './lines.js'
import type { OutlineBlock } from './outline-block.js'
import { assertReadableText, parseReadOptions, type PlainTextOptions, plainTextOptionsSchema } from './read-options.js'

/**
 * Reads a text that is already split: one sentence per non-empty line, never split further. Lines
 * between blank lines form a paragraph; everything is one `body` section with one `body` part. Line
 * ends may be `\n`, `\r\n` or `\r`; a leading byte order mark is skipped.
 *
 * @param text - The whole source text; all offsets point into it.
 * @param options - `id` (prefix of all ids), `language`, `sourceFile`, and `title` (default: `sourceFile`).
 * @returns The document, valid against `documentSchema`.
 * @throws {EmptyInputError} When `text` is empty or white space only.
 * @throws {InvalidInputError} When `text` is not a string or an option is invalid.
 */
export function readPresplit(text: string, options: PlainTextOptions): Document {
  const { id, language, sourceFile, title } = parseReadOptions(plainTextOptionsSchema, options)
  assertReadableText(text, id)
  const blocks: OutlineBlock[] = []
  let sentences: Span[] = []
  for (const line of [...splitLines(text), { start: text.length, end: text.length }]) {
    const span = trimWhiteSpace(text, line.start, line.end)
    if (span.end > span.start) {
      sentences.push(span)
      continue
    }
    const [first] = sentences
    const last = sentences.at(-1)
    if (first && last) blocks.push({ type: 'paragraph', start: first.start, end: last.end, sentences })
    sentences = []
  }
  return buildDocument({ id, language, title: title ?? sourceFile, sourceFile, text, skipped: [] }, blocks)
}
