import type { Ecdict } from './ecdict.js'

/** Longest translation looked for inside a word, in characters: the generator keeps none longer. */
const MAX_TRANSLATION_LENGTH = 8

const EMPTY = new Int32Array(0)

/**
 * Per Chinese word: the ids of the English text's stems whose ECDICT translations the word holds,
 * sorted and distinct. A translation of two or more characters counts anywhere in the word (激励 in
 * 激励机制), so no segmentation has to agree with the dictionary; one of a single character only as
 * the whole word (哭), since a character inside a longer word is usually part of another word.
 *
 * @param words The Chinese words of the text.
 * @param stems The English text's stems and their ids.
 */
export function ecdictWordTranslations(words: readonly string[], stems: ReadonlyMap<string, number>, ecdict: Ecdict): Int32Array[] {
  const stemsOf = chineseIndex(stems, ecdict)
  return words.map((word) => {
    const characters = [...word]
    const found = new Set<number>()
    if (characters.length === 1) for (const id of stemsOf.get(word) ?? []) found.add(id)
    for (let start = 0; start < characters.length - 1; start++) {
      const end = Math.min(characters.length, start + MAX_TRANSLATION_LENGTH)
      let piece = characters[start] ?? ''
      for (let stop = start + 1; stop < end; stop++) {
        piece += characters[stop] ?? ''
        for (const id of stemsOf.get(piece) ?? []) found.add(id)
      }
    }
    return found.size === 0 ? EMPTY : Int32Array.from(found).sort()
  })
}

/** Chinese translation → ids of the stems it translates, over the stems of one text only. */
function chineseIndex(stems: ReadonlyMap<string, number>, ecdict: Ecdict): Map<string, number[]> {
  const index = new Map<string, number[]>()
  for (const [stem, id] of stems) {
    for (const translation of ecdict.translations(stem)) {
      const ids = index.get(translation)
      if (ids === undefined) index.set(translation, [id])
      else ids.push(id)
    }
  }
  return index
}
