import { EmptyInputError } from '../errors.js'
import type { Document, LineJoin } from '../model/schemas.js'
import { assertReadableText, type OutlineOptions, outlineOptionsSchema, parseReadOptions } from '../text/read-options.js'
import { assembleBlocks } from './assemble-blocks.js'
import { attachNotes } from './attach-notes.js'
import { buildDeclarationSections } from './build-declaration.js'
import { classifyBlocks } from './classify-blocks.js'
import { findFootnotes } from './footnote-zones.js'
import { findPageFurniture } from './page-furniture.js'
import { findRunTogetherWords } from './run-together-words.js'
import { measureLayout, readSourceLines } from './source-lines.js'

/**
 * Reads an English declaration extracted from a PDF (hard line breaks, numbered paragraphs, footnotes
 * and page furniture in the text) into a typed document.
 *
 * - Page furniture — running heads with a `│` bar and their page numbers, "Page N of M" — becomes
 *   skipped spans (`header`, `page-number`).
 * - Footnotes at the foot of a page become `notes`, each tied to the paragraph that holds its marker
 *   ("job creation8"); markers are left out of sentence text.
 * - Lines reflow into paragraphs and headings; numbered paragraphs keep their numbers as ids
 *   (`${id}:12a`, `${id}:22.b`), headings open sections (`title`, `s1`, `s2`, …).
 * - Words hyphenated at a line end read joined (hyphen kept); words a PDF line join glued together
 *   ("NPREnabling", "farreaching") stay as written. Both are listed in `joins`.
 *
 * Every non-white-space character lands in a sentence, a note (text, number or marker) or a skipped span.
 *
 * @param text - The whole source text; all offsets point into it.
 * @param options - `id` (prefix of all ids), `sourceFile`, and `title` (default: the title heading, else `sourceFile`).
 * @returns The document, valid against `documentSchema`, with `notes` and `joins`.
 * @throws {EmptyInputError} When `text` is empty or white space only.
 * @throws {InvalidInputError} When `text` is not a string or an option is invalid.
 *
 * @example
 * readDeclaration(torinoText, { id: 'g7-torino-2017', sourceFile: '000.txt', title: 'G7 Torino Declaration' })
 */
export function readDeclaration(text: string, options: OutlineOptions): Document {
  const { id, sourceFile, title } = parseReadOptions(outlineOptionsSchema, options)
  assertReadableText(text, id)
  const lines = readSourceLines(text)
  const layout = measureLayout(lines)
  const furniture = findPageFurniture(lines)
  const footnotes = findFootnotes(text, lines, layout, furniture)
  const isRunningText = (line: (typeof lines)[number]): boolean =>
    !line.blank && !furniture.has(line.index) && !footnotes.lines.has(line.index)
  const blocks = assembleBlocks(lines, layout, isRunningText)
  const markers = footnotes.notes.flatMap((note) => (note.marker ? [note.marker] : []))
  const classified = classifyBlocks(text, blocks, markers, layout)
  if (!classified.some((block) => block.kind === 'paragraph')) {
    throw new EmptyInputError(id, `Expected paragraphs in declaration "${id}", found only headings. Check that the file holds the text itself.`)
  }
  const skipped = [...furniture.values(), ...footnotes.orphans].sort((a, b) => a.start - b.start)
  const head = { id, title: title ?? sourceFile, sourceFile, text, skipped }
  const sections = buildDeclarationSections(head, classified)
  const joins: LineJoin[] = [
    ...classified.flatMap((block) => block.text.joins),
    ...findRunTogetherWords(lines.filter(isRunningText), layout),
  ].sort((a, b) => a.start - b.start)
  const notes = attachNotes(text, id, footnotes.notes, sections)
  const documentTitle = title ?? sections.find((section) => section.kind === 'title')?.title ?? sourceFile
  return { type: 'document', id, language: 'en', title: documentTitle, sourceFile, text, skipped, children: sections, notes, joins }
}
