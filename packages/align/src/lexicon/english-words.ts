import { englishStopWords } from './english-stop-words.js'
import { stemEnglish } from './stem-english.js'

/** Words of letters, with inner apostrophes and hyphens split off ("twenty-eight" gives two words). */
const WORD_PATTERN = /\p{L}+/gu

/**
 * The content words of an English text, stemmed with {@link stemEnglish}, stop words removed,
 * in text order (repeats kept).
 *
 * @example englishContentWords('The dishes were built in 2006.') // ['dishe', 'built']
 */
export function englishContentWords(text: string): string[] {
  const stems: string[] = []
  for (const [word] of text.matchAll(WORD_PATTERN)) {
    const lower = word.toLowerCase()
    if (lower.length < 2 || englishStopWords.has(lower)) continue
    stems.push(stemEnglish(lower))
  }
  return stems
}
