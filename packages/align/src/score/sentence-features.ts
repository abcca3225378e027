import type { Cedict } from '../lexicon/cedict.js'
import { chineseLookupWords } from '../lexicon/chinese-lookup-words.js'
import type { Ecdict } from '../lexicon/ecdict.js'
import { ecdictWordTranslations } from '../lexicon/ecdict-translations.js'
import { englishContentWords } from '../lexicon/english-words.js'
import { quoteStates } from './quote-state.js'
import { simplifiedLookupForms } from '../lexicon/simplified-forms.js'
import { chineseAnchors, englishAnchors, LATIN_TOKEN } from './sentence-anchors.js'
import { stemEnglish } from '../lexicon/stem-english.js'
import { nameCandidates, romanisedNames } from './pinyin-names.js'

/** What the scorers know about the sentences of one side, Chinese or English, index by index. */
export interface SideFeatures {
  /** Sentence lengths in non-space characters. */
  readonly lengths: Float64Array
  /** Per sentence: ids of its distinct anchors (numbers, Latin tokens, quote, bracket and question marks). */
  readonly anchors: readonly Int32Array[]
  /**
   * Per sentence: ids of its names. In Chinese, the name words it romanises; in English, its
   * capitalised words that romanise a Chinese name somewhere in the text.
   */
  readonly names: readonly Int32Array[]
  /** Per sentence: 1 when a quotation is still open after it (see `quoteStates`). */
  readonly quoteOpen: Uint8Array
  /**
   * 1 for a sentence with something that counts on its own, so spans without any are skipped fast:
   * anchors, and in English names too (a Chinese name counts only when the English span has it).
   */
  readonly hasAnchors: Uint8Array
}

/** The Chinese side: its sentences' words, and per word id the word, its weight and its translations. */
export interface ChineseFeatures extends SideFeatures {
  /** The sentences as given, for names learnt from character runs. */
  readonly texts: readonly string[]
  /** Per sentence: distinct ids of its words. */
  readonly words: readonly Int32Array[]
  /** Per word id: the word itself. */
  readonly wordTexts: readonly string[]
  /** Per word id: inverse document frequency over the Chinese sentences. */
  readonly wordWeights: Float64Array
  /** Per word id: the stem ids the dictionary translates it to. */
  readonly wordTranslations: readonly Int32Array[]
}

/** The English side: its sentences' content-word stems and name candidates, and per stem id its weight. */
export interface EnglishFeatures extends SideFeatures {
  /** Per sentence: distinct ids of its content-word stems. */
  readonly stems: readonly Int32Array[]
  /** Per stem id: inverse document frequency over the English sentences (0 for unseen stems). */
  readonly stemWeights: Float64Array
  /** Per sentence: capitalised words the dictionary cannot translate (name candidates), lowercase. */
  readonly nameWords: readonly (readonly string[])[]
}

/**
 * What the scorers know about the sentences of one aligned pair: each side's, and the id spaces
 * they share. Word ids index `zh.wordTexts`, `zh.wordWeights` and `zh.wordTranslations`; stem ids
 * are this alignment's, shared by `en.stems` and `zh.wordTranslations`; anchor and name ids are
 * shared by both sides' `anchors` and `names`.
 */
export interface PairFeatures {
  readonly zh: ChineseFeatures
  readonly en: EnglishFeatures
  /** Number of stem ids in use: every id in `en.stems` and `zh.wordTranslations` is below it. */
  readonly stemCount: number
  /** Anchor and name keys (`n:28`, `l:g20`, `name:wenjie`, `quote`) → ids. */
  readonly anchorIds: ReadonlyMap<string, number>
  /** Number of anchor ids and name ids in use: the size of `anchorIds`. */
  readonly anchorCount: number
  /** Anchor ids that stand for a quote, bracket or question mark rather than a number or token. */
  readonly markAnchors: ReadonlySet<number>
}

/**
 * Chinese texts longer than this (in characters) are segmented with the dictionary instead of
 * segmentit, which costs about 0.3 ms a sentence (13 s for a Bible) for no better alignment.
 */
const SEGMENTIT_MAX_CHARACTERS = 100_000

/** Anchors that are punctuation marks, not numbers or tokens: common, so they weigh less (ids 0, 1, 2). */
const MARK_ANCHORS = ['quote', 'bracket', 'question'] as const

/** The ids of {@link MARK_ANCHORS}: the first ids of every alignment. */
const MARK_ANCHOR_IDS: ReadonlySet<number> = new Set(MARK_ANCHORS.map((_, id) => id))

/**
 * Extracts the {@link PairFeatures} of Chinese and English sentences with CC-CEDICT and, when given,
 * ECDICT, whose translations found in a Chinese word join the word's CC-CEDICT ones.
 */
export function extractPairFeatures(zh: readonly string[], en: readonly string[], cedict: Cedict, ecdict?: Ecdict): PairFeatures {
  const words = readChineseWords(zh, cedict)
  const stems = readStems(en, words.wordTexts, cedict, ecdict)
  const marks = readAnchorsAndNames(zh, en, cedict, stems.translatable)
  return assemblePairFeatures({
    zh: readChineseSide(zh, words, stems, marks.zh),
    en: readEnglishSide(en, stems, marks.en),
    stemCount: stems.stemCount,
    anchorIds: marks.anchorIds,
  })
}

/** Pair features from their parts, with the anchor count and mark ids that go with them. */
export function assemblePairFeatures(parts: Omit<PairFeatures, 'anchorCount' | 'markAnchors'>): PairFeatures {
  const { zh, en, stemCount, anchorIds } = parts
  return { zh, en, stemCount, anchorIds, anchorCount: anchorIds.size, markAnchors: MARK_ANCHOR_IDS }
}

/** The Chinese side from its parts, with the flags of its sentences that have anchors. */
export function assembleChineseFeatures(parts: Omit<ChineseFeatures, 'hasAnchors'>): ChineseFeatures {
  const { lengths, anchors, names, quoteOpen, texts, words, wordTexts, wordWeights, wordTranslations } = parts
  return { lengths, anchors, names, quoteOpen, hasAnchors: anchorFlags(anchors), texts, words, wordTexts, wordWeights, wordTranslations }
}

/** The English side from its parts, with the flags of its sentences that have anchors or names. */
export function assembleEnglishFeatures(parts: Omit<EnglishFeatures, 'hasAnchors'>): EnglishFeatures {
  const { lengths, anchors, names, quoteOpen, stems, stemWeights, nameWords } = parts
  return { lengths, anchors, names, quoteOpen, hasAnchors: anchorFlags(anchors, names), stems, stemWeights, nameWords }
}

/** The Chinese side of {@link extractPairFeatures}. */
function readChineseSide(zh: readonly string[], words: ChineseWords, stems: Stems, marks: SideMarks): ChineseFeatures {
  return assembleChineseFeatures({
    ...readSideFields(zh, 'zh', marks),
    texts: zh,
    words: words.words.map((ids) => Int32Array.from(ids)),
    wordTexts: words.wordTexts,
    wordWeights: inverseFrequencies(words.words, words.wordTexts.length),
    wordTranslations: stems.zhWordTranslations,
  })
}

/** The English side of {@link extractPairFeatures}. */
function readEnglishSide(en: readonly string[], stems: Stems, marks: EnglishMarks): EnglishFeatures {
  return assembleEnglishFeatures({
    ...readSideFields(en, 'en', marks),
    stems: stems.enStems.map((ids) => Int32Array.from(ids)),
    stemWeights: inverseFrequencies(stems.enStems, stems.stemCount),
    nameWords: marks.nameWords,
  })
}

/** What both sides read alike from their sentences (lengths, quotation states), with the marks found in them. */
function readSideFields(texts: readonly string[], language: 'zh' | 'en', marks: SideMarks): Omit<SideFeatures, 'hasAnchors'> {
  return { lengths: Float64Array.from(texts, visibleLength), anchors: marks.anchors, names: marks.names, quoteOpen: quoteStates(texts, language) }
}

/** The distinct word ids of each Chinese sentence, and the word of each id. */
interface ChineseWords {
  readonly words: number[][]
  readonly wordTexts: string[]
}

/** Reads the {@link ChineseWords} of the Chinese sentences: ids numbered in order of first sight. */
function readChineseWords(zh: readonly string[], cedict: Cedict): ChineseWords {
  const wordIds = new Map<string, number>()
  const fast = zh.reduce((total, text) => total + text.length, 0) > SEGMENTIT_MAX_CHARACTERS
  const words = simplifiedLookupForms(zh).map((text) => distinctIds(chineseLookupWords(text, cedict, fast), (word) => internId(wordIds, word)))
  return { words, wordTexts: [...wordIds.keys()] }
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

/** The anchor and name ids of one side's sentences. */
type SideMarks = Pick<SideFeatures, 'anchors' | 'names'>

/** The English marks, with the name candidates the names were picked from. */
type EnglishMarks = SideMarks & Pick<EnglishFeatures, 'nameWords'>

interface AnchorsAndNames {
  readonly zh: SideMarks
  readonly en: EnglishMarks
  readonly anchorIds: Map<string, number>
}

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
  return { zh: { anchors: zhAnchors, names: zhNameIds }, en: { anchors: enAnchors, names: enNames, nameWords }, anchorIds }
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

/** Per sentence: 1 when it has an anchor or, when `names` are given, a name. */
function anchorFlags(anchors: readonly Int32Array[], names?: readonly Int32Array[]): Uint8Array {
  if (names === undefined) return Uint8Array.from(anchors, (ids) => (ids.length > 0 ? 1 : 0))
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
