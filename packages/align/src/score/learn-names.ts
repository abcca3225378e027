import { assembleChineseFeatures, assembleEnglishFeatures, assemblePairFeatures, internId, nameKey, type PairFeatures } from './sentence-features.js'
import { dice } from '../lexicon/association.js'
import type { LexiconBead } from './learn-lexicon.js'

/** Character runs tried as a name: two to four characters (该南, 亚比米勒). */
const MIN_NAME_CHARACTERS = 2
const MAX_NAME_CHARACTERS = 4

const HAN_RUN = /\p{Script=Han}+/gu

/** A name pair must occur together in at least this many beads. */
const MIN_COOCCURRENCE = 2

/** Least Dice coefficient of a learnt name pair: the word and the characters mostly occur together. */
const MIN_DICE = 0.6

/**
 * Transliterated names learnt from the beads of a first search: an English name word (capitalised,
 * not in the dictionary) and a run of Chinese characters that occur in the same beads far more
 * than apart (Kenan ↔ 该南). Returns features whose name anchors include them, so every sentence
 * holding the characters and every sentence holding the word share an anchor.
 */
export function learnNames(features: PairFeatures, beads: readonly LexiconBead[]): PairFeatures {
  const beadNames = beads.map((bead) => namesOf(features, bead))
  const pairCounts = countPairs(features, beads, beadNames)
  if (pairCounts.size === 0) return features
  const grams = new Set([...pairCounts.values()].flatMap((counts) => [...counts.keys()]))
  // Per Chinese sentence, the grams of some pair: read once, for the bead counts and the new anchors alike.
  const sentenceGrams = features.zh.texts.map((text) => [...gramsOfText(text)].filter((gram) => grams.has(gram)))
  const gramCounts = countGrams(beads, sentenceGrams)
  const nameCounts = countNames(beadNames)
  const best = new Map<string, { gram: string; dice: number }>()
  for (const [name, counts] of pairCounts) {
    for (const [gram, together] of counts) {
      const coefficient = dice(together, gramCounts.get(gram) ?? 0, nameCounts.get(name) ?? 0)
      const previous = best.get(name)
      const better = previous === undefined || coefficient > previous.dice || (coefficient === previous.dice && gram.length > previous.gram.length)
      if (coefficient >= MIN_DICE && better) best.set(name, { gram, dice: coefficient })
    }
  }
  return best.size === 0 ? features : withNames(features, best, sentenceGrams)
}

/** The distinct name words of a bead's English sentences. */
function namesOf(features: PairFeatures, bead: LexiconBead): Set<string> {
  const names = new Set<string>()
  for (let j = bead.enStart; j < bead.enStart + bead.enCount; j++) for (const name of features.en.nameWords[j] ?? []) names.add(name)
  return names
}

/** Name word → characters → beads holding both, for the pairs seen together in {@link MIN_COOCCURRENCE} beads or more. */
function countPairs(features: PairFeatures, beads: readonly LexiconBead[], beadNames: readonly Set<string>[]): Map<string, Map<string, number>> {
  const byName = new Map<string, Map<string, number>>()
  beads.forEach((bead, b) => {
    const names = beadNames[b] ?? new Set<string>()
    if (names.size === 0) return
    const grams = gramsOf(features, bead)
    for (const name of names) {
      let counts = byName.get(name)
      if (counts === undefined) byName.set(name, (counts = new Map()))
      for (const gram of grams) increment(counts, gram)
    }
  })
  for (const [name, counts] of byName) {
    for (const [gram, count] of counts) if (count < MIN_COOCCURRENCE) counts.delete(gram)
    if (counts.size === 0) byName.delete(name)
  }
  return byName
}

function countGrams(beads: readonly LexiconBead[], sentenceGrams: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const bead of beads) {
    const grams = new Set<string>()
    for (let i = bead.zhStart; i < bead.zhStart + bead.zhCount; i++) for (const gram of sentenceGrams[i] ?? []) grams.add(gram)
    for (const gram of grams) increment(counts, gram)
  }
  return counts
}

function countNames(beadNames: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const names of beadNames) for (const name of names) increment(counts, name)
  return counts
}

/** The distinct Han character runs of two to four characters in a bead's Chinese sentences. */
function gramsOf(features: PairFeatures, bead: LexiconBead): Set<string> {
  const grams = new Set<string>()
  for (let i = bead.zhStart; i < bead.zhStart + bead.zhCount; i++) gramsOfText(features.zh.texts[i] ?? '', grams)
  return grams
}

function gramsOfText(text: string, grams = new Set<string>()): Set<string> {
  for (const [run] of text.matchAll(HAN_RUN)) {
    for (let start = 0; start < run.length; start++) {
      for (let length = MIN_NAME_CHARACTERS; length <= MAX_NAME_CHARACTERS && start + length <= run.length; length++) {
        grams.add(run.slice(start, start + length))
      }
    }
  }
  return grams
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/**
 * Features with learnt names added to the name anchors of every sentence that holds them: new name
 * ids and sides, assembled as `extractPairFeatures` assembles them, so their flags and counts follow.
 */
function withNames(features: PairFeatures, learnt: ReadonlyMap<string, { gram: string }>, sentenceGrams: readonly (readonly string[])[]): PairFeatures {
  const anchorIds = new Map(features.anchorIds)
  const idOf = (name: string): number => internId(anchorIds, nameKey(name))
  const entries = [...learnt].map(([name, { gram }]) => ({ id: idOf(name), name, gram }))
  const idsOfGram = new Map<string, number[]>()
  for (const { gram, id } of entries) idsOfGram.set(gram, [...(idsOfGram.get(gram) ?? []), id])
  const zhNames = features.zh.names.map((names, i) => {
    const ids = new Set(names)
    for (const gram of sentenceGrams[i] ?? []) for (const id of idsOfGram.get(gram) ?? []) ids.add(id)
    return Int32Array.from(ids).sort()
  })
  const enNames = features.en.nameWords.map((words, j) => {
    const ids = new Set(features.en.names[j] ?? [])
    for (const word of words) if (learnt.has(word)) ids.add(idOf(word))
    return Int32Array.from(ids).sort()
  })
  return assemblePairFeatures({
    zh: assembleChineseFeatures({ ...features.zh, names: zhNames }),
    en: assembleEnglishFeatures({ ...features.en, names: enNames }),
    stemCount: features.stemCount,
    anchorIds,
  })
}
