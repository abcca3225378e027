import type { Document, Paragraph, Part, Section, Sentence, SentenceKind } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import { splitSentencesUnchecked } from '../segment/split-sentences.js'
import type { BlockText } from './block-text.js'
import type { ClassifiedBlock } from './classify-blocks.js'
import { createParagraphNamer, type ParagraphNamer } from './paragraph-ids.js'

/** The fields of a declaration known before its sections are built. */
export type DeclarationHead = Pick<Document, 'id' | 'title' | 'sourceFile' | 'text' | 'skipped'>

/** The growing document while blocks are added in order. */
interface BuildState {
  readonly head: DeclarationHead
  readonly sections: Section[]
  readonly namer: ParagraphNamer
  sentenceCount: number
  sectionCount: number
  /** The last section set in capitals, the parent of the headings after it. */
  topSection: string | undefined
}

/**
 * Builds the sections of a declaration from its classified blocks: the headings before the first
 * paragraph make its `title` section, text before any heading a `body` section, and each later
 * heading a section (`s1`, `s2`, …; a `section` when set in capitals, else a `subsection` of the
 * last one that was). Each section has one `body` part; paragraphs are split into sentences.
 */
export function buildDeclarationSections(head: DeclarationHead, blocks: readonly ClassifiedBlock[]): Section[] {
  const state: BuildState = {
    head,
    sections: [],
    namer: createParagraphNamer(head.id),
    sentenceCount: 0,
    sectionCount: 0,
    topSection: undefined,
  }
  for (const [position, block] of blocks.entries()) {
    if (block.kind === 'heading') addSection(state, block, position === 0)
    else addParagraph(state, block)
  }
  return state.sections
}

function addSection(state: BuildState, block: ClassifiedBlock, isTitle: boolean): void {
  state.namer.heading(block.number)
  const heading = createSentences(state, block.text, 'heading', [{ start: 0, end: block.text.text.length }])[0]!
  const id = isTitle ? 'title' : `s${++state.sectionCount}`
  const kind = isTitle ? 'title' : block.capitals ? 'section' : 'subsection'
  const numbered = block.number === undefined ? {} : { number: block.number.text.trim() }
  const title = block.number === undefined ? heading.text : heading.text.slice(block.number.text.length).trim()
  const parent = kind === 'subsection' && state.topSection !== undefined ? { parent: state.topSection } : {}
  if (kind === 'section') state.topSection = id
  const part = emptyPart(state, id, heading.end)
  state.sections.push({ type: 'section', id, kind, ...numbered, title, ...parent, heading, children: [part] })
}

function addParagraph(state: BuildState, block: ClassifiedBlock): void {
  const section = state.sections.at(-1) ?? openBodySection(state)
  const part = section.children[0]!
  const spans = splitAfterNumber(block.text.text, block.number?.text.length ?? 0)
  const sentences = createSentences(state, block.text, 'text', spans)
  const numbered = block.number !== undefined && block.number.kind !== 'bullet'
  if (numbered) sentences[0] = { ...sentences[0]!, number: block.number!.text }
  const paragraph: Paragraph = {
    type: 'paragraph',
    id: state.namer.paragraph(block.number),
    start: sentences[0]!.start,
    end: sentences.at(-1)!.end,
    ...(numbered ? { number: block.number!.text } : {}),
    children: sentences,
  }
  if (part.children.length === 0) part.start = paragraph.start
  part.end = paragraph.end
  part.children.push(paragraph)
}

function openBodySection(state: BuildState): Section {
  const section: Section = { type: 'section', id: 'body', kind: 'body', title: '', children: [emptyPart(state, 'body', 0)] }
  state.sections.push(section)
  return section
}

function emptyPart(state: BuildState, sectionId: string, start: number): Part {
  return { type: 'part', id: `${state.head.id}:${sectionId}:body`, kind: 'body', start, end: start, children: [] }
}

/** Sentence spans of a paragraph; an opening number ("1.") stays in the first sentence, not a sentence of its own. */
function splitAfterNumber(text: string, numberLength: number): Span[] {
  const spans = splitSentencesUnchecked(text.slice(numberLength), 'en').map((span) => ({ start: span.start + numberLength, end: span.end + numberLength }))
  if (numberLength > 0 && spans[0]) spans[0] = { ...spans[0], start: 0 }
  return spans
}

/** Sentences for spans of a block's reading text, with source offsets and document-order indices. */
function createSentences(state: BuildState, text: BlockText, kind: SentenceKind, spans: readonly Span[]): Sentence[] {
  return spans.map((span) => {
    const index = state.sentenceCount++
    return {
      type: 'sentence',
      id: `${state.head.id}:s${index}`,
      index,
      kind,
      text: text.text.slice(span.start, span.end),
      start: text.offsets[span.start]!,
      end: text.offsets[span.end - 1]! + 1,
    }
  })
}
