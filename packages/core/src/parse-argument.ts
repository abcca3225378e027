import * as core from 'zod/v4/core'
import { InvalidInputError } from './errors.js'

/**
 * Checks one argument of a public function against its schema and returns the parsed value (defaults
 * filled in). On a mismatch it throws `InvalidInputError` whose `argument` is the path to the first wrong
 * value (`options.maxSentences`, `source[2]`, `records[0].zh`) and whose message says what was expected,
 * what came, and `hint` (what to pass instead). Call it once per public call, never in a hot loop.
 */
export function parseArgument<Schema extends core.$ZodType>(schema: Schema, value: unknown, argument: string, hint?: string): core.output<Schema> {
  if (!(schema instanceof core.$ZodType)) {
    throw new InvalidInputError('schema', `Expected \`schema\` to be a zod schema, received ${describeValue(schema, undefined)}. Pass a schema such as \`z.string()\`.`)
  }
  const result = core.safeParse(schema, value)
  if (result.success) return result.data
  const issue = deepestIssue(result.error.issues[0])
  const path = issue?.path ?? []
  const field = argument + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')
  const expectation = issue === undefined ? 'to be valid' : expected(issue)
  const message = `Expected \`${field}\` ${expectation}, received ${describeValue(valueAt(value, path), issue)}.`
  throw new InvalidInputError(field, hint === undefined ? message : `${message} ${hint}`, { cause: result.error })
}

/**
 * The issue to report: for a value that fits none of a union's shapes, the first issue of the shape it
 * came closest to (the longest path), its path prefixed with the union's.
 */
function deepestIssue(issue: core.$ZodIssue | undefined): core.$ZodIssue | undefined {
  if (issue?.code !== 'invalid_union' || issue.errors.length === 0) return issue
  const firsts = issue.errors.map((branch) => deepestIssue(branch[0])).filter((inner) => inner !== undefined)
  const closest = firsts.reduce<core.$ZodIssue | undefined>((best, inner) => (best === undefined || inner.path.length > best.path.length ? inner : best), undefined)
  return closest === undefined || closest.path.length === 0 ? issue : { ...closest, path: [...issue.path, ...closest.path] }
}

function expected(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `to be ${withArticle(issue.expected)}`
    case 'invalid_value':
      return `to be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'too_small':
      return `to be ${bound(issue.origin, issue.inclusive === false ? 'greater than' : 'at least', issue.minimum)}`
    case 'too_big':
      return `to be ${bound(issue.origin, issue.inclusive === false ? 'less than' : 'at most', issue.maximum)}`
    case 'unrecognized_keys':
      return `to have no key ${issue.keys.map((key) => `\`${key}\``).join(', ')}`
    case 'invalid_union':
      return 'to be one of the accepted shapes'
    case 'custom':
      // Custom checks (functionSchema) word their message as "Expected a function …".
      return issue.message.startsWith('Expected ') ? `to be ${issue.message.slice('Expected '.length)}` : `to pass the check "${issue.message}"`
    default:
      return `to pass the check "${issue.message}"`
  }
}

function bound(origin: string, relation: string, limit: number | bigint): string {
  const plural = Number(limit) === 1 ? '' : 's'
  if (origin === 'string') return `${relation} ${limit} character${plural} long`
  if (origin === 'array' || origin === 'set') return `${relation} ${limit} item${plural} long`
  return `a number ${relation} ${limit}`
}

function withArticle(type: string): string {
  if (type === 'null' || type === 'undefined' || type === 'never') return type
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

/** The value at a schema issue's path inside the argument (undefined where the path leaves it). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || (typeof current !== 'object' && typeof current !== 'function')) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/** Longest string quoted in a message. */
const QUOTED_LENGTH = 40

/** What came, in words: `null`, `nothing (undefined, or a hole in an array)`, `the string "x"`, `an array of 3 items`. */
function describeValue(value: unknown, issue: core.$ZodIssue | undefined): string {
  if (issue?.code === 'unrecognized_keys') return 'an object with them'
  if (value === null) return 'null'
  if (value === undefined) return 'nothing (undefined, or a hole in an array)'
  if (typeof value === 'string') {
    const shown = value.length > QUOTED_LENGTH ? `${value.slice(0, QUOTED_LENGTH)}…` : value
    return `the string ${JSON.stringify(shown)}`
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`
  if (typeof value === 'function') return 'a function'
  if (Array.isArray(value)) return `an array of ${value.length} items`
  return typeof value === 'object' ? 'an object' : typeof value
}
