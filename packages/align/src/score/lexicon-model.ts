import type { PairFeatures } from './sentence-features.js'

/**
 * What the aligner believes about translation between the words of this pair of texts: which
 * English stems each Chinese word translates to, how often a word's translation shows up in its
 * true counterpart (`*Recall`), and how often it shows up in a random sentence of the other
 * side (`*Chance`). Matching and missing words are then weighed as log-likelihood ratios.
 */
export interface LexiconModel {
  /** Per Chinese word id: stem ids it translates to, sorted and distinct. */
  readonly translations: readonly Int32Array[]
  /** Per Chinese word id: P(a translation is in the counterpart). */
  readonly zhRecall: Float64Array
  /** Per stem id: P(a Chinese word translating it is in the counterpart). */
  readonly enRecall: Float64Array
  /** Per Chinese word id: share of English sentences holding one of its translations. */
  readonly zhChance: Float64Array
  /** Per stem id: share of Chinese sentences holding a word that translates to it. */
  readonly enChance: Float64Array
}

/**
 * Prior share of a word's dictionary translations found in the counterpart sentence, before the
 * pair itself says more: free literary translation keeps about half of the dictionary's choices.
 */
export const PRIOR_RECALL = 0.5

/** Chance rates are smoothed by this many pseudo-sentences, so one sighting is not certainty. */
const CHANCE_SMOOTHING = 1

/** The highest chance rate kept: a word found everywhere still says a little when it is missing. */
const MAX_CHANCE = 0.9

/**
 * A model over the given translation table, with the prior recall ({@link PRIOR_RECALL} for words
 * that have a translation, 0 for the rest) and chance rates counted in the texts.
 */
export function createLexiconModel(features: PairFeatures, translations: readonly Int32Array[]): LexiconModel {
  const reachable = reachableStems(translations, features.stemCount)
  const zhRecall = Float64Array.from(translations, (ids) => (ids.length > 0 ? PRIOR_RECALL : 0))
  const enRecall = Float64Array.from(reachable, (flag) => (flag ? PRIOR_RECALL : 0))
  const { zhChance, enChance } = chanceRates(features, translations)
  return { translations, zhRecall, enRecall, zhChance, enChance }
}

/** The same model with measured recall rates in place of the prior ones. */
export function withRecall(model: LexiconModel, recall: { zh: Float64Array; en: Float64Array }): LexiconModel {
  return { ...model, zhRecall: recall.zh, enRecall: recall.en }
}

function reachableStems(translations: readonly Int32Array[], stemCount: number): Uint8Array {
  const reachable = new Uint8Array(stemCount)
  for (const ids of translations) for (const id of ids) reachable[id] = 1
  return reachable
}

/** For every Chinese word and stem, the share of the other side's sentences that could match it by chance. */
function chanceRates(
  features: PairFeatures,
  translations: readonly Int32Array[],
): { zhChance: Float64Array; enChance: Float64Array } {
  const { zh, en, stemCount } = features
  const enPostings = postings(en.stems, stemCount)
  const zhPostings = postings(zh.words, translations.length)
  const wordsOfStem = invert(translations, stemCount)
  const zhChance = new Float64Array(translations.length)
  const enChance = new Float64Array(stemCount)
  const enSeen = new Int32Array(en.stems.length).fill(-1)
  const zhSeen = new Int32Array(zh.words.length).fill(-1)
  translations.forEach((stems, word) => {
    let count = 0
    for (const stem of stems) for (const j of enPostings[stem] ?? []) if (enSeen[j] !== word) (enSeen[j] = word), count++
    zhChance[word] = rate(count, en.stems.length)
  })
  wordsOfStem.forEach((words, stem) => {
    let count = 0
    for (const word of words) for (const i of zhPostings[word] ?? []) if (zhSeen[i] !== stem) (zhSeen[i] = stem), count++
    enChance[stem] = rate(count, zh.words.length)
  })
  return { zhChance, enChance }
}

function rate(count: number, total: number): number {
  return Math.min(MAX_CHANCE, (count + CHANCE_SMOOTHING / 2) / (total + CHANCE_SMOOTHING))
}

function postings(sentences: readonly Int32Array[], size: number): number[][] {
  const lists: number[][] = Array.from({ length: size }, () => [])
  sentences.forEach((ids, sentence) => {
    for (const id of ids) lists[id]?.push(sentence)
  })
  return lists
}

function invert(translations: readonly Int32Array[], stemCount: number): number[][] {
  const lists: number[][] = Array.from({ length: stemCount }, () => [])
  translations.forEach((stems, word) => {
    for (const stem of stems) lists[stem]?.push(word)
  })
  return lists
}
