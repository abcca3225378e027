import { NotFoundError } from '../errors.js'
import { alignedCorpusSchema, languageSchema } from '../model/schemas.js'
import type {
  AlignedCorpus,
  AlignedSection,
  CorpusBead,
  Document,
  Language,
  PartKind,
  Section,
  Sentence,
} from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { documentShapeSchema, textArgumentSchema } from '../model/argument-schemas.js'

/** Where a bead sits: a section heading, or one of the section's parts. */
export type BeadPlace = PartKind | 'heading'

/** A bead with everything a reader needs: its section, part, and the sentences of both sides. */
export interface BeadView {
  readonly id: string
  /** Canonical section id (`4.2`). */
  readonly section: string
  readonly part: BeadPlace
  readonly score: number
  readonly components: Readonly<Record<string, number>> | undefined
  readonly bead: CorpusBead
  readonly source: readonly Sentence[]
  readonly target: readonly Sentence[]
  /** The Chinese sentences' texts, whichever side is Chinese. */
  readonly zh: readonly string[]
  /** The English sentences' texts, whichever side is English. */
  readonly en: readonly string[]
}

/** An aligned section with its sections in both documents resolved. */
export interface SectionView {
  readonly id: string
  readonly aligned: AlignedSection
  readonly source: Section | undefined
  readonly target: Section | undefined
  readonly beads: readonly BeadView[]
}

/** An aligned corpus with lookups; `data` is the plain, schema-valid value. */
export interface Corpus {
  readonly data: AlignedCorpus
  readonly id: string
  readonly title: string
  readonly source: Document
  readonly target: Document
  readonly sections: readonly SectionView[]
  /** The section with this canonical id; throws NotFoundError naming the ids that exist. */
  section(id: string): SectionView
  /** Every bead in document order, headings first within their section. */
  beads(): IterableIterator<BeadView>
  /** The bead with this id (`b12`); throws NotFoundError. */
  bead(id: string): BeadView
  /** All sentences of the document in that language, in document order. */
  sentences(language: Language): readonly Sentence[]
}

/** Wraps a schema-valid aligned corpus with lookups (section by id, beads with their sentences). */
export function createCorpus(data: AlignedCorpus): Corpus {
  parseArgument(alignedCorpusSchema, data, 'data', 'Pass an aligned corpus: what `align()` returns, or `parseCorpus(json)`.')
  const sourceSentences = collectSentencesUnchecked(data.source)
  const targetSentences = collectSentencesUnchecked(data.target)
  const sections = data.sections.map((aligned) =>
    viewSection(aligned, data, sourceSentences, targetSentences),
  )
  const byId = new Map(sections.map((section) => [section.id, section]))
  const allBeads = sections.flatMap((section) => section.beads)
  const beadsById = new Map(allBeads.map((bead) => [bead.id, bead]))
  return {
    data,
    id: data.id,
    title: data.title,
    source: data.source,
    target: data.target,
    sections,
    section(id) {
      const found = byId.get(parseArgument(textArgumentSchema, id, 'id'))
      if (found === undefined) {
        throw new NotFoundError(id, `No section "${id}" in ${data.id}; the sections are ${[...byId.keys()].join(', ')}.`)
      }
      return found
    },
    beads: () => allBeads[Symbol.iterator](),
    bead(id) {
      const found = beadsById.get(parseArgument(textArgumentSchema, id, 'id'))
      if (found === undefined) throw new NotFoundError(id, `No bead "${id}" in ${data.id}; ids run from b0 to b${allBeads.length - 1}.`)
      return found
    },
    sentences: (language) => (data.source.language === parseArgument(languageSchema, language, 'language') ? sourceSentences : targetSentences),
  }
}

/** Every sentence of a document in document order (headings and labels included), indexed by `index`. */
export function collectSentences(document: Document): Sentence[] {
  parseArgument(documentShapeSchema, document, 'document', 'Pass a document made by a reader (`readPlainText`, `readEnglishOutline`, …).')
  return collectSentencesUnchecked(document)
}

/** {@link collectSentences} without the argument check, for loops inside core. */
export function collectSentencesUnchecked(document: Document): Sentence[] {
  const sentences: Sentence[] = []
  for (const section of document.children) {
    if (section.heading !== undefined) sentences.push(section.heading)
    for (const part of section.children) {
      for (const paragraph of part.children) for (const sentence of paragraph.children) sentences.push(sentence)
    }
  }
  return sentences.sort((a, b) => a.index - b.index)
}

function viewSection(
  aligned: AlignedSection,
  data: AlignedCorpus,
  sourceSentences: readonly Sentence[],
  targetSentences: readonly Sentence[],
): SectionView {
  const view = (bead: CorpusBead, part: BeadPlace): BeadView => {
    const source = bead.source.map((index) => sentenceAt(sourceSentences, index, data.source.id))
    const target = bead.target.map((index) => sentenceAt(targetSentences, index, data.target.id))
    const zhSide = data.source.language === 'zh' ? source : target
    const enSide = data.source.language === 'zh' ? target : source
    return {
      id: bead.id,
      section: aligned.id,
      part,
      score: bead.score,
      components: bead.components,
      bead,
      source,
      target,
      zh: zhSide.map((sentence) => sentence.text),
      en: enSide.map((sentence) => sentence.text),
    }
  }
  const beads: BeadView[] = []
  if (aligned.heading !== undefined) beads.push(view(aligned.heading, 'heading'))
  for (const part of aligned.parts) for (const bead of part.beads) beads.push(view(bead, part.kind))
  return {
    id: aligned.id,
    aligned,
    source: data.source.children.find((section) => section.id === aligned.source),
    target: data.target.children.find((section) => section.id === aligned.target),
    beads,
  }
}

function sentenceAt(sentences: readonly Sentence[], index: number, documentId: string): Sentence {
  const sentence = sentences[index]
  if (sentence === undefined) throw new NotFoundError(String(index), `Bead points at sentence ${index}, but ${documentId} has ${sentences.length}.`)
  return sentence
}
