import type { Cedict } from '../lexicon/cedict.js'
import { splitIntoDictionaryWords } from '../lexicon/chinese-lookup-words.js'
import { englishContentWords } from '../lexicon/english-words.js'

/**
 * What CC-CEDICT says of a term pair: `confirmed` (its glosses translate the English), `contradicted`
 * (it knows every part of the Chinese and none of them means any English word), or `unknown`.
 * `whole` tells a confirmation by one dictionary entry (人工智能 "artificial intelligence") from one
 * put together from parts (智能 "smart" + 制造 "to manufacture").
 */
export interface CedictVerdict {
  readonly verdict: 'confirmed' | 'contradicted' | 'unknown'
  readonly whole: boolean
}

/** Checks a term pair against CC-CEDICT. */
export type CedictCheck = (english: string, chinese: string) => CedictVerdict

/** Share of the English content words the glosses must hold: all of up to three, three of four. */
const MIN_COVERAGE = 0.75

const UNKNOWN: CedictVerdict = { verdict: 'unknown', whole: false }

/**
 * A check of term pairs against CC-CEDICT. The Chinese term is looked up whole, or, when the
 * dictionary lacks it, as its longest dictionary words (智能制造 → 智能 + 制造), each of which must then
 * translate some English word. English words are stemmed as the aligner's lexicon does; an acronym is
 * checked through its expansion, which the caller passes as `english`. Results are cached.
 */
export function createCedictCheck(cedict: Cedict): CedictCheck {
  const cache = new Map<string, CedictVerdict>()
  return (english, chinese) => {
    const key = `${english}\u0000${chinese}`
    let verdict = cache.get(key)
    if (verdict === undefined) cache.set(key, (verdict = check(cedict, english, chinese)))
    return verdict
  }
}

/** A check that knows nothing, for extraction without the dictionary. */
export const noCedictCheck: CedictCheck = () => UNKNOWN

function check(cedict: Cedict, english: string, chinese: string): CedictVerdict {
  const stems = [...new Set(englishContentWords(english))]
  if (stems.length === 0) return UNKNOWN
  // An undefined acronym or a number (G20) is a word no gloss can hold: it counts against coverage.
  const opaque = (english.match(/\S*(?:\p{N}|\p{Lu}\S*\p{Lu})\S*/gu) ?? []).length
  const wanted = stems.map((stem) => cedict.stemId(stem))
  const whole = cedict.has(chinese)
  const parts = whole ? [chinese] : splitIntoDictionaryWords(chinese, cedict)
  const glosses = parts.map((part) => new Set(cedict.translations(part)))
  const covered = wanted.filter((id) => glosses.some((gloss) => gloss.has(id))).length
  const partsUsed = glosses.filter((gloss) => wanted.some((id) => gloss.has(id))).length
  if (covered / (wanted.length + opaque) >= MIN_COVERAGE && partsUsed === parts.length) return { verdict: 'confirmed', whole }
  if (covered === 0 && glosses.every((gloss) => gloss.size > 0)) return { verdict: 'contradicted', whole }
  return UNKNOWN
}
