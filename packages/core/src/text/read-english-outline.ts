import type { Document } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import { buildDocument } from './build-document.js'
import { parseEnglishHeading } from './english-headings.js'
import { findBlocks } from './lines.js'
import { isHeadingLine } from './markup.js'
import { sentenceTextUnchecked } from './normalize.js'
import { findTitle, isParagraphBlock, type OutlineBlock, type SectionHead } from './outline-block.js'
import { isStandaloneLabel, matchPartLabel } from './part-labels.js'
import { assertReadableText, type OutlineOptions, outlineOptionsSchema, parseReadOptions } from './read-options.js'
import { rejoinBrokenParagraphs } from './rejoin-broken-paragraphs.js'
import { createSectionNumberer } from './section-numberer.js'

/**
 * Reads an English document with a markdown-like outline (as extracted from a PDF) into a typed
 * document.
 *
 * - Headings are lines opening with `#`…`######` or bold as a whole; their numbers decide the
 *   section ("1. Overview" → `1`, "4.1 …" → `4.1` under `4`). The first unnumbered heading is the
 *   title (`title`); a later unnumbered one is the next top-level section, without `number`.
 * - Labels (`Background:`, `Objective(s):`, `Action(s):`, bold or not) open parts: alone on a line as
 *   a `label` sentence, or inline at the start of a paragraph (kept in its text and in `label`).
 * - Paragraphs are separated by blank lines; paragraphs a page break split mid-sentence are joined.
 *
 * @param text - The whole source text; all offsets point into it.
 * @param options - `id` (prefix of all ids), `sourceFile`, and `title` (default: the title heading).
 * @returns The document, valid against `documentSchema`, with no skipped spans.
 * @throws {EmptyInputError} When `text` is empty or white space only.
 * @throws {InvalidInputError} When `text` is not a string or an option is invalid.
 */
export function readEnglishOutline(text: string, options: OutlineOptions): Document {
  const { id, sourceFile, title } = parseReadOptions(outlineOptionsSchema, options)
  assertReadableText(text, id)
  const numberSection = createSectionNumberer(parseEnglishHeading)
  const classified: OutlineBlock[] = []
  for (const span of findBlocks(text, standsAlone)) {
    const block = classifyBlock(text, span, numberSection)
    if (block) classified.push(block)
  }
  const blocks = rejoinBrokenParagraphs(text, classified, isParagraphBlock)
  const documentTitle = title ?? findTitle(blocks) ?? sourceFile
  return buildDocument({ id, language: 'en', title: documentTitle, sourceFile, text, skipped: [] }, blocks)
}

/** Whether a line is a block of its own: a heading or a label alone. */
function standsAlone(line: string): boolean {
  return isHeadingLine(line) || isStandaloneLabel(sentenceTextUnchecked(line), 'en')
}

/** Classifies one block as a label, a heading or a paragraph; `undefined` for markup alone. */
function classifyBlock(
  text: string,
  span: Span,
  numberSection: (heading: string) => SectionHead,
): OutlineBlock | undefined {
  const raw = text.slice(span.start, span.end)
  const normalized = sentenceTextUnchecked(raw)
  if (normalized === '') return undefined
  const label = matchPartLabel(normalized, 'en')
  if (label && label.label.length === normalized.length) return { type: 'label', ...span, label }
  if (isHeadingLine(raw)) return { type: 'heading', ...span, section: numberSection(normalized) }
  return label ? { type: 'paragraph', ...span, label } : { type: 'paragraph', ...span }
}
