import { EmptyInputError } from '../errors.js'
import type { Document, Paragraph, Part, PartKind, Section, Sentence, SentenceKind } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import { splitSentencesUnchecked } from '../segment/split-sentences.js'
import { trimMarkup } from './markup.js'
import { sentenceTextUnchecked } from './normalize.js'
import type { OutlineBlock, SectionHead } from './outline-block.js'
import type { PartLabel } from './part-labels.js'

/** The fields of a document that a reader knows before its structure is built. */
export type DocumentHead = Pick<Document, 'id' | 'language' | 'title' | 'sourceFile' | 'url' | 'text' | 'skipped'>

/** The growing document and its counters while blocks are added in order. */
interface BuildState {
  readonly head: DocumentHead
  readonly sections: Section[]
  readonly partIds: Set<string>
  sentenceCount: number
  paragraphCount: number
}

/** Extras a sentence may carry from its paragraph's start. */
type SentenceExtras = Pick<Sentence, 'label' | 'number'>

/** The section that holds text read before any heading, or from a file read without structure. */
const BODY_SECTION: SectionHead = { id: 'body', kind: 'body', title: '' }

/**
 * Builds a document from a reader's blocks, in order: a heading opens a section, a label (alone or
 * opening a paragraph) opens a part, paragraphs before any label form a `body` part, and each
 * paragraph is split into sentences (unless it brings its own). Sentence spans are trimmed of
 * markup; ids and indices follow document order. Throws `EmptyInputError` if no sentence is found.
 */
export function buildDocument(head: DocumentHead, blocks: readonly OutlineBlock[]): Document {
  const state: BuildState = { head, sections: [], partIds: new Set(), sentenceCount: 0, paragraphCount: 0 }
  for (const block of blocks) {
    if (block.type === 'heading') addSection(state, block.section, block)
    else if (block.type === 'label') addLabel(state, block, block.label)
    else addTextParagraph(state, block)
  }
  if (state.sentenceCount === 0) {
    throw new EmptyInputError(
      head.id,
      `Expected sentences in document "${head.id}", found only markup and white space. ` +
        'Check that the file holds the text itself.',
    )
  }
  const { id, language, title, sourceFile, url, text, skipped } = head
  const provenance = url === undefined ? {} : { url }
  return { type: 'document', id, language, title, sourceFile, ...provenance, text, skipped, children: state.sections }
}

/** Opens a section at a heading; the heading line becomes the section's `heading` sentence. */
function addSection(state: BuildState, head: SectionHead, span: Span | undefined): Section {
  const heading = span === undefined ? undefined : createSentence(state, span, 'heading', {})
  const section: Section = { type: 'section', ...head, ...(heading ? { heading } : {}), children: [] }
  state.sections.push(section)
  return section
}

/** Adds a label that stands alone on its line: it opens a part, as a paragraph of one `label` sentence. */
function addLabel(state: BuildState, span: Span, label: PartLabel): void {
  addParagraph(state, openPart(state, label), [span], 'label', { label: label.label })
}

/** Adds a paragraph of running text: to a new part when it opens with a label, else to the open part. */
function addTextParagraph(state: BuildState, block: Extract<OutlineBlock, { type: 'paragraph' }>): void {
  const part = block.label ? openPart(state, block.label) : currentPart(state)
  const spans = block.sentences ?? splitParagraph(state, block)
  const extras: SentenceExtras = {
    ...(block.label ? { label: block.label.label } : {}),
    ...(block.number === undefined ? {} : { number: block.number }),
  }
  addParagraph(state, part, spans, 'text', extras)
}

/** Adds a paragraph of the given sentence spans to `part`; `extras` go to its first sentence. */
function addParagraph(
  state: BuildState,
  part: Part,
  spans: readonly Span[],
  kind: SentenceKind,
  extras: SentenceExtras,
): void {
  const sentences: Sentence[] = []
  for (const span of spans) {
    const sentence = createSentence(state, span, kind, sentences.length === 0 ? extras : {})
    if (sentence) sentences.push(sentence)
  }
  const first = sentences[0]
  const last = sentences.at(-1)
  if (!first || !last) return
  const id = `${state.head.id}:p${state.paragraphCount++}`
  const paragraph: Paragraph = { type: 'paragraph', id, start: first.start, end: last.end, children: sentences }
  if (part.children.length === 0) part.start = paragraph.start
  part.end = paragraph.end
  part.children.push(paragraph)
}

/** A sentence for a span trimmed of markup, numbered in document order; `undefined` if no text is left. */
function createSentence(
  state: BuildState,
  span: Span,
  kind: SentenceKind,
  extras: SentenceExtras,
): Sentence | undefined {
  const { start, end } = trimMarkup(state.head.text, span)
  const text = sentenceTextUnchecked(state.head.text.slice(start, end))
  if (text === '') return undefined
  const index = state.sentenceCount++
  return { type: 'sentence', id: `${state.head.id}:s${index}`, index, kind, text, start, end, ...extras }
}

/** Opens a part of the current section for a label. */
function openPart(state: BuildState, label: PartLabel): Part {
  return appendPart(state, currentSection(state), label.kind, label.label)
}

/** The open part of the current section, or a new `body` part if it has none. */
function currentPart(state: BuildState): Part {
  const section = currentSection(state)
  return section.children.at(-1) ?? appendPart(state, section, 'body', undefined)
}

/** The section being read, or a new `body` section for text before any heading. */
function currentSection(state: BuildState): Section {
  return state.sections.at(-1) ?? addSection(state, BODY_SECTION, undefined)
}

/** Appends an empty part to `section`, with an id unique in the document (`${documentId}:4.2:objective`). */
function appendPart(state: BuildState, section: Section, kind: PartKind, label: string | undefined): Part {
  const base = `${state.head.id}:${section.id}:${kind}`
  let id = base
  for (let count = 2; state.partIds.has(id); count++) id = `${base}-${count}`
  state.partIds.add(id)
  const start = section.heading?.end ?? 0
  const labelled = label === undefined ? {} : { label }
  const part: Part = { type: 'part', id, kind, ...labelled, start, end: start, children: [] }
  section.children.push(part)
  return part
}

/** The sentence spans of a paragraph, as offsets into the whole text. */
function splitParagraph(state: BuildState, paragraph: Span): Span[] {
  const { text, language } = state.head
  const spans = splitSentencesUnchecked(text.slice(paragraph.start, paragraph.end), language)
  return spans.map((span) => ({ start: span.start + paragraph.start, end: span.end + paragraph.start }))
}
