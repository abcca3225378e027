export { alignSentences } from './sentences/align-sentences.js'
export { alignSentencesOptionsSchema, extraScorerSchema } from './sentences/align-options.js'
export type { AlignSentencesOptions, ExtraScorerOptions, ProgressCallback, ScoreFunction } from './sentences/align-options.js'
export { cedictLoadMilliseconds, loadCedict } from './lexicon/cedict.js'
export type { Cedict } from './lexicon/cedict.js'
export { beadPairSchema, formatBeads, parseBeads } from './evaluate/bead-lines.js'
export type { BeadPair } from './evaluate/bead-lines.js'
export {
  alignmentScoreSchema,
  precisionRecallSchema,
  scoreAlignment,
  verseLabelsSchema,
} from './evaluate/score-alignment.js'
export type { AlignmentScore, PrecisionRecall, VerseLabels } from './evaluate/score-alignment.js'
export { align, looksLikeOutline } from './align.js'
export { alignOptionsSchema, readModeSchema } from './align-options.js'
export type { AlignOptions, ReadMode } from './align-options.js'
export { alignDocuments, alignDocumentsOptionsSchema } from './sections/align-documents.js'
export type { AlignDocumentsOptions } from './sections/align-documents.js'
export { alignSections, alignSectionsOptionsSchema, cheapHeadingSimilarity } from './sections/align-sections.js'
export type { AlignSectionsOptions, HeadingSimilarity, SectionMatch } from './sections/align-sections.js'
export { extractTerminology, extractTerminologyOptionsSchema } from './terminology/extract-terminology.js'
export type { ExtractTerminologyOptions } from './terminology/extract-terminology.js'
export { findAcronymDefinitions } from './terminology/acronym-definitions.js'
export type { AcronymDefinition } from './terminology/acronym-definitions.js'
export {
  checkTermConsistency,
  termConsistencySchema,
  termMismatchSchema,
  termRenderingsSchema,
} from './terminology/check-term-consistency.js'
export type { TermConsistency, TermMismatch, TermRenderings } from './terminology/check-term-consistency.js'
export { calibrationBinSchema, confidenceJudgementSchema, judgeConfidence, reviewShareSchema } from './evaluate/judge-confidence.js'
export type { CalibrationBin, ConfidenceJudgement, JudgedBead, ReviewShare } from './evaluate/judge-confidence.js'
export { componentSimilarity } from './score/bead-model.js'
