import type { Document, Language } from '../model/schemas.js'
import { textArgumentSchema } from '../model/primitive-arguments.js'
import { parseArgument } from '../parse-argument.js'
import { looksLikeOutline } from '../text/looks-like-outline.js'
import { readChineseOutline } from '../text/read-chinese-outline.js'
import { readEnglishOutline } from '../text/read-english-outline.js'
import { readPlainText } from '../text/read-plain-text.js'
import { readPresplit } from '../text/read-presplit.js'
import { READER_HINT, readTextOptionsSchema } from './read-arguments.js'

/** How a plain text is read: one sentence a line, numbered headings and labels, plain paragraphs, or whichever fits (`auto`). */
export type TextReadMode = 'auto' | 'presplit' | 'outline' | 'plain'

/**
 * Reads a plain text or markdown string: one sentence a line (`presplit`), numbered headings and part
 * labels (`outline`), plain paragraphs (`plain`), or, with `auto`, outline when the text has numbered
 * headings, else plain.
 */
export function readText(text: string, options: { id: string; sourceFile: string; language: Language; read: TextReadMode }): Document {
  parseArgument(textArgumentSchema, text, 'text')
  parseArgument(readTextOptionsSchema, options, 'options', READER_HINT)
  const { id, sourceFile, language, read } = options
  if (read === 'presplit') return readPresplit(text, { id, sourceFile, language })
  const outline = read === 'outline' || (read === 'auto' && looksLikeOutline(text, language))
  if (!outline) return readPlainText(text, { id, sourceFile, language })
  return language === 'zh' ? readChineseOutline(text, { id, sourceFile }) : readEnglishOutline(text, { id, sourceFile })
}

