import { z } from 'zod'
import { EmptyInputError } from '../errors.js'
import { languageSchema } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'

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
  return parseArgument(schema, options, 'options', 'Pass `{ id, sourceFile }` (plus `language` for plain text) with a non-empty `id`.')
}

/**
 * Checks that `text` is a string with something to read. Throws `InvalidInputError` for a non-string
 * and `EmptyInputError` (argument = the document id) for empty or white-space-only text.
 */
export function assertReadableText(text: unknown, id: string): asserts text is string {
  const checked = parseArgument(z.string(), text, 'text', 'Decode the file first (as UTF-8) and pass its contents.')
  if (checked.trim() !== '') return
  const received = checked === '' ? 'an empty string' : 'only white space'
  throw new EmptyInputError(
    id,
    `Expected text to read as document "${id}", received ${received}. ` +
      'Pass the contents of the file, not its name, and check that the file is not empty.',
  )
}
