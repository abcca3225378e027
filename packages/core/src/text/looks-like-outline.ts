import { languageArgumentSchema, textArgumentSchema } from '../model/primitive-arguments.js'
import type { Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { parseChineseHeading } from './chinese-headings.js'
import { splitLines } from './lines.js'
import { isHeadingLine } from './markup.js'
import { sentenceTextUnchecked } from './normalize.js'

/** At least this many heading lines make a text an outline rather than plain paragraphs. */
const OUTLINE_MIN_HEADINGS = 3

/**
 * Whether a text reads as an outline: at least three lines that the outline reader of its language
 * takes as headings (`一、概要`, `（一）合作研究` in Chinese; `### 1. Overview` or a line bold as a whole
 * in English). `align` reads such a text with `readChineseOutline` / `readEnglishOutline` in `auto` mode.
 */
export function looksLikeOutline(text: string, language: Language): boolean {
  parseArgument(textArgumentSchema, text, 'text')
  parseArgument(languageArgumentSchema, language, 'language')
  let headings = 0
  for (const line of splitLines(text)) {
    const raw = text.slice(line.start, line.end)
    const heading = language === 'zh' ? parseChineseHeading(sentenceTextUnchecked(raw), 0) !== undefined : isHeadingLine(raw)
    if (heading && ++headings >= OUTLINE_MIN_HEADINGS) return true
  }
  return false
}
