import type { z } from 'zod'
import { InvalidInputError } from '../errors.js'

/**
 * Checks an options object at a public entry point; throws `InvalidInputError` naming the first bad
 * field (`options.limit`), what was wrong, and `hint` (the options the function takes).
 */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, options: unknown, hint: string): z.output<Schema> {
  const result = schema.safeParse(options ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = ['options', ...(issue?.path ?? []).map(String)].join('.')
  throw new InvalidInputError(field, `Expected valid options, but \`${field}\` is wrong: ${issue?.message ?? 'invalid'}. ${hint}`, {
    cause: result.error,
  })
}
