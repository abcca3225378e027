import { z } from 'zod'
import { EmptyInputError, InvalidInputError } from '../errors.js'
import { languageSchema } from '../model/schemas.js'

/** Options of the outline readers (`readEnglishOutline`, `readChineseOutline`). */
export const outlineOptionsSchema = z.object({
  /** Document id, the prefix of every sentence, paragraph and part id (`nir-en` gives `nir-en:s0`). */
  id: z.string().min(1),
  /** File name of the source, kept in the document. */
  sourceFile: z.string(),
  /** Document title; defaults to the title heading's text, else `sourceFile`. */
  title: z.string().optional(),
})
export type OutlineOptions = z.infer<typeof outlineOptionsSchema>

/** Options of `readPlainText` and `readPresplit`. */
export const plainTextOptionsSchema = outlineOptionsSchema.extend({
  /** The language of the text, which decides how sentences are split. */
  language: languageSchema,
})
export type PlainTextOptions = z.infer<typeof plainTextOptionsSchema>

/** Checks a reader's options at the public boundary; throws `InvalidInputError` naming the bad field. */
export function parseReadOptions<Options>(schema: z.ZodType<Options>, options: unknown): Options {
  const result = schema.safeParse(options)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = ['options', ...(issue?.path ?? []).map(String)].join('.')
  throw new InvalidInputError(
    field,
    `Expected valid reader options, but \`${field}\` is wrong: ${issue?.message ?? 'invalid'}. ` +
      'Pass `{ id, sourceFile }` (plus `language` for plain text) with a non-empty `id`.',
    { cause: result.error },
  )
}

/**
 * Checks that `text` is a string with something to read. Throws `InvalidInputError` for a non-string
 * and `EmptyInputError` (argument = the document id) for empty or white-space-only text.
 */
export function assertReadableText(text: unknown, id: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new InvalidInputError(
      'text',
      `Expected the text of document "${id}" as a string, received ${text === null ? 'null' : typeof text}. ` +
        'Decode the file first (as UTF-8) and pass its contents.',
    )
  }
  if (text.trim() !== '') return
  const received = text === '' ? 'an empty string' : 'only white space'
  throw new EmptyInputError(
    id,
    `Expected text to read as document "${id}", received ${received}. ` +
      'Pass the contents of the file, not its name, and check that the file is not empty.',
  )
}
