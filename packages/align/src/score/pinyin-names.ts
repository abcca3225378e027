import { englishStopWords } from '../lexicon/english-stop-words.js'
import type { Cedict } from '../lexicon/cedict.js'

/** Longest run of characters read as one romanised word ("Wenjie" is two, "Zhongguancun" three). */
const MAX_NAME_CHARACTERS = 3

/**
 * The English words of a sentence that may romanise a Chinese name: capitalised, not a stop word,
 * and not a word the dictionary could translate (`isTranslatable`), so "He" or "Long" are not names.
 * Lowercase, distinct.
 */
export function nameCandidates(text: string, isTranslatable: (word: string) => boolean): string[] {
  const words = new Set<string>()
  for (const [word] of text.matchAll(/\b[A-Z][a-z]+\b/g)) {
    const lower = word.toLowerCase()
    if (!englishStopWords.has(lower) && !isTranslatable(lower)) words.add(lower)
  }
  return [...words]
}

/**
 * The name words (from `names`, lowercase) that a Chinese sentence romanises: a run of one to three
 * Han characters whose toneless pinyin, concatenated, spells the word ("叶文洁" gives "ye", "wenjie").
 */
export function romanisedNames(text: string, cedict: Cedict, names: ReadonlySet<string>): Set<string> {
  const found = new Set<string>()
  if (names.size === 0) return found
  const prefixes = prefixesOf(names)
  const characters = [...text]
  for (let start = 0; start < characters.length; start++) extendReadings(characters, start, [''], 0, cedict, prefixes, names, found)
  return found
}

/** Extends partial romanisations one character at a time while they remain prefixes of some name. */
function extendReadings(
  characters: readonly string[],
  at: number,
  readings: readonly string[],
  length: number,
  cedict: Cedict,
  prefixes: ReadonlySet<string>,
  names: ReadonlySet<string>,
  found: Set<string>,
): void {
  if (length >= MAX_NAME_CHARACTERS || at >= characters.length) return
  const next: string[] = []
  for (const syllable of cedict.readings(characters[at] ?? '')) {
    for (const reading of readings) {
      const extended = reading + syllable
      if (!prefixes.has(extended)) continue
      next.push(extended)
      if (names.has(extended)) found.add(extended)
    }
  }
  if (next.length > 0) extendReadings(characters, at + 1, next, length + 1, cedict, prefixes, names, found)
}

const prefixCache = new WeakMap<ReadonlySet<string>, Set<string>>()

function prefixesOf(names: ReadonlySet<string>): Set<string> {
  let prefixes = prefixCache.get(names)
  if (prefixes === undefined) {
    prefixes = new Set()
    for (const name of names) for (let end = 1; end <= name.length; end++) prefixes.add(name.slice(0, end))
    prefixCache.set(names, prefixes)
  }
  return prefixes
}
