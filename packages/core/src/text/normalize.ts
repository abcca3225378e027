import { WHITE_SPACE_RUN } from '../segment/white-space.js'
import { BOLD_MARKER, HEADING_MARKER } from './markup.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'


/**
 * The text of a sentence from its raw source span: markup removed (`**` bold markers, a leading `#`
 * heading marker) and each run of white space (U+3000 and line breaks included) folded to one
 * space, trimmed. A sentence's `text` is always `sentenceText(source.slice(start, end))`.
 *
 * @example
 * sentenceText('**Background:** As the\n\npremier forum') // 'Background: As the premier forum'
 */
export function sentenceText(raw: string): string {
  return sentenceTextUnchecked(parseArgument(textArgumentSchema, raw, 'raw'))
}

/** {@link sentenceText} without the argument check, for loops inside core. */
export function sentenceTextUnchecked(raw: string): string {
  return raw
    .trim()
    .replace(HEADING_MARKER, '')
    .replace(BOLD_MARKER, '')
    .replace(WHITE_SPACE_RUN, ' ')
    .trim()
}
