import { z } from 'zod'
import { parseCorpus } from '../corpus/parse-corpus.js'
import {
  languageSchema,
  partKindSchema,
  type AlignedCorpus,
  type AlignedPart,
  type AlignedSection,
  type CorpusBead,
  type Document,
  type Language,
  type Part,
  type PartKind,
  type Section,
  type Sentence,
} from '../model/schemas.js'
import { parseOptions } from '../search/parse-options.js'
import { readJsonl } from './jsonl.js'
import { RECORDS_HINT, recordsArgumentSchema, type PairRecord } from './pair-record.js'
import { parseArgument } from '../parse-argument.js'

/** Options of `corpusFromRecords` and `readJsonlCorpus`. */
export const corpusFromRecordsOptionsSchema = z.object({
  /** Corpus id; the documents are `${id}-zh` and `${id}-en`. Default `corpus`. */
  id: z.string().min(1).default('corpus'),
  /** Corpus title. Default: the id. */
  title: z.string().optional(),
  /** File the records came from, kept as both documents' `sourceFile`. Default `records.jsonl`. */
  sourceFile: z.string().default('records.jsonl'),
  /**
   * Language of the source side, which `source`/`target` indices refer to. Default: read from the
   * records where a bead's sides have different sentence counts, else `zh`.
   */
  sourceLanguage: languageSchema.optional(),
})
export type CorpusFromRecordsOptions = z.input<typeof corpusFromRecordsOptionsSchema>

/** The documents and aligned sections being rebuilt, record by record. */
interface Rebuild {
  readonly zh: DocumentBuild
  readonly en: DocumentBuild
  readonly sections: AlignedSection[]
  /** Ids of `sections`, kept as they are pushed. */
  readonly sectionIds: Set<string>
  readonly usedBeadIds: Set<string>
}

interface DocumentBuild {
  readonly id: string
  readonly sections: Section[]
  text: string
  sentences: number
  paragraphs: number
}

/**
 * Rebuilds an aligned corpus from bead records (what `duiqi align --format jsonl` writes), so search,
 * concordance, translation memory and terminology work on it. Each document is the records' sentences
 * one a line, in record order; consecutive records of one `section` form a section (its `heading`
 * record, one sentence a side, becomes the heading), consecutive records of one `part` a part.
 * Sentence indices are renumbered in record order. The result is checked against the schema.
 */
export function corpusFromRecords(records: readonly PairRecord[], options?: CorpusFromRecordsOptions): AlignedCorpus {
  parseArgument(recordsArgumentSchema, records, 'records', RECORDS_HINT)
  const resolved = parseOptions(corpusFromRecordsOptionsSchema, options, 'Pass `{ id, title, sourceFile, sourceLanguage }`.')
  const sourceLanguage = resolved.sourceLanguage ?? inferSourceLanguage(records)
  const build: Rebuild = {
    zh: { id: `${resolved.id}-zh`, sections: [], text: '', sentences: 0, paragraphs: 0 },
    en: { id: `${resolved.id}-en`, sections: [], text: '', sentences: 0, paragraphs: 0 },
    sections: [],
    sectionIds: new Set(),
    usedBeadIds: new Set(),
  }
  let open: { key: string; zh: Section; en: Section; aligned: AlignedSection } | undefined
  records.forEach((record, index) => {
    if (open === undefined || open.key !== record.section) open = openSection(build, record.section)
    addRecord(build, open, record, index, sourceLanguage)
  })
  const document = (language: Language): Document => ({
    type: 'document',
    id: build[language].id,
    language,
    title: resolved.title ?? resolved.id,
    sourceFile: resolved.sourceFile,
    text: build[language].text,
    skipped: [],
    children: build[language].sections,
  })
  const target: Language = sourceLanguage === 'zh' ? 'en' : 'zh'
  return parseCorpus({
    type: 'aligned-corpus',
    id: resolved.id,
    title: resolved.title ?? resolved.id,
    source: document(sourceLanguage),
    target: document(target),
    sections: build.sections,
  })
}

/**
 * Reads JSON lines of bead records (`duiqi align --format jsonl`) into an aligned corpus; see
 * {@link corpusFromRecords}. Throws InvalidInputError or SchemaMismatchError naming the line and field.
 */
export function readJsonlCorpus(text: string, options?: CorpusFromRecordsOptions): AlignedCorpus {
  return corpusFromRecords(readJsonl(text), options)
}

function inferSourceLanguage(records: readonly PairRecord[]): Language {
  for (const record of records) {
    if (record.zh.length === record.en.length) continue
    if (record.source.length === record.zh.length && record.target.length === record.en.length) return 'zh'
    if (record.source.length === record.en.length && record.target.length === record.zh.length) return 'en'
  }
  return 'zh'
}

function openSection(build: Rebuild, key: string): { key: string; zh: Section; en: Section; aligned: AlignedSection } {
  const taken = build.sectionIds
  let id = key
  for (let copy = 2; taken.has(id); copy++) id = `${key}~${copy}`
  const kind = id === 'title' ? 'title' : id === 'body' ? 'body' : id.includes('.') ? 'subsection' : 'section'
  const parentId = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : undefined
  const parent = parentId !== undefined && taken.has(parentId) ? { parent: parentId } : {}
  const section = (): Section => ({ type: 'section', id, kind, title: '', ...parent, children: [] })
  const zh = section()
  const en = section()
  build.zh.sections.push(zh)
  build.en.sections.push(en)
  const aligned: AlignedSection = { id, source: id, target: id, score: 1, parts: [] }
  build.sections.push(aligned)
  build.sectionIds.add(id)
  return { key, zh, en, aligned }
}

function addRecord(
  build: Rebuild,
  open: { zh: Section; en: Section; aligned: AlignedSection },
  record: PairRecord,
  index: number,
  sourceLanguage: Language,
): void {
  const zhTexts = cleanSentences(record.zh)
  const enTexts = cleanSentences(record.en)
  const isHeading = record.part === 'heading' && zhTexts.length <= 1 && enTexts.length <= 1 && open.aligned.parts.length === 0 && open.aligned.heading === undefined
  const kind: PartKind = partKindSchema.safeParse(record.part).success ? (record.part as PartKind) : 'body'
  const zh = addSentences(build.zh, open.zh, zhTexts, isHeading ? 'heading' : kind)
  const en = addSentences(build.en, open.en, enTexts, isHeading ? 'heading' : kind)
  const [source, target] = sourceLanguage === 'zh' ? [zh, en] : [en, zh]
  const bead: CorpusBead = { id: beadId(build, record.id, index), source, target, score: record.score }
  if (isHeading) open.aligned.heading = bead
  else alignedPart(open.aligned, kind).beads.push(bead)
}

function alignedPart(section: AlignedSection, kind: PartKind): AlignedPart {
  const last = section.parts.at(-1)
  if (last !== undefined && last.kind === kind) return last
  const part: AlignedPart = { kind, beads: [] }
  section.parts.push(part)
  return part
}

/** Adds sentences to a document section (as its heading, or a paragraph of the part) and returns their indices. */
function addSentences(document: DocumentBuild, section: Section, texts: readonly string[], place: PartKind | 'heading'): number[] {
  if (texts.length === 0) return []
  const sentences = texts.map((text) => appendSentence(document, text, place === 'heading' ? 'heading' : 'text'))
  if (place === 'heading') {
    section.heading = sentences[0]!
    section.title = sentences[0]!.text
  } else {
    const part = documentPart(document, section, place)
    const id = `${document.id}:p${document.paragraphs++}`
    part.children.push({ type: 'paragraph', id, start: sentences[0]!.start, end: sentences.at(-1)!.end, children: sentences })
    part.end = sentences.at(-1)!.end
  }
  return sentences.map((sentence) => sentence.index)
}

function documentPart(document: DocumentBuild, section: Section, kind: PartKind): Part {
  const last = section.children.at(-1)
  if (last !== undefined && last.kind === kind) return last
  const start = document.text.length
  const part: Part = { type: 'part', id: `${document.id}:${section.id}:${kind}:${section.children.length}`, kind, start, end: start, children: [] }
  section.children.push(part)
  return part
}

/** Appends a sentence on its own line to the document text; its offsets point at it exactly. */
function appendSentence(document: DocumentBuild, text: string, kind: Sentence['kind']): Sentence {
  if (document.text !== '') document.text += '\n'
  const start = document.text.length
  document.text += text
  const index = document.sentences++
  return { type: 'sentence', id: `${document.id}:s${index}`, index, kind, text, start, end: document.text.length }
}

/** White space folded to single spaces, so each sentence fits on its line; empty sentences dropped. */
function cleanSentences(texts: readonly string[]): string[] {
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '')
}

/** The record's id, unless another bead has it already (ids must be unique); then `b${index}` or a suffix. */
function beadId(build: Rebuild, id: string, index: number): string {
  let candidate = id === '' || build.usedBeadIds.has(id) ? `b${index}` : id
  for (let copy = 2; build.usedBeadIds.has(candidate); copy++) candidate = `b${index}~${copy}`
  build.usedBeadIds.add(candidate)
  return candidate
}
