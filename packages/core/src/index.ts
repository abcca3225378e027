export {
  alignedCorpusSchema,
  alignedPartSchema,
  alignedSectionSchema,
  beadSchema,
  corpusBeadSchema,
  documentSchema,
  languageSchema,
  paragraphSchema,
  partKindSchema,
  partSchema,
  sectionKindSchema,
  sectionSchema,
  sentenceKindSchema,
  sentenceSchema,
  skippedSpanSchema,
} from './model/schemas.js'
export type {
  AlignedCorpus,
  AlignedPart,
  AlignedSection,
  Bead,
  CorpusBead,
  Document,
  Language,
  Paragraph,
  Part,
  PartKind,
  Section,
  SectionKind,
  Sentence,
  SentenceKind,
  SkippedSpan,
} from './model/schemas.js'
export {
  DuiqiError,
  EmptyInputError,
  InvalidInputError,
  LanguageMismatchError,
  LimitExceededError,
  NotFoundError,
  SchemaMismatchError,
} from './errors.js'
export type { DuiqiErrorCode } from './errors.js'
export { collectSentences, createCorpus } from './corpus/corpus.js'
export type { BeadPlace, BeadView, Corpus, SectionView } from './corpus/corpus.js'
export { parseCorpus, safeParseCorpus } from './corpus/parse-corpus.js'
export type { SafeParseCorpusResult } from './corpus/parse-corpus.js'
export { detectLanguage, languageName } from './language/detect-language.js'
export type { LanguageGuess } from './language/detect-language.js'
export { corpusRecords, pairRecordSchema } from './formats/pair-record.js'
export type { PairRecord } from './formats/pair-record.js'
export { formatJsonl } from './formats/jsonl.js'
export { escapeTsvField, formatTsv, TSV_COLUMNS } from './formats/tsv.js'
export { chineseDomainTerms, segmentChineseWords } from './segment/chinese-words.js'
export { splitSentences } from './segment/split-sentences.js'
export { spanSchema } from './segment/span.js'
export type { Span } from './segment/span.js'
export { sentenceText } from './text/normalize.js'
export { readEnglishOutline } from './text/read-english-outline.js'
export { readChineseOutline } from './text/read-chinese-outline.js'
export { readPlainText } from './text/read-plain-text.js'
export { readPresplit } from './text/read-presplit.js'
export { outlineOptionsSchema, plainTextOptionsSchema } from './text/read-options.js'
export type { OutlineOptions, PlainTextOptions } from './text/read-options.js'
