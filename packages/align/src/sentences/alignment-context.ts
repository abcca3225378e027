import { createCedict, loadCedict } from '../lexicon/cedict.js'
import { loadEcdict } from '../lexicon/ecdict.js'
import type { ExtraScorer } from '../score/bead-model.js'
import { extractPairFeatures, type PairFeatures } from '../score/sentence-features.js'
import type { ResolvedAlignSentencesOptions } from './align-options.js'

/**
 * What every pass of the search shares, in the search's one frame: Chinese sentences are the rows,
 * English sentences the columns, whichever side the caller gave as the source.
 */
export interface AlignmentContext {
  readonly features: PairFeatures
  readonly zhCount: number
  readonly enCount: number
  readonly options: ResolvedAlignSentencesOptions
  /** The caller's scorers, asked with Chinese and English sentence indices. */
  readonly extraScorers: readonly ExtraScorer[]
  /** Per sentence, 1 where it ends a paragraph of running text; absent for sentences given as a list. */
  readonly paragraphEnds: ZhEn<Uint8Array> | undefined
}

/** A value for each language side. */
export interface ZhEn<T> {
  readonly zh: T
  readonly en: T
}

/** Reads the sentences once: dictionary lookups, anchors, lengths. */
export function createAlignmentContext(
  zh: readonly string[],
  en: readonly string[],
  options: ResolvedAlignSentencesOptions,
  extraScorers: readonly ExtraScorer[],
  paragraphEnds?: ZhEn<Uint8Array>,
): AlignmentContext {
  const cedict = options.lexicon ? loadCedict() : createCedict([])
  const ecdict = options.lexicon && options.ecdict ? loadEcdict() : undefined
  return { features: extractPairFeatures(zh, en, cedict, ecdict), zhCount: zh.length, enCount: en.length, options, extraScorers, paragraphEnds }
}
