import type { z } from 'zod'
import { parseArgument } from '../parse-argument.js'

/**
 * Checks an options object at a public entry point (absent means `{}`, `null` is refused) with
 * `parseArgument`: `InvalidInputError` naming the first bad field (`options.limit`), then `hint`.
 */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, options: unknown, hint: string): z.output<Schema> {
  return parseArgument(schema, options === undefined ? {} : options, 'options', hint)
}
