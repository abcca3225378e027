import type { BeadView } from '../corpus/corpus.js'
import type { Language } from '../model/schemas.js'

/**
 * One side of a bead as one string: Chinese sentences joined as they are, English ones with a space.
 * Search, concordance and translation-memory offsets point into this string.
 */
export function beadText(bead: Pick<BeadView, 'zh' | 'en'>, language: Language): string {
  return language === 'zh' ? bead.zh.join('') : bead.en.join(' ')
}

/** The other language. */
export function otherLanguage(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh'
}
