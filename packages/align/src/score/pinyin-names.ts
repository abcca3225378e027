import type { Cedict } from '../lexicon/cedict.js'

/** Longest run of characters read as one romanised word ("Wenjie" is two, "Zhongguancun" three). */
const MAX_NAME_CHARACTERS = 3

/** Readings tried per window, so rare characters with many readings cannot blow up the set. */
const MAX_READINGS_PER_WINDOW = 8

/**
 * Every romanisation a Chinese sentence could give a name: the toneless pinyin of each run of one
 * to three Han characters, concatenated ("叶文洁" → "ye", "wen", "wenjie", "yewenjie", …).
 */
export function pinyinCandidates(text: string, cedict: Cedict): Set<string> {
  const characters = [...text]
  const candidates = new Set<string>()
  for (let start = 0; start < characters.length; start++) {
    let readings = ['']
    for (let length = 1; length <= MAX_NAME_CHARACTERS && start + length <= characters.length; length++) {
      const character = characters[start + length - 1] ?? ''
      const next = cedict.readings(character)
      if (next.length === 0) break
      readings = readings.flatMap((prefix) => next.map((syllable) => prefix + syllable)).slice(0, MAX_READINGS_PER_WINDOW)
      for (const reading of readings) candidates.add(reading)
    }
  }
  return candidates
}

/** Capitalised words that may be names: "Ye Wenjie" → ["ye", "wenjie"]. */
export function capitalisedWords(text: string): string[] {
  return [...text.matchAll(/\b[A-Z][a-z]+\b/g)].map(([word]) => word.toLowerCase())
}
