import type { Language } from '../model/schemas.js'
import { englishWordsUnchecked, type EnglishWord } from './english-words.js'
import { parseArgument } from '../parse-argument.js'
import { languageArgumentSchema, textArgumentSchema } from '../model/primitive-arguments.js'

/** Where a term occurs: UTF-16 offsets, end exclusive. */
export interface TermOccurrence {
  readonly start: number
  readonly end: number
}

/**
 * Every occurrence of a term in a text, in order. Chinese (and any term with a Han character) is
 * found verbatim; English as a run of whole words compared by search form, so case and a plural do not
 * matter ("SME" finds "SMEs") and words may be split by spaces or hyphens, never by other words.
 *
 * @example findTermOccurrences('Support SMEs and SME-to-SME exchange.', 'SME', 'en') // 3 occurrences
 */
export function findTermOccurrences(text: string, term: string, language: Language): TermOccurrence[] {
  parseArgument(textArgumentSchema, text, 'text')
  parseArgument(textArgumentSchema, term, 'term')
  return findTermOccurrencesUnchecked(text, term, parseArgument(languageArgumentSchema, language, 'language'))
}

/** {@link findTermOccurrences} without the argument check, for loops inside core. */
export function findTermOccurrencesUnchecked(text: string, term: string, language: Language): TermOccurrence[] {
  if (language === 'zh' || /\p{Script=Han}/u.test(term)) return verbatimOccurrences(text, term.trim())
  const wanted = englishWordsUnchecked(term).map((word) => word.form)
  if (wanted.length === 0) return []
  const words = englishWordsUnchecked(text)
  const found: TermOccurrence[] = []
  for (let index = 0; index + wanted.length <= words.length; index++) {
    if (matchesAt(text, words, index, wanted)) {
      found.push({ start: words[index]!.start, end: words[index + wanted.length - 1]!.end })
      index += wanted.length - 1
    }
  }
  return found
}

function matchesAt(text: string, words: readonly EnglishWord[], index: number, wanted: readonly string[]): boolean {
  for (let offset = 0; offset < wanted.length; offset++) {
    const word = words[index + offset]!
    if (word.form !== wanted[offset]) return false
    if (offset > 0 && !/^[\s\-‐]+$/u.test(text.slice(words[index + offset - 1]!.end, word.start))) return false
  }
  return true
}

function verbatimOccurrences(text: string, term: string): TermOccurrence[] {
  const found: TermOccurrence[] = []
  if (term === '') return found
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) found.push({ start: at, end: at + term.length })
  return found
}
