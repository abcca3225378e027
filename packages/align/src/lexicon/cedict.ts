import { readFileSync } from 'node:fs'
import { glossWords } from './gloss-words.js'
import { locateCedictData } from './locate-cedict.js'

/**
 * CC-CEDICT as the aligner reads it: which Chinese words exist, the English stems of each word's
 * glosses, and each character's toneless pinyin. Glosses are stemmed on first lookup of a word, so
 * loading costs little more than reading the file.
 * CC-CEDICT is © MDBG and contributors, licensed CC BY-SA 4.0 (https://cc-cedict.org/wiki/).
 */
export interface Cedict {
  /** Whether the dictionary has this word (simplified or traditional). */
  has(word: string): boolean
  /** Ids (sorted, distinct) of the English stems in a word's glosses; empty for unknown words. */
  translations(word: string): Int32Array
  /** The id of an English stem, allocated on first use; ids are shared with {@link translations}. */
  stemId(stem: string): number
  /** Toneless lowercase pinyin readings of one character ("叶" → ["ye", "xie"]). */
  readings(character: string): readonly string[]
  /** Whether CC-CEDICT lists the character as a surname (a capitalised reading glossed "surname …"). */
  isSurname(character: string): boolean
  /** Longest word worth looking up, in characters. */
  readonly maxWordLength: number
  /** Length of the longest dictionary word that ends with this character (1 when none is longer). */
  longestWordEndingWith(character: string): number
}

/** Words longer than this are idioms and titles that rarely occur verbatim; skipping them saves memory. */
const MAX_WORD_LENGTH = 8

/** A raw CC-CEDICT record: traditional, simplified, pinyin, definition(s), then lookup tables. */
type CedictRecord = readonly [string, string, string, string | string[], ...unknown[]]

const EMPTY = new Int32Array(0)

let cached: Cedict | undefined
let loadMilliseconds = 0

/**
 * The dictionary, read from the `cc-cedict` package's data file on the first call and kept for the
 * life of the process. An empty dictionary when the package is missing, so alignment still works on
 * length and anchors alone.
 */
export function loadCedict(): Cedict {
  if (cached === undefined) {
    const started = performance.now()
    cached = createCedict(readRecords())
    loadMilliseconds = performance.now() - started
  }
  return cached
}

/** How long the first {@link loadCedict} took, in milliseconds (0 before it ran). */
export function cedictLoadMilliseconds(): number {
  return loadMilliseconds
}

function readRecords(): CedictRecord[] {
  const file = locateCedictData()
  if (file === undefined) return []
  const text = readFileSync(file, 'utf8')
  const data = JSON.parse(text.slice(text.indexOf('{'))) as { all?: CedictRecord[] }
  return data.all ?? []
}

/** Builds a {@link Cedict} over records; exported for tests that use a handful of entries. */
export function createCedict(records: readonly CedictRecord[]): Cedict {
  const entries = indexRecords(records)
  const stemIds = new Map<string, number>()
  const translationCache = new Map<string, Int32Array>()
  const stemId = (stem: string): number => {
    let id = stemIds.get(stem)
    if (id === undefined) stemIds.set(stem, (id = stemIds.size))
    return id
  }
  const translations = (word: string): Int32Array => {
    let ids = translationCache.get(word)
    if (ids === undefined) {
      const stems = (entries.get(word) ?? []).flatMap((record) => glossWords(record[3]).flat())
      ids = stems.length === 0 ? EMPTY : Int32Array.from(new Set(stems.map(stemId))).sort()
      translationCache.set(word, ids)
    }
    return ids
  }
  const readingCache = new Map<string, readonly string[]>()
  const readings = (character: string): readonly string[] => {
    let syllables = readingCache.get(character)
    if (syllables === undefined) {
      syllables = [...new Set((entries.get(character) ?? []).map((record) => tonelessSyllable(record[2])))]
      readingCache.set(character, syllables)
    }
    return syllables
  }
  const isSurname = (character: string): boolean =>
    (entries.get(character) ?? []).some((record) => /^[A-Z]/.test(record[2]) && /(^|")surname/.test(JSON.stringify(record[3])))
  let longestEnding: Map<string, number> | undefined
  const longestWordEndingWith = (character: string): number => {
    longestEnding ??= longestByLastCharacter(entries.keys())
    return longestEnding.get(character) ?? 1
  }
  return {
    has: (word) => entries.has(word),
    translations,
    stemId,
    readings,
    isSurname,
    maxWordLength: MAX_WORD_LENGTH,
    longestWordEndingWith,
  }
}

function indexRecords(records: readonly CedictRecord[]): Map<string, CedictRecord[]> {
  const entries = new Map<string, CedictRecord[]>()
  for (const record of records) {
    const [traditional, simplified] = record
    if (simplified.length > MAX_WORD_LENGTH) continue
    add(entries, simplified, record)
    if (traditional !== simplified) add(entries, traditional, record)
  }
  return entries
}

function add(entries: Map<string, CedictRecord[]>, word: string, record: CedictRecord): void {
  const list = entries.get(word)
  if (list === undefined) entries.set(word, [record])
  else list.push(record)
}

function longestByLastCharacter(words: Iterable<string>): Map<string, number> {
  const longest = new Map<string, number>()
  for (const word of words) {
    const characters = [...word]
    const last = characters[characters.length - 1] ?? ''
    longest.set(last, Math.max(longest.get(last) ?? 1, characters.length))
  }
  return longest
}

function tonelessSyllable(reading: string): string {
  return reading.replace(/[1-5]$/, '').replace('u:', 'u').toLowerCase()
}
