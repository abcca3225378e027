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
  for (let start = 0; start < characters.length; start++) {
    let readings = ['']
    for (let length = 1; length <= MAX_NAME_CHARACTERS && start + length <= characters.length; length++) {
      const syllables = cedict.readings(characters[start + length - 1] ?? '')
      readings = readings.flatMap((prefix) => syllables.map((syllable) => prefix + syllable)).filter((reading) => prefixes.has(reading))
      if (readings.length === 0) break
      for (const reading of readings) if (names.has(reading)) found.add(reading)
    }
  }
  return found
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
