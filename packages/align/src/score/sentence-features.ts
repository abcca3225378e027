import type { Cedict } from '../lexicon/cedict.js'
import { chineseLookupWords } from '../lexicon/chinese-lookup-words.js'
import type { Ecdict } from '../lexicon/ecdict.js'
import { ecdictWordTranslations } from '../lexicon/ecdict-translations.js'
import { englishContentWords } from '../lexicon/english-words.js'
import { quoteStates } from './quote-state.js'
import { chineseAnchors, englishAnchors, LATIN_TOKEN } from './sentence-anchors.js'
import { stemEnglish } from '../lexicon/stem-english.js'
import { nameCandidates, romanisedNames } from './pinyin-names.js'

/**
 * What the scorers know about the sentences of one aligned pair, by language. Word ids index
 * `zhWordTranslations` and `zhWordWeights`; stem ids are the dictionary's.
 */
export interface PairFeatures {
  /** Sentence lengths in non-space characters. */
  readonly zhLengths: Float64Array
  readonly enLengths: Float64Array
  /** Per Chinese sentence: distinct ids of its words. */
  readonly zhWords: readonly Int32Array[]
  /** Per English sentence: distinct ids of its content-word stems. */
  readonly enStems: readonly Int32Array[]
  /** Per Chinese word id: the stem ids the dictionary translates it to. */
  readonly zhWordTranslations: readonly Int32Array[]
  /** Per Chinese word id: inverse document frequency over the Chinese sentences. */
  readonly zhWordWeights: Float64Array
  /** Per stem id: inverse document frequency over the English sentences (0 for unseen stems). */
  readonly enStemWeights: Float64Array
  /** Per Chinese word id: the word itself. */
  readonly zhWordTexts: readonly string[]
  /** Number of stem ids in use: every id in `enStems` and `zhWordTranslations` is below it. */
  readonly stemCount: number
  /** Per sentence: ids of its distinct anchors (numbers, Latin tokens, quote, bracket and question marks). */
  readonly zhAnchors: readonly Int32Array[]
  readonly enAnchors: readonly Int32Array[]
  /** Anchor ids that stand for a quote, bracket or question mark rather than a number or token. */
  readonly markAnchors: ReadonlySet<number>
  /** Number of anchor ids and name ids in use. */
  readonly anchorCount: number
  /** Anchor and name keys (`n:28`, `l:g20`, `name:wenjie`, `quote`) → ids. */
  readonly anchorIds: ReadonlyMap<string, number>
  /** The Chinese sentences as given, for names learnt from character runs. */
  readonly zhTexts: readonly string[]
  /** Per English sentence: capitalised words the dictionary cannot translate (name candidates), lowercase. */
  readonly enNameWords: readonly (readonly string[])[]
  /** Per English sentence: ids of capitalised words that romanise a Chinese name somewhere in the text. */
  readonly enNames: readonly Int32Array[]
  /** Per Chinese sentence: ids of the name words it romanises. */
  readonly zhNames: readonly Int32Array[]
  /** Per sentence: 1 when a quotation is still open after it (see `quoteStates`). */
  readonly zhQuoteOpen: Uint8Array
  readonly enQuoteOpen: Uint8Array
  /** 1 for a sentence with anchors (or, in English, names), so spans without any are skipped fast. */
  readonly zhHasAnchors: Uint8Array
  readonly enHasAnchors: Uint8Array
}

/**
 * Chinese texts longer than this (in characters) are segmented with the dictionary instead of
 * segmentit, which costs about 0.3 ms a sentence (13 s for a Bible) for no better alignment.
 */
const SEGMENTIT_MAX_CHARACTERS = 100_000

/** Anchors that are punctuation marks, not numbers or tokens: common, so they weigh less (ids 0, 1, 2). */
const MARK_ANCHORS = ['quote', 'bracket', 'question'] as const

/**
 * Extracts the {@link PairFeatures} of Chinese and English sentences with CC-CEDICT and, when given,
 * ECDICT, whose translations found in a Chinese word join the word's CC-CEDICT ones.
 */
export function extractPairFeatures(zh: readonly string[], en: readonly string[], cedict: Cedict, ecdict?: Ecdict): PairFeatures {
  const { zhWords, zhWordTexts } = readChineseWords(zh, cedict)
  const stems = readStems(en, zhWordTexts, cedict, ecdict)
  const marks = readAnchorsAndNames(zh, en, cedict, stems.translatable)
  return {
    zhLengths: Float64Array.from(zh, visibleLength),
    enLengths: Float64Array.from(en, visibleLength),
    zhWords: zhWords.map((ids) => Int32Array.from(ids)),
    enStems: stems.enStems.map((ids) => Int32Array.from(ids)),
    zhWordTranslations: stems.zhWordTranslations,
    zhWordWeights: inverseFrequencies(zhWords, zhWordTexts.length),
    enStemWeights: inverseFrequencies(stems.enStems, stems.stemCount),
    zhWordTexts,
    stemCount: stems.stemCount,
    ...marks,
    markAnchors: new Set(MARK_ANCHORS.map((_, id) => id)),
    zhTexts: zh,
    zhQuoteOpen: quoteStates(zh, 'zh'),
    enQuoteOpen: quoteStates(en, 'en'),
    zhHasAnchors: Uint8Array.from(marks.zhAnchors, (anchors) => (anchors.length > 0 ? 1 : 0)),
    enHasAnchors: anchorFlags(marks.enAnchors, marks.enNames),
  }
}

/** The distinct word ids of each Chinese sentence, and the word of each id. */
function readChineseWords(zh: readonly string[], cedict: Cedict): { zhWords: number[][]; zhWordTexts: string[] } {
  const wordIds = new Map<string, number>()
  const fast = zh.reduce((total, text) => total + text.length, 0) > SEGMENTIT_MAX_CHARACTERS
  const zhWords = zh.map((text) => distinctIds(chineseLookupWords(text, cedict, fast), (word) => internId(wordIds, word)))
  return { zhWords, zhWordTexts: [...wordIds.keys()] }
}

interface Stems {
  readonly enStems: number[][]
  readonly zhWordTranslations: Int32Array[]
  readonly stemCount: number
  /** Whether CC-CEDICT translates some Chinese word of the text to an English word (by its stem). */
  readonly translatable: (word: string) => boolean
}

/**
 * The English content-word stems of each sentence and the stems each Chinese word translates to, as
 * ids of this alignment: numbered 0, 1, … in order of first sight (translations, then the English
 * sentences), so the arrays sized by them hold this text's stems only, whatever was aligned before.
 */
function readStems(en: readonly string[], zhWordTexts: readonly string[], cedict: Cedict, ecdict: Ecdict | undefined): Stems {
  const cedictTranslations = zhWordTexts.map((word) => cedict.translations(word))
  const stemIds = new Map<string, number>()
  const enStems = en.map((text) => distinctIds(englishContentWords(text), (stem) => internStem(stemIds, stem, cedict)))
  const merged = ecdict === undefined ? cedictTranslations : mergeTranslations(cedictTranslations, ecdictWordTranslations(zhWordTexts, stemIds, ecdict))
  // Name candidates are the words CC-CEDICT cannot translate, with or without ECDICT, so the names found stay the same.
  const known = new Set(cedictTranslations.flatMap((ids) => [...ids]))
  const local = new Map<number, number>()
  const toLocal = (id: number): number => internId(local, id)
  const zhWordTranslations = merged.map((ids) => (ids.length === 0 ? ids : Int32Array.from(ids, toLocal).sort()))
  return {
    enStems: enStems.map((ids) => ids.map(toLocal)),
    zhWordTranslations,
    stemCount: local.size,
    translatable: (word) => known.has(cedict.stemId(stemEnglish(word))),
  }
}

type AnchorsAndNames = Pick<PairFeatures, 'zhAnchors' | 'enAnchors' | 'anchorCount' | 'anchorIds' | 'enNameWords' | 'enNames' | 'zhNames'>

/** Anchors of each sentence (numbers, Latin tokens, marks) and the names that romanise a Chinese name of the text. */
function readAnchorsAndNames(zh: readonly string[], en: readonly string[], cedict: Cedict, translatable: (word: string) => boolean): AnchorsAndNames {
  const latin = new Set(zhLatinTokens(zh))
  const nameWords = en.map((text) => nameCandidates(text, translatable))
  const allNameWords = new Set(nameWords.flat())
  const zhNames = zh.map((text) => romanisedNames(text, cedict, allNameWords))
  const foundNames = new Set(zhNames.flatMap((names) => [...names]))
  const anchorIds = new Map<string, number>(MARK_ANCHORS.map((mark, id) => [mark, id]))
  const toIds = (items: Iterable<string>): Int32Array => Int32Array.from(new Set([...items].map((item) => internId(anchorIds, item)))).sort()
  const zhAnchors = zh.map((text) => toIds(chineseAnchors(text)))
  const enAnchors = en.map((text) => toIds(englishAnchors(text, latin)))
  const enNames = nameWords.map((words) => toIds(words.filter((word) => foundNames.has(word)).map(nameKey)))
  const zhNameIds = zhNames.map((names) => toIds([...names].map(nameKey)))
  return { zhAnchors, enAnchors, anchorCount: anchorIds.size, anchorIds, enNameWords: nameWords, enNames, zhNames: zhNameIds }
}

/** Characters other than white space: the length unit of the length model on both sides. */
export function visibleLength(text: string): number {
  let length = 0
  for (const character of text) if (!/\s/.test(character)) length++
  return length
}

function internStem(ids: Map<string, number>, stem: string, cedict: Cedict): number {
  let id = ids.get(stem)
  if (id === undefined) ids.set(stem, (id = cedict.stemId(stem)))
  return id
}

/** Per word, the sorted union of two lists of stem ids. */
function mergeTranslations(first: readonly Int32Array[], second: readonly Int32Array[]): Int32Array[] {
  return first.map((ids, word) => {
    const more = second[word]
    if (more === undefined || more.length === 0) return ids
    if (ids.length === 0) return more
    return Int32Array.from(new Set([...ids, ...more])).sort()
  })
}

/** The anchor key of a name word. */
export function nameKey(word: string): string {
  return `name:${word}`
}

/** Per English sentence: 1 when it has an anchor or a name. */
export function anchorFlags(anchors: readonly Int32Array[], names: readonly Int32Array[]): Uint8Array {
  return Uint8Array.from(names, (ids, j) => ((anchors[j]?.length ?? 0) + ids.length > 0 ? 1 : 0))
}

/** The id of a key, the next free one (the map's size) on first sight. */
export function internId<Key>(ids: Map<Key, number>, word: Key): number {
  let id = ids.get(word)
  if (id === undefined) ids.set(word, (id = ids.size))
  return id
}

/** Words kept per sentence: matches are recorded in 64-bit masks, and no sentence of the benchmarks needs more. */
const MAX_WORDS_PER_SENTENCE = 64

function distinctIds<T>(items: readonly T[], toId: (item: T) => number): number[] {
  return [...new Set(items.map(toId))].slice(0, MAX_WORDS_PER_SENTENCE)
}

function zhLatinTokens(zh: readonly string[]): string[] {
  return zh.flatMap((text) => [...text.matchAll(LATIN_TOKEN)].map(([token]) => token.toLowerCase()))
}

/** log(N / df) per id, over sentences given as lists of distinct ids; 0 for ids never seen. */
function inverseFrequencies(sentences: readonly (readonly number[])[], size: number): Float64Array {
  const documentFrequency = new Float64Array(size)
  for (const ids of sentences) for (const id of ids) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1
  const weights = new Float64Array(size)
  const total = Math.max(sentences.length, 2)
  for (let id = 0; id < size; id++) {
    const frequency = documentFrequency[id] ?? 0
    if (frequency > 0) weights[id] = Math.log((total + 1) / frequency)
  }
  return weights
}
