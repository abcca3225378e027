export {
  alignedCorpusSchema,
  alignedPartSchema,
  alignedSectionSchema,
  beadSchema,
  corpusBeadSchema,
  documentSchema,
  languageSchema,
  lineJoinKindSchema,
  lineJoinSchema,
  noteSchema,
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
  LineJoin,
  LineJoinKind,
  Note,
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
  InternalError,
  InvalidInputError,
  LanguageMismatchError,
  LimitExceededError,
  NotFoundError,
  SchemaMismatchError,
  WriteFailedError,
} from './errors.js'
export type { DuiqiErrorCode } from './errors.js'
export { checkBeads } from './corpus/check-beads.js'
export { parseArgument } from './parse-argument.js'
export { CORPUS_HINT, corpusArgumentSchema, functionSchema, documentShapeSchema, sectionShapeSchema, sentenceShapeSchema } from './model/argument-schemas.js'
export { collectSentences, createCorpus } from './corpus/corpus.js'
export type { BeadPlace, BeadView, Corpus, SectionView } from './corpus/corpus.js'
export { parseCorpus, safeParseCorpus } from './corpus/parse-corpus.js'
export type { SafeParseCorpusResult } from './corpus/parse-corpus.js'
export { detectLanguage, isPlausibleLanguage, languageName } from './language/detect-language.js'
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
export { readDeclaration } from './declarations/read-declaration.js'
export { passageTerms } from './related/passage-terms.js'
export type { PassageTerm } from './related/passage-terms.js'
export { createRelatedIndex, passageSchema, relatedOptionsSchema, relatedPassageSchema } from './related/related-index.js'
export type { Passage, RelatedIndex, RelatedOptions, RelatedPassage } from './related/related-index.js'
export { outlineOptionsSchema, plainTextOptionsSchema } from './text/read-options.js'
export type { OutlineOptions, PlainTextOptions } from './text/read-options.js'
export { readJsonl } from './formats/jsonl.js'
export { readTsv } from './formats/tsv.js'
export { translationUnits, translationUnitSchema } from './formats/translation-unit.js'
export type { TranslationUnit } from './formats/translation-unit.js'
export { formatTmx, readTmx, tmxOptionsSchema } from './formats/tmx.js'
export type { TmxOptions } from './formats/tmx.js'
export { formatTbx, looksLikeAcronym, readTbx, tbxOptionsSchema } from './formats/tbx.js'
export type { TbxOptions } from './formats/tbx.js'
export { formatHuggingFaceJsonl, readHuggingFaceJsonl } from './formats/hugging-face-jsonl.js'
export { formatMoses, readMoses } from './formats/moses.js'
export type { MosesTexts } from './formats/moses.js'
export { corpusFromRecords, corpusFromRecordsOptionsSchema, readJsonlCorpus } from './formats/corpus-from-records.js'
export type { CorpusFromRecordsOptions } from './formats/corpus-from-records.js'
export { beadText } from './search/bead-text.js'
export { detectQueryLanguage } from './search/query-language.js'
export { englishWordForm, englishWords, searchStopWords } from './search/english-words.js'
export type { EnglishWord } from './search/english-words.js'
export type { ChineseSegmentation } from './search/chinese-search-terms.js'
export { findTermOccurrences } from './search/find-term.js'
export type { TermOccurrence } from './search/find-term.js'
export { textMatchSchema } from './search/find-matches.js'
export type { TextMatch } from './search/find-matches.js'
export {
  findGlossaryEntries,
  glossaryEntrySchema,
  termEntrySchema,
  termForms,
  termKindSchema,
} from './search/glossary-entry.js'
export type { GlossaryEntry, TermEntry, TermKind } from './search/glossary-entry.js'
export { AUTO_WORDS_LIMIT, createSearchIndex, searchIndexOptionsSchema, searchOptionsSchema } from './search/search-index.js'
export type { SearchHit, SearchIndex, SearchIndexOptions, SearchOptions } from './search/search-index.js'
export { concordance, concordanceLineSchema, concordanceOptionsSchema } from './search/concordance.js'
export type { ConcordanceLine, ConcordanceOptions } from './search/concordance.js'
export { fuzzyMatchScore, fuzzyMatchTokens } from './search/fuzzy-match.js'
export {
  createTranslationMemory,
  translationMemoryMatchSchema,
  translationMemoryOptionsSchema,
} from './search/translation-memory.js'
export type { TranslationMemory, TranslationMemoryMatch, TranslationMemoryOptions } from './search/translation-memory.js'
