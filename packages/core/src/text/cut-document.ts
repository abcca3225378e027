import { z } from 'zod'
import { collectSentencesUnchecked } from '../corpus/corpus.js'
import { documentShapeSchema } from '../model/argument-schemas.js'
import { parseArgument } from '../parse-argument.js'
import type { Document, Paragraph, Section, Sentence } from '../model/schemas.js'
import { trimWhiteSpace } from '../segment/white-space.js'
import { sentenceTextUnchecked } from './normalize.js'

/** A document with some sentences cut, and where each sentence of the document before landed. */
export interface CutDocument {
  readonly document: Document
  /** Per sentence index before the cuts (and one past the last): the index of its first part after them. */
  readonly firstIndex: Int32Array
}

/**
 * Cuts sentences of a document into parts: `cuts` maps a sentence index to the source offsets where
 * its later parts start, each strictly inside the sentence. Each part is an exact span of the source,
 * trimmed of white space, with its text read as any sentence's, and is marked `split: 'aligner'`; the
 * first part keeps the sentence's label and number. Every sentence is numbered again in document order
 * (`index`, and the id made from it); nothing else of the document changes.
 */
export function cutDocumentSentences(document: Document, cuts: ReadonlyMap<number, readonly number[]>): CutDocument {
  parseArgument(documentShapeSchema, document, 'document', 'Pass a document made by a reader (`readPlainText`, `readEnglishOutline`, …).')
  parseArgument(cutsSchema, cuts, 'cuts', 'Map a sentence index to the offsets where its later parts start: `new Map([[3, [120]]])`.')
  const sentences = collectSentencesUnchecked(document)
  for (const [index, starts] of cuts) {
    const sentence = sentences[index]
    const inside = sentence !== undefined && starts.every((start, at) => start > (at === 0 ? sentence.start : starts[at - 1]!) && start < sentence.end)
    if (!inside) parseArgument(z.never(), starts, `cuts[${index}]`, 'Each cut is an increasing offset strictly inside sentence `index` of the document.')
  }
  const firstIndex = new Int32Array(sentences.length + 1)
  const replaced = new Map<number, Sentence[]>()
  let next = 0
  for (const sentence of sentences) {
    firstIndex[sentence.index] = next
    const parts = partsOf(document, sentence, cuts.get(sentence.index) ?? [])
    replaced.set(sentence.index, parts.map((part) => ({ ...part, index: next, id: `${document.id}:s${next++}` })))
  }
  firstIndex[sentences.length] = next
  const renumber = (sentence: Sentence): Sentence[] => replaced.get(sentence.index) ?? [sentence]
  const paragraph = (old: Paragraph): Paragraph => ({ ...old, children: old.children.flatMap(renumber) })
  const section = (old: Section): Section => {
    const heading = old.heading === undefined ? {} : { heading: renumber(old.heading)[0]! }
    return { ...old, ...heading, children: old.children.map((part) => ({ ...part, children: part.children.map(paragraph) })) }
  }
  return { document: { ...document, children: document.children.map(section) }, firstIndex }
}

/** Sentence index → offsets where its later parts start. */
const cutsSchema = z.map(z.number().int().nonnegative(), z.array(z.number().int()))

/** A sentence's parts, cut where `starts` say; the sentence itself when there are none. */
function partsOf(document: Document, sentence: Sentence, starts: readonly number[]): Sentence[] {
  if (starts.length === 0) return [sentence]
  const { label, number, ...rest } = sentence
  const bounds = [sentence.start, ...starts, sentence.end]
  return starts.concat(sentence.end).map((end, at) => {
    const span = trimWhiteSpace(document.text, bounds[at]!, end)
    const part: Sentence = { ...rest, text: sentenceTextUnchecked(document.text.slice(span.start, span.end)), start: span.start, end: span.end, split: 'aligner' }
    return at === 0 ? { ...part, ...(label === undefined ? {} : { label }), ...(number === undefined ? {} : { number }) } : part
  })
}
