import { z } from 'zod'

/** The two languages duiqi aligns. */
export const languageSchema = z.enum(['zh', 'en'])
export type Language = z.infer<typeof languageSchema>

/** UTF-16 offsets into a document's source text; `end` is exclusive. */
const offsets = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}

/**
 * What a sentence is in its document: running text, a section heading, or a part label that stands
 * alone on its line ("Objective:").
 */
export const sentenceKindSchema = z.enum(['text', 'heading', 'label'])
export type SentenceKind = z.infer<typeof sentenceKindSchema>

/**
 * A sentence: an exact span of its source document. `text` is `source.slice(start, end)` with markup
 * (`#`, `**`) removed and each run of white space folded to one space, so a sentence that a PDF line
 * break had split reads "enabled; infrastructure". In a document with `notes`, the text also leaves
 * out what the span holds that is not running text (footnote markers, notes and page furniture a page
 * break put inside it) and joins a word hyphenated at a line end (see `joins`).
 */
export const sentenceSchema = z.object({
  type: z.literal('sentence'),
  /** Stable id, `${documentId}:s${index}`. */
  id: z.string(),
  /** Position in the document's sentence order, from 0. */
  index: z.number().int().nonnegative(),
  kind: sentenceKindSchema,
  text: z.string().min(1),
  ...offsets,
  /** A part label the sentence opens with, as written ("Background:", "目标："). */
  label: z.string().optional(),
  /** A list number the sentence opens with, as written ("1．", "2."). */
  number: z.string().optional(),
  /**
   * `aligner` for a part of what the splitter read as one sentence, cut by the sentence aligner at a
   * clause mark (`；`, `：`, a dash; in English a full stop before a lowercase word, a colon before a
   * capital) because the translation fits the parts better. Absent for the splitter's own sentences.
   */
  split: z.enum(['aligner']).optional(),
})
export type Sentence = z.infer<typeof sentenceSchema>

/** A paragraph: consecutive sentences; a paragraph broken by a PDF page break is one paragraph. */
export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  id: z.string(),
  ...offsets,
  /** The paragraph's own number as written ("12a.", "2.1", "b)"), when the source numbers it. */
  number: z.string().optional(),
  children: z.array(sentenceSchema).min(1),
})
export type Paragraph = z.infer<typeof paragraphSchema>

/** The parts of an action-plan section, or `body` for a section without labels. */
export const partKindSchema = z.enum(['background', 'objective', 'actions', 'body'])
export type PartKind = z.infer<typeof partKindSchema>

/** A part of a section: the paragraphs under one label ("Background:", "目标：") or all of them. */
export const partSchema = z.object({
  type: z.literal('part'),
  id: z.string(),
  kind: partKindSchema,
  /** The label as written, when the part has one ("Actions:", "行动："). */
  label: z.string().optional(),
  ...offsets,
  children: z.array(paragraphSchema),
})
export type Part = z.infer<typeof partSchema>

/**
 * `title` is the document's own title; `section` a numbered chapter; `subsection` one below it;
 * `body` the single untitled section of a text read without structure.
 */
export const sectionKindSchema = z.enum(['title', 'section', 'subsection', 'body'])
export type SectionKind = z.infer<typeof sectionKindSchema>

/**
 * A section. Sections are kept flat, in document order; `parent` names the enclosing section.
 * `id` is the canonical number shared by both languages (`title`, `1`, `4.2`), whatever the
 * numbering as written (`4.2`, `（二）`, or none where the source omits it).
 */
export const sectionSchema = z.object({
  type: z.literal('section'),
  id: z.string(),
  kind: sectionKindSchema,
  /** The number as written ("4.2", "一、", "（二）"); absent where the source gives none. */
  number: z.string().optional(),
  /** Heading text without its number ("Role of small and medium sized enterprises (SMEs)"). */
  title: z.string(),
  parent: z.string().optional(),
  /** The heading line, kept as a sentence so it is aligned and exported like any other; absent for `body`. */
  heading: sentenceSchema.optional(),
  children: z.array(partSchema),
})
export type Section = z.infer<typeof sectionSchema>

/** A span of the source that holds no sentence on purpose, with the reason (a URL line, say). */
export const skippedSpanSchema = z.object({
  /**
   * `provenance`: a source line; `header`, `footer`, `page-number`: page furniture of a PDF;
   * `navigation`: a web page's menus, banners and side bars (`nav`, `header`, `footer`, `aside`, or all
   * outside `main`); `metadata`: a file's own title or description, kept out of the running text;
   * `comment`: a reviewer's comment in a Word file.
   */
  reason: z.enum(['provenance', 'header', 'footer', 'page-number', 'navigation', 'metadata', 'comment']),
  text: z.string(),
  ...offsets,
})
export type SkippedSpan = z.infer<typeof skippedSpanSchema>

/** A span of the source: UTF-16 offsets, `end` exclusive. */
const spanOfSource = z.object(offsets)

/**
 * A footnote, pulled out of the running text. `start`/`end` span its text; `label` is where its
 * number is written (on the same line or, in PDF extractions, on a line of its own), `marker` the
 * reference in the running text ("job creation8"). Every note belongs to a paragraph: the one that
 * holds its marker, else the first paragraph after a heading that holds it, else the paragraph the
 * note interrupts.
 */
export const noteSchema = z.object({
  type: z.literal('note'),
  /** Stable id, `${documentId}:n${number}`. */
  id: z.string(),
  /** The note's number as written ("8"). */
  number: z.string(),
  /** The note's text, line breaks folded to spaces. */
  text: z.string().min(1),
  ...offsets,
  label: spanOfSource.optional(),
  marker: spanOfSource.optional(),
  /** Id of the paragraph the note belongs to. */
  paragraph: z.string(),
})
export type Note = z.infer<typeof noteSchema>

/**
 * How a word broken at a line end was read: `hyphen` — a line ending in a hyphen was joined to the
 * next, hyphen kept ("human-" + "centred" reads "human-centred"); `glued` — the source has two words
 * run together where a PDF line join dropped a hyphen ("NPREnabling"), reported and kept as written;
 * `long-line` — a line as long as two holds the word that a PDF join glued ("farreaching"), kept as written.
 */
export const lineJoinKindSchema = z.enum(['hyphen', 'glued', 'long-line'])
export type LineJoinKind = z.infer<typeof lineJoinKindSchema>

/** A word at a mended or suspected line join, with its span in the source. */
export const lineJoinSchema = z.object({
  kind: lineJoinKindSchema,
  /** The word as it reads in the sentence text. */
  text: z.string().min(1),
  ...offsets,
})
export type LineJoin = z.infer<typeof lineJoinSchema>

/** The file formats duiqi reads. */
export const inputFormatSchema = z.enum(['text', 'markdown', 'html', 'docx', 'epub', 'pdf'])
export type InputFormat = z.infer<typeof inputFormatSchema>

/**
 * A stretch of a document's text and where the reader found it in the original file. When the two
 * lengths are equal the stretch is a verbatim copy, character for character; otherwise (a character
 * reference such as `&amp;`) the whole stretch stands for the whole source range.
 */
export const originPieceSchema = z.object({
  ...offsets,
  /** The member of a container file the text is in (`word/document.xml`); absent for a plain file. */
  part: z.string().optional(),
  /** The paragraph of `part` the text is in, counted from 0 in document order (Word files). */
  block: z.number().int().nonnegative().optional(),
  /** Where the text is in the original: UTF-16 offsets into the decoded file (HTML), or into the paragraph's text (Word). */
  sourceStart: z.number().int().nonnegative(),
  sourceEnd: z.number().int().nonnegative(),
})
export type OriginPiece = z.infer<typeof originPieceSchema>

/**
 * How a document's text was read out of a file that is not plain text: the format, the encoding the
 * bytes were decoded in, and the pieces of the text that come from the file, in document order (the
 * blank lines the reader put between blocks come from no piece).
 */
export const originSchema = z.object({
  format: inputFormatSchema,
  encoding: z.string().optional(),
  pieces: z.array(originPieceSchema),
})
export type Origin = z.infer<typeof originSchema>

/** A document read from a source file: the source text itself and its structure, with positions. */
export const documentSchema = z.object({
  type: z.literal('document'),
  id: z.string(),
  language: languageSchema,
  title: z.string(),
  /** File name of the source, relative to the project's `seeds/` for built-in documents. */
  sourceFile: z.string(),
  /** Where the text was published, when the file says. */
  url: z.string().optional(),
  /** The whole source text, exactly as read; all offsets point into it. */
  text: z.string(),
  skipped: z.array(skippedSpanSchema),
  children: z.array(sectionSchema),
  /** Footnotes, in document order; absent for sources read without them. */
  notes: z.array(noteSchema).optional(),
  /** Words mended or suspected at PDF line joins, in document order; absent when none were looked for. */
  joins: z.array(lineJoinSchema).optional(),
  /**
   * For a document read from HTML, Word and the other structured formats: where each stretch of `text`
   * is in the original file (`text` is then the reader's text, blocks parted by blank lines). Absent for
   * plain text and markdown, whose `text` is the file itself.
   */
  origin: originSchema.optional(),
})
export type Document = z.infer<typeof documentSchema>

/**
 * A bead: source sentences aligned with target sentences (indices in document sentence order).
 * An empty side means no counterpart. `score` is the sentence aligner's probability in [0, 1] that
 * the bead is right; a section's heading bead gets the same kind of probability, from aligning the
 * two documents' headings as two sequences (0 where that alignment pairs them otherwise).
 */
export const beadSchema = z.object({
  source: z.array(z.number().int().nonnegative()),
  target: z.array(z.number().int().nonnegative()),
  score: z.number().min(0).max(1),
  /** Named parts of the score, each in [0, 1], so a reviewer can see why a bead is weak. */
  components: z.record(z.string(), z.number()).optional(),
})
export type Bead = z.infer<typeof beadSchema>

/** A bead inside an aligned corpus, with a stable id (`b0`, `b1`, … in document order). */
export const corpusBeadSchema = beadSchema.extend({ id: z.string() })
export type CorpusBead = z.infer<typeof corpusBeadSchema>

/** The beads of one part kind of an aligned section. */
export const alignedPartSchema = z.object({
  kind: partKindSchema,
  beads: z.array(corpusBeadSchema),
})
export type AlignedPart = z.infer<typeof alignedPartSchema>

/** A section of the source matched with its counterpart in the target. */
export const alignedSectionSchema = z.object({
  /** Canonical section id shared by both documents (`1`, `4.2`). */
  id: z.string(),
  /** Section id in the source document; absent when the target section has no counterpart. */
  source: z.string().optional(),
  /** Section id in the target document; absent when the source section has no counterpart. */
  target: z.string().optional(),
  /** How sure the section match is, in [0, 1]. */
  score: z.number().min(0).max(1),
  /** The bead of the two headings; absent for sections without headings. */
  heading: corpusBeadSchema.optional(),
  parts: z.array(alignedPartSchema),
})
export type AlignedSection = z.infer<typeof alignedSectionSchema>

/** Two documents aligned section by section, part by part and sentence by sentence. */
export const alignedCorpusSchema = z.object({
  type: z.literal('aligned-corpus'),
  id: z.string(),
  title: z.string(),
  source: documentSchema,
  target: documentSchema,
  sections: z.array(alignedSectionSchema),
})
export type AlignedCorpus = z.infer<typeof alignedCorpusSchema>
