import { englishFunctionWords } from '../language/english-function-words.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/primitive-arguments.js'

/**
 * Function words a query may well mean, so they stay searchable: quantifiers and pronouns that say how
 * many or whose ("all parties", "other members", "our cooperation"), and "have"/"has".
 */
const SEARCHABLE_FUNCTION_WORDS: ReadonlySet<string> = new Set('have has they we our all more other'.split(' '))

/**
 * Words that carry no meaning for retrieval: a query for "role of SMEs" should not require "of", and a
 * match percentage should not rise because both sentences say "the". Kept short on purpose: the
 * {@link englishFunctionWords} less the searchable ones above.
 */
export const searchStopWords: ReadonlySet<string> = new Set(
  [...englishFunctionWords].filter((word) => !SEARCHABLE_FUNCTION_WORDS.has(word)),
)

/** A word of Latin letters and digits as it stands in a text, with its UTF-16 offsets and search form. */
export interface EnglishWord {
  readonly text: string
  /** Lowercase, plural folded: the form that index and query share. */
  readonly form: string
  readonly start: number
  readonly end: number
}

/**
 * Latin words and numbers: letters and digits, joined inside by `.`, `&` or an apostrophe (4.0, R&D,
 * people's); hyphens split (SME-to-SME gives three words), so a query for either half finds it.
 */
const WORD_PATTERN = /[\p{Script=Latin}\p{N}]+(?:['’.&][\p{Script=Latin}\p{N}]+)*/gu

/**
 * The Latin words of a text (English, or Latin tokens inside Chinese such as G20), in order, with
 * offsets into `text` and their {@link englishWordForm}. Stop words are kept; callers drop them.
 */
export function englishWords(text: string): EnglishWord[] {
  return englishWordsUnchecked(parseArgument(textArgumentSchema, text, 'text'))
}

/** {@link englishWords} without the argument check, for loops inside core. */
export function englishWordsUnchecked(text: string): EnglishWord[] {
  const words: EnglishWord[] = []
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index
    words.push({ text: match[0], form: englishWordFormUnchecked(match[0]), start, end: start + match[0].length })
  }
  return words
}

/** Words shorter than this keep their final "s": "us", "is", "gas" are not plurals worth folding. */
const MIN_FOLDED_LENGTH = 4

/** Common words that end in "s" without being plurals, which the S-stemmer would cut ("this" → "thi"). */
const NOT_PLURALS: ReadonlySet<string> = new Set(
  'this thus always perhaps whereas besides towards afterwards sometimes news series species means across'.split(' '),
)

/**
 * The form under which a word is indexed and compared: NFKC, lowercase, possessive dropped, and the
 * plural folded by Harman's S-stemmer (1991): -ies → -y, -es → -e, -s → nothing, except after
 * a, e, o (-aes, -ees, -oes) and in -is, -us, -ss (analysis, focus, process). Standards and standard,
 * SMEs and SME meet.
 *
 * @example englishWordForm('Technologies') // 'technology'
 */
export function englishWordForm(word: string): string {
  return englishWordFormUnchecked(parseArgument(textArgumentSchema, word, 'word'))
}

/** {@link englishWordForm} without the argument check, for loops inside core. */
export function englishWordFormUnchecked(word: string): string {
  let form = formCache.get(word)
  if (form === undefined) {
    form = foldWord(word)
    if (formCache.size >= FORM_CACHE_SIZE) formCache.clear()
    formCache.set(word, form)
  }
  return form
}

/** Distinct words remembered by {@link englishWordForm}: a large corpus has far fewer, so each is folded once. */
const FORM_CACHE_SIZE = 200_000

const formCache = new Map<string, string>()

function foldWord(word: string): string {
  const lower = (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFKC')).toLowerCase().replace(/['’]s?$/, '')
  if (lower.length < MIN_FOLDED_LENGTH || NOT_PLURALS.has(lower)) return lower
  if (/[^ae]ies$/.test(lower)) return `${lower.slice(0, -3)}y`
  if (/[^aeo]es$/.test(lower)) return lower.slice(0, -1)
  if (/[^isu]s$/.test(lower)) return lower.slice(0, -1)
  return lower
}
