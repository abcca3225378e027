import { englishFunctionWords } from '../language/english-function-words.js'
import { englishWordFormUnchecked, englishWordsUnchecked } from '../search/english-words.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/** A content word of a passage: its search form (shared by query and passage) and how it is written. */
export interface PassageTerm {
  readonly form: string
  readonly surface: string
}

/**
 * Words that say nothing about a topic in declarations and plans: the {@link englishFunctionWords}
 * (which include the search stop words), who speaks ("us", "you"), how ("however", "including"), and
 * verbs and numbers every paragraph uses. Kept as search forms, as passage words are compared ("does" is
 * "doe").
 */
const TOPIC_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    ...englishFunctionWords,
    ...(
      'us them he she his her you your any each most some very well both had do does did make made ' +
      'however therefore thus while within without through including include e.g i.e etc way one two three new need'
    ).split(' '),
  ].map((word) => englishWordFormUnchecked(word)),
)

/** Words of this length or more are kept; shorter ones are stop words or noise ("a", "to"). */
const MIN_TERM_LENGTH = 2

/**
 * The content words of an English passage in order: search forms ({@link englishWordForm}: lowercase,
 * plural folded) without stop words, numbers or single letters, each with its surface form.
 *
 * @example passageTerms('The role of SMEs in 2016') // [{ form: 'role', … }, { form: 'sme', surface: 'SMEs' }]
 */
export function passageTerms(text: string): PassageTerm[] {
  return passageTermsUnchecked(parseArgument(textArgumentSchema, text, 'text'))
}

/** {@link passageTerms} without the argument check, for loops inside core. */
export function passageTermsUnchecked(text: string): PassageTerm[] {
  const terms: PassageTerm[] = []
  for (const word of englishWordsUnchecked(text)) {
    if (word.form.length < MIN_TERM_LENGTH || /^[\d.]+$/.test(word.form)) continue
    if (TOPIC_STOP_WORDS.has(word.form)) continue
    terms.push({ form: word.form, surface: word.text })
  }
  return terms
}
