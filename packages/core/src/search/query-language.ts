import { detectLanguage } from '../language/detect-language.js'
import type { Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/**
 * The language of a short query: Chinese as soon as it holds one Han character (中小企业, G20成员),
 * English otherwise. `detectLanguage` needs more text than a query gives, so it only breaks the tie for
 * text with neither Han nor Latin letters, and even then the answer is English (the side with words).
 */
export function detectQueryLanguage(query: string): Language {
  parseArgument(textArgumentSchema, query, 'query')
  if (/\p{Script=Han}/u.test(query)) return 'zh'
  return detectLanguage(query).language === 'zh' ? 'zh' : 'en'
}
