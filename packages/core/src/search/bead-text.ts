import type { BeadView } from '../corpus/corpus.js'
import { languageSchema, type Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { beadSidesArgumentSchema } from '../model/argument-schemas.js'

/**
 * One side of a bead as one string: Chinese sentences joined as they are, English ones with a space.
 * Search, concordance and translation-memory offsets point into this string.
 */
export function beadText(bead: Pick<BeadView, 'zh' | 'en'>, language: Language): string {
  parseArgument(beadSidesArgumentSchema, bead, 'bead', 'Pass a bead of a corpus, or `{ zh: string[], en: string[] }`.')
  return beadTextUnchecked(bead, parseArgument(languageSchema, language, 'language'))
}

/** {@link beadText} without the argument check, for loops inside core. */
export function beadTextUnchecked(bead: Pick<BeadView, 'zh' | 'en'>, language: Language): string {
  return language === 'zh' ? bead.zh.join('') : bead.en.join(' ')
}

/** The other language. */
export function otherLanguage(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh'
}
