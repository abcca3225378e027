import { SchemaMismatchError } from '../errors.js'
import { firstIssue } from '../model/first-issue.js'
import { alignedCorpusSchema, type AlignedCorpus } from '../model/schemas.js'

/** The result of `safeParseCorpus`. */
export type SafeParseCorpusResult =
  | { readonly success: true; readonly value: AlignedCorpus }
  | { readonly success: false; readonly error: SchemaMismatchError }

/** Checks an untrusted value (a parsed corpus JSON file) against the schema; throws SchemaMismatchError naming the field. */
export function parseCorpus(value: unknown): AlignedCorpus {
  const result = safeParseCorpus(value)
  if (!result.success) throw result.error
  return result.value
}

/** Like `parseCorpus`, but returns `{ success: false, error }` instead of throwing. */
export function safeParseCorpus(value: unknown): SafeParseCorpusResult {
  const result = alignedCorpusSchema.safeParse(value)
  if (result.success) return { success: true, value: result.data }
  const { path, message } = firstIssue(result.error)
  const error = new SchemaMismatchError(
    path,
    `The corpus does not fit the AlignedCorpus schema at ${path}: ${message}. Make it with \`duiqi align --format json\` or check the field.`,
    { cause: result.error },
  )
  return { success: false, error }
}
