import { textArgumentSchema } from '../model/argument-schemas.js'
import { languageSchema, type Language } from '../model/schemas.js'
import { InvalidInputError } from '../errors.js'
import { parseArgument } from '../parse-argument.js'
import { spanSchema, type Span } from './span.js'
import { trimWhiteSpace } from './white-space.js'

/**
 * Where a sentence may also end, though the splitter did not end it there: the places a translator
 * often starts a new sentence. In Chinese after `；`, after `：` that does not open a quotation (a
 * quotation after `说：` is rendered with its speech tag, so the tag and the quotation stay one; nor between
 * digits, "21：37"), and
 * after a dash run `——` inside a sentence; in English after `.`, `!` or `?` before a lowercase word
 * (a sentence the splitter would not end there, "… his pocket. short-long-long …"), and after `:`
 * before a capital ("a success: The more transparent …"). The aligner cuts a sentence at one only
 * when the translation fits the pieces better.
 */
const CLAUSE_ENDS: Readonly<Record<Language, RegExp>> = {
  zh: /[；;](?=\s*\S)|：(?!\s*[“‘「『"'（(])(?<!\d：(?=\d))(?=\s*\S)|—+(?=\s*[^—\s”’」』"'）)])/gu,
  en: /(?<=[\p{Ll}\p{Lu}\d)"'”’]{2})[.!?]["'”’)]*(?=\s+\p{Ll})|:(?=\s+[\p{Lu}])/gu,
}

/** A piece must hold a letter, a digit or a Han character: a lone mark is no sentence. */
const HAS_WORD = /[\p{L}\p{N}]/u

/** The last letter, digit or Han character of a text (−1 from `search` when it has none). */
const LAST_WORD = /[\p{L}\p{N}][^\p{L}\p{N}]*$/u

/**
 * The pieces a sentence span of `text` may be cut into at its clause marks (see above), as spans trimmed
 * of white space that together cover every non-white-space character of the span, in order; one piece
 * (the span itself) when it has no such place. Linear in the span's length.
 *
 * @example clausePieces('他来了；她走了。', { start: 0, end: 8 }, 'zh') // [{ start: 0, end: 4 }, { start: 4, end: 8 }]
 */
export function clausePieces(text: string, span: Span, language: Language): Span[] {
  const checkedText = parseArgument(textArgumentSchema, text, 'text')
  const checkedSpan = parseArgument(spanSchema, span, 'span')
  if (checkedSpan.start > checkedSpan.end || checkedSpan.end > checkedText.length) {
    throw new InvalidInputError('span', `Expected \`span\` inside the text (start ≤ end ≤ ${checkedText.length}), received { start: ${checkedSpan.start}, end: ${checkedSpan.end} }.`)
  }
  return clausePiecesUnchecked(checkedText, checkedSpan, parseArgument(languageSchema, language, 'language'))
}

/** {@link clausePieces} without the argument checks, for loops inside core. */
function clausePiecesUnchecked(text: string, span: Span, language: Language): Span[] {
  const slice = text.slice(span.start, span.end)
  // Where the span's last word character stands: a cut must leave one after it.
  const lastWord = span.start + slice.search(LAST_WORD)
  const pieces: Span[] = []
  let start = span.start
  let scanned = start
  let hasWord = false
  for (const match of slice.matchAll(CLAUSE_ENDS[language])) {
    const end = span.start + match.index + match[0].length
    // Each piece must stand as a sentence: a mark at the very start or end makes no cut. Each stretch is read once.
    hasWord ||= HAS_WORD.test(text.slice(scanned, end))
    scanned = end
    if (!hasWord || end > lastWord) continue
    pieces.push(trimWhiteSpace(text, start, end))
    start = end
    hasWord = false
  }
  pieces.push(trimWhiteSpace(text, start, span.end))
  return pieces
}
