import type { Language } from '@duiqi/core'
import { createCedict, loadCedict } from '../lexicon/cedict.js'
import { loadEcdict } from '../lexicon/ecdict.js'
import type { ExtraScorer } from '../score/bead-model.js'
import { extractPairFeatures, type PairFeatures } from '../score/sentence-features.js'
import type { ResolvedAlignSentencesOptions } from './align-options.js'
import { detectSourceLanguage } from './detect-chinese-side.js'

/** What every pass of the search shares: the features by language and which side is Chinese. */
export interface AlignmentContext {
  readonly features: PairFeatures
  readonly zhIsSource: boolean
  readonly sourceCount: number
  readonly targetCount: number
  /** Sentence lengths in search order (source, target). */
  readonly sourceLengths: Float64Array
  readonly targetLengths: Float64Array
  readonly options: ResolvedAlignSentencesOptions
  readonly extraScorers: readonly ExtraScorer[]
}

/** Reads the sentences once: language sides, dictionary lookups, anchors, lengths. */
export function createAlignmentContext(
  source: readonly string[],
  target: readonly string[],
  options: ResolvedAlignSentencesOptions,
): AlignmentContext {
  const sourceLanguage: Language = options.sourceLanguage ?? detectSourceLanguage(source, target)
  const zhIsSource = sourceLanguage === 'zh'
  const cedict = options.lexicon ? loadCedict() : createCedict([])
  const ecdict = options.lexicon && options.ecdict ? loadEcdict() : undefined
  const features = zhIsSource ? extractPairFeatures(source, target, cedict, ecdict) : extractPairFeatures(target, source, cedict, ecdict)
  return {
    features,
    zhIsSource,
    sourceCount: source.length,
    targetCount: target.length,
    sourceLengths: zhIsSource ? features.zhLengths : features.enLengths,
    targetLengths: zhIsSource ? features.enLengths : features.zhLengths,
    options,
    extraScorers: options.scorers,
  }
}
