export {
  alignedCorpusSchema,
  alignedPartSchema,
  alignedSectionSchema,
  beadSchema,
  corpusBeadSchema,
  documentSchema,
  inputFormatSchema,
  originPieceSchema,
  originSchema,
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
  InputFormat,
  Language,
  Origin,
  OriginPiece,
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
export { englishFunctionWords } from './language/english-function-words.js'
export { corpusRecords, pairRecordSchema } from './formats/pair-record.js'
export type { PairRecord } from './formats/pair-record.js'
export { formatJsonl } from './formats/jsonl.js'
export { formatTsv } from './formats/tsv.js'
export { segmentChineseWords } from './segment/chinese-words.js'
export { splitSentences } from './segment/split-sentences.js'
export { clausePieces } from './segment/clause-pieces.js'
export type { Span } from './segment/span.js'
export { sentenceText } from './text/normalize.js'
export { cutDocumentSentences, type CutDocument } from './text/cut-document.js'
export { readEnglishOutline } from './text/read-english-outline.js'
export { readChineseOutline } from './text/read-chinese-outline.js'
export { readPlainText } from './text/read-plain-text.js'
export { looksLikeOutline } from './text/looks-like-outline.js'
export { readPresplit } from './text/read-presplit.js'
export { readDeclaration } from './declarations/read-declaration.js'
export { createRelatedIndex, passageSchema, relatedOptionsSchema, relatedPassageSchema } from './related/related-index.js'
export type { Passage, RelatedIndex, RelatedOptions, RelatedPassage } from './related/related-index.js'
export type { OutlineOptions, PlainTextOptions } from './text/read-options.js'
export { readJsonl } from './formats/jsonl.js'
export { readTsv } from './formats/tsv.js'
export { translationUnits } from './formats/translation-unit.js'
export type { TranslationUnit } from './formats/translation-unit.js'
export { formatBilingualDocx, formatBilingualHtml } from './formats/bilingual.js'
export type { BilingualOptions } from './formats/bilingual.js'
export { formatTmx, readTmx } from './formats/tmx.js'
export { readXliff } from './formats/xliff.js'
export type { TmxOptions } from './formats/tmx.js'
export { formatTbx, looksLikeAcronym, readTbx } from './formats/tbx.js'
export type { TbxOptions } from './formats/tbx.js'
export { formatHuggingFaceJsonl, readHuggingFaceJsonl } from './formats/hugging-face-jsonl.js'
export { formatMoses, readMoses } from './formats/moses.js'
export type { MosesTexts } from './formats/moses.js'
export { corpusFromRecords, readJsonlCorpus } from './formats/corpus-from-records.js'
export type { CorpusFromRecordsOptions } from './formats/corpus-from-records.js'
export { beadText } from './search/bead-text.js'
export { englishWordForm, englishWords, searchStopWords } from './search/english-words.js'
export type { EnglishWord } from './search/english-words.js'
export type { ChineseSegmentation } from './search/chinese-search-terms.js'
export { findTermOccurrences } from './search/find-term.js'
export type { TermOccurrence } from './search/find-term.js'
export type { TextMatch } from './search/find-matches.js'
export { glossaryEntrySchema, termEntrySchema, termForms } from './search/glossary-entry.js'
export type { GlossaryEntry, TermEntry } from './search/glossary-entry.js'
export { createSearchIndex } from './search/search-index.js'
export type { SearchHit, SearchIndex, SearchIndexOptions, SearchOptions } from './search/search-index.js'
export { concordance, concordanceLineSchema } from './search/concordance.js'
export type { ConcordanceLine, ConcordanceOptions } from './search/concordance.js'
export { fuzzyMatchScore } from './search/fuzzy-match.js'
export { createTranslationMemory, translationMemoryMatchSchema } from './search/translation-memory.js'
export type { TranslationMemory, TranslationMemoryMatch, TranslationMemoryOptions } from './search/translation-memory.js'
export { chooseLanguage } from './read/choose-language.js'
export { decodeBytes } from './read/decode-bytes.js'
export type { DecodedText, DecodeOptions, DetectedEncoding } from './read/decode-bytes.js'
export { detectFormat, readFile, textFormat } from './read/read-file.js'
export type { ReadFileOptions, ReadFileResult } from './read/read-file.js'
export { readText } from './read/read-text.js'
export type { TextReadMode } from './read/read-text.js'
export { readHtml } from './read/read-html.js'
export type { HtmlOptions } from './read/read-html.js'
export { readDocx } from './read/read-docx.js'
export { readEpub } from './read/read-epub.js'
export { readPdf } from './read/read-pdf.js'
export type { PdfOptions } from './read/read-pdf.js'
export type { EpubOptions } from './read/read-epub.js'
export type { DocxOptions } from './read/read-docx.js'
export { sourcePosition } from './read/source-position.js'
export type { SourcePosition } from './read/source-position.js'
