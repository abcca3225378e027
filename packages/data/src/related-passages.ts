import { z } from 'zod'
import {
  CORPUS_HINT,
  corpusArgumentSchema,
  createRelatedIndex,
  parseArgument,
  type Corpus,
  type Document,
  type Passage,
  type RelatedIndex,
  type RelatedOptions,
  type RelatedPassage,
} from '@duiqi/core'

/** A section id (`4.2`). */
const sectionIdSchema = z.string()
const SECTION_ID_HINT = 'Pass a section id such as "4.2".'

/** Ranks the passages of some documents against a section of a corpus. */
export type RelatedToSection = (sectionId: string, options?: RelatedOptions) => RelatedPassage[]

/**
 * "See also" for a corpus: the paragraphs of `documents` most similar to a section's English (its
 * heading and sentences, with those of its subsections: `4` covers 4.1 to 4.7), by BM25, each with
 * the shared terms as its reason. The index is built on the first call.
 *
 * @throws {NotFoundError} For a section id the corpus does not have (the message lists those it has).
 */
export function createRelatedToSection(corpus: Corpus, documents: readonly Document[]): RelatedToSection {
  let index: RelatedIndex | undefined
  return (sectionId, options) => {
    corpus.section(parseArgument(sectionIdSchema, sectionId, 'sectionId', SECTION_ID_HINT))
    index ??= createRelatedIndex(documents.flatMap(documentPassages))
    return index.related(sectionText(corpus, sectionId), options)
  }
}

/** The English of a section and its subsections, sentence by sentence. */
export function sectionText(corpus: Corpus, sectionId: string): string {
  parseArgument(corpusArgumentSchema, corpus, 'corpus', CORPUS_HINT)
  parseArgument(sectionIdSchema, sectionId, 'sectionId', SECTION_ID_HINT)
  return corpus.sections
    .filter((section) => section.id === sectionId || section.id.startsWith(`${sectionId}.`))
    .flatMap((section) => section.beads.flatMap((bead) => bead.en))
    .join(' ')
}

/** Each paragraph of a document as a passage: its sentences' text. */
function documentPassages(document: Document): Passage[] {
  return document.children.flatMap((section) =>
    section.children.flatMap((part) =>
      part.children.map((paragraph) => ({
        document: document.id,
        paragraph: paragraph.id,
        text: paragraph.children.map((sentence) => sentence.text).join(' '),
      })),
    ),
  )
}
