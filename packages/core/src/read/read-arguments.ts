import { z } from 'zod'
import { inputFormatSchema, languageSchema } from '../model/schemas.js'

/** A file's bytes, as `readFile` and `decodeBytes` take them (a Node Buffer is one). */
export const bytesSchema = z.instanceof(Uint8Array)
export const BYTES_HINT = 'Pass the file\'s bytes as a Uint8Array (a Node Buffer, or `new Uint8Array(await file.arrayBuffer())` in a browser).'

/** Options every reader takes: the document's id and file name, and, if known, its language. */
const readerOptionsSchema = z.object({
  id: z.string().min(1),
  sourceFile: z.string(),
  language: languageSchema.optional(),
})

export const htmlOptionsSchema = readerOptionsSchema.extend({ encoding: z.string().optional() })
export const docxOptionsSchema = readerOptionsSchema
export const readFileOptionsSchema = readerOptionsSchema.extend({
  format: inputFormatSchema.optional(),
  encoding: z.string().optional(),
  read: z.enum(['auto', 'presplit', 'outline', 'plain']).optional(),
})
export const readTextOptionsSchema = readerOptionsSchema.extend({ language: languageSchema, read: z.enum(['auto', 'presplit', 'outline', 'plain']) })
export const decodeOptionsSchema = z.object({ encoding: z.string().optional(), name: z.string().optional(), argument: z.string().optional() }).optional()
export const detectedFormatSchema = z.enum(['text', 'markdown', 'html', 'text-or-html'])
/** A document as `sourcePosition` reads it: its text (checked once a call, so not its whole tree). */
export const documentArgumentSchema = z.object({ type: z.literal('document'), text: z.string() })
export const READER_HINT = 'Pass `{ id, sourceFile }` with a non-empty `id` (and `language`, `format`, `encoding` where known).'
