// Reads at an index that must exist. Under `noUncheckedIndexedAccess` every indexed read is
// `T | undefined`; a `?? 0` there turns a wrong index into a wrong posterior without a word. Such a read
// is written `table[index] ?? outOfRange(table, index)` instead: with checks on it throws an
// InternalError, and with checks off it is a plain read. V8 types an in-range typed-array load as a
// number, so the `??` folds away in optimised code and the call is never made.
//
// The read is written out at each place rather than hidden in a helper `at(table, index)`: the
// aligner's hot path is one optimised function with the bead value's scorers inlined into it, V8 spends a
// fixed budget of inlined bytecode on it, and helper calls at its hundred-odd reads used enough of it that
// scorers stopped being inlined (the Bible 10,000 aligned 5–6 % slower). A fallback call that never runs
// costs only its own few bytes.
import { InternalError } from '@duiqi/core'

let checking = checksFromEnvironment()

/**
 * What `table[index] ?? outOfRange(table, index)` falls back on, for a read that gave `undefined` at an
 * index that must exist. With checks on it throws an {@link InternalError} that names the index and
 * the table's range; with checks off it gives the `undefined` back, as a plain read would. Typed
 * `never` so that the read has the element's type.
 */
export function outOfRange(table: ArrayLike<unknown>, index: number): never {
  if (!checking) return undefined as never
  const expected = table.length === 0 ? 'no index (the table is empty)' : `an integer index from 0 to ${table.length - 1}`
  throw new InternalError(
    `Expected ${expected}, got ${index}: a read out of range in the aligner's tables. This is a bug in duiqi; please report it with the input.`,
  )
}

/** Turns the range checks on or off (tests do, to show what a bad index does either way). */
export function setChecks(on: boolean): void {
  checking = on
}

/** Whether {@link outOfRange} throws. */
export function checksOn(): boolean {
  return checking
}

/** On under vitest, off elsewhere; DUIQI_CHECKS=1 or 0 overrides either. Read once, when the module loads. */
function checksFromEnvironment(): boolean {
  // No process (a browser): the environment says nothing, so the defaults hold.
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {}
  const asked = environment['DUIQI_CHECKS']
  if (asked !== undefined) return asked === '1'
  return environment['VITEST'] !== undefined
}
