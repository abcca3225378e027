import type { Document } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { documentArgumentSchema } from './read-arguments.js'
import { z } from 'zod'

/** Where a character of a document's text is in the file it was read from. */
export interface SourcePosition {
  /** The member of a container file (`word/document.xml`); absent for a plain file. */
  readonly part?: string
  /** The paragraph of `part` (Word files). */
  readonly block?: number
  /** UTF-16 offset in the decoded file (plain text, HTML), or in the paragraph's text (Word). */
  readonly offset: number
  /** False when the character stands for a longer stretch of the file (`&amp;`): `offset` is where that stretch starts. */
  readonly exact: boolean
}

/**
 * Where the character at `offset` of a document's text is in its file: for plain text and markdown the
 * offset itself; for a structured format, through `document.origin`. `undefined` for a character the
 * reader wrote (the blank line between two blocks).
 */
export function sourcePosition(document: Document, offset: number): SourcePosition | undefined {
  parseArgument(documentArgumentSchema, document, 'document', 'Pass a document from a reader (`readFile`, `readHtml`).')
  parseArgument(z.number().int().nonnegative(), offset, 'offset')
  if (document.origin === undefined) return offset >= 0 && offset < document.text.length ? { offset, exact: true } : undefined
  const pieces = document.origin.pieces
  let low = 0
  let high = pieces.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const piece = pieces[middle]
    if (piece === undefined) break
    if (offset < piece.start) high = middle - 1
    else if (offset >= piece.end) low = middle + 1
    else {
      const exact = piece.end - piece.start === piece.sourceEnd - piece.sourceStart
      const where = { ...(piece.part === undefined ? {} : { part: piece.part }), ...(piece.block === undefined ? {} : { block: piece.block }) }
      return { ...where, offset: exact ? piece.sourceStart + offset - piece.start : piece.sourceStart, exact }
    }
  }
  return undefined
}
