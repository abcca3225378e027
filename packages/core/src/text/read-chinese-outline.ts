import type { Document, SkippedSpan } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import { buildDocument } from './build-document.js'
import { parseChineseHeading } from './chinese-headings.js'
import { findBlocks } from './lines.js'
import { matchListNumber } from './list-number.js'
import { sentenceTextUnchecked } from './normalize.js'
import { findTitle, type OutlineBlock, type SectionHead } from './outline-block.js'
import { matchPartLabel } from './part-labels.js'
import { assertReadableText, type OutlineOptions, outlineOptionsSchema, parseReadOptions } from './read-options.js'
import { createSectionNumberer } from './section-numberer.js'

/** A first line that is only a web address says where the text was published. */
const URL_LINE = /^https?:\/\/\S+$/

/**
 * Reads a Chinese document with a plain-text outline (as published by a government site) into a
 * typed document. Each non-blank line is a paragraph; full-width indentation is white space.
 *
 * - A first line that is a URL becomes `document.url` and a `provenance` skipped span; the next line
 *   is the title (section `title`).
 * - Headings "一、概要" are sections (`1`, number "一、"), "（一）合作研究" subsections of the last
 *   section (`4.1`, number "（一）").
 * - Labels `背景：`, `目标：`, `行动：` open parts: alone as a `label` sentence, or inline (kept in the
 *   text and in `label`). A list number opening a paragraph ("1．", "2.") goes to the first
 *   sentence's `number`, its text kept.
 *
 * @param text - The whole source text; all offsets point into it.
 * @param options - `id` (prefix of all ids), `sourceFile`, and `title` (default: the title line).
 * @returns The document, valid against `documentSchema`.
 * @throws {EmptyInputError} When `text` is empty or white space only.
 * @throws {InvalidInputError} When `text` is not a string or an option is invalid.
 */
export function readChineseOutline(text: string, options: OutlineOptions): Document {
  const { id, sourceFile, title } = parseReadOptions(outlineOptionsSchema, options)
  assertReadableText(text, id)
  const lines = findBlocks(text, () => true)
  const provenance = readProvenance(text, lines[0])
  const numberSection = createSectionNumberer(parseChineseHeading)
  const blocks = lines
    .slice(provenance ? 1 : 0)
    .map((span, index) => classifyLine(text, span, index === 0, numberSection))
  const documentTitle = title ?? findTitle(blocks) ?? sourceFile
  const skipped = provenance ? [provenance] : []
  const url = provenance ? { url: provenance.text } : {}
  return buildDocument({ id, language: 'zh', title: documentTitle, sourceFile, ...url, text, skipped }, blocks)
}

/** The first line as a `provenance` span, if it is a URL. */
function readProvenance(text: string, firstLine: Span | undefined): SkippedSpan | undefined {
  if (!firstLine) return undefined
  const line = text.slice(firstLine.start, firstLine.end)
  return URL_LINE.test(line) ? { reason: 'provenance', text: line, ...firstLine } : undefined
}

/** Classifies one line: the title (the first line), a heading, a label alone, or a paragraph. */
function classifyLine(
  text: string,
  span: Span,
  isFirst: boolean,
  numberSection: (heading: string) => SectionHead,
): OutlineBlock {
  const normalized = sentenceTextUnchecked(text.slice(span.start, span.end))
  const label = matchPartLabel(normalized, 'zh')
  if (label && label.label.length === normalized.length) return { type: 'label', ...span, label }
  if (isFirst || parseChineseHeading(normalized, 0)) {
    return { type: 'heading', ...span, section: numberSection(normalized) }
  }
  const number = matchListNumber(normalized)
  return {
    type: 'paragraph',
    ...span,
    ...(label ? { label } : {}),
    ...(number === undefined ? {} : { number }),
  }
}
