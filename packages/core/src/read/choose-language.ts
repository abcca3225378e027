import { LanguageMismatchError } from '../errors.js'
import { detectLanguage, isPlausibleLanguage, languageName } from '../language/detect-language.js'
import { z } from 'zod'
import { textArgumentSchema } from '../model/primitive-arguments.js'
import { languageSchema, type Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'

/**
 * The language of a file's text: the one given; else the one the file declares (`lang="zh-CN"`,
 * Word's language of its text) when the text can be in it; else the one detected.
 *
 * @throws {LanguageMismatchError} When nothing is given and the text is neither Chinese nor English.
 */
export function chooseLanguage(text: string, given: Language | undefined, declared: string | undefined, argument: string): Language {
  parseArgument(textArgumentSchema, text, 'text')
  parseArgument(languageSchema.optional(), given, 'given')
  parseArgument(z.string().optional(), declared, 'declared')
  parseArgument(textArgumentSchema, argument, 'argument')
  if (given !== undefined) return given
  const stated = declared === undefined ? undefined : /^zh\b/i.test(declared) ? 'zh' : /^en\b/i.test(declared) ? 'en' : undefined
  if (stated !== undefined && isPlausibleLanguage(text, stated)) return stated
  const guess = detectLanguage(text)
  if (guess.language === 'zh' || guess.language === 'en') return guess.language
  throw new LanguageMismatchError(
    argument,
    'zh or en',
    guess.language,
    `Expected Chinese or English as the ${argument}, detected ${languageName(guess.language)} (${guess.language}). duiqi aligns Chinese with English; give the Chinese or English version of the text.`,
  )
}
