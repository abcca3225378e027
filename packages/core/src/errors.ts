/** Every kind of failure duiqi reports, so callers can branch on `error.code`. */
export type DuiqiErrorCode =
  | 'INVALID_INPUT'
  | 'EMPTY_INPUT'
  | 'LANGUAGE_MISMATCH'
  | 'SCHEMA_MISMATCH'
  | 'LIMIT_EXCEEDED'
  | 'NOT_FOUND'
  | 'WRITE_FAILED'
  | 'INTERNAL'

/** Base class of all errors duiqi throws on purpose. Messages say what was expected, what came, and what to do. */
export class DuiqiError extends Error {
  readonly code: DuiqiErrorCode

  constructor(code: DuiqiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DuiqiError'
    this.code = code
  }
}

/** An argument is malformed: binary data, an invalid option, text that cannot be read. */
export class InvalidInputError extends DuiqiError {
  /** Which argument was wrong (`source`, `target`, `options.maxSentences`, a file name…). */
  readonly argument: string

  constructor(argument: string, message: string, options?: { cause?: unknown }) {
    super('INVALID_INPUT', message, options)
    this.name = 'InvalidInputError'
    this.argument = argument
  }
}

/** An argument holds no text to align (empty, or white space only). */
export class EmptyInputError extends DuiqiError {
  readonly argument: string

  constructor(argument: string, message: string) {
    super('EMPTY_INPUT', message)
    this.name = 'EmptyInputError'
    this.argument = argument
  }
}

/** A text is not in the language expected of it. */
export class LanguageMismatchError extends DuiqiError {
  readonly argument: string
  /** The language expected (`zh`, `en`). */
  readonly expected: string
  /** What the text looks like: `zh`, `en`, or an ISO 639-3 code from franc (`fra`, `deu`, `und`). */
  readonly detected: string

  constructor(argument: string, expected: string, detected: string, message: string) {
    super('LANGUAGE_MISMATCH', message)
    this.name = 'LanguageMismatchError'
    this.argument = argument
    this.expected = expected
    this.detected = detected
  }
}

/** A value does not fit a schema (a corpus file, say); `path` names the first field that failed. */
export class SchemaMismatchError extends DuiqiError {
  readonly path: string

  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super('SCHEMA_MISMATCH', message, options)
    this.name = 'SchemaMismatchError'
    this.path = path
  }
}

/** An input is larger than a documented limit; the message names the option that raises it. */
export class LimitExceededError extends DuiqiError {
  readonly limit: number
  readonly actual: number

  constructor(limit: number, actual: number, message: string) {
    super('LIMIT_EXCEEDED', message)
    this.name = 'LimitExceededError'
    this.limit = limit
    this.actual = actual
  }
}

/** A lookup by id found nothing (`corpus.section('9.9')`). */
export class NotFoundError extends DuiqiError {
  readonly id: string

  constructor(id: string, message: string) {
    super('NOT_FOUND', message)
    this.name = 'NotFoundError'
    this.id = id
  }
}

/** An output could not be written: a full disk, a missing folder, a closed pipe; `path` names the output. */
export class WriteFailedError extends DuiqiError {
  /** The file written, or `standard output`. */
  readonly path: string

  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super('WRITE_FAILED', message, options)
    this.name = 'WriteFailedError'
    this.path = path
  }
}

/**
 * duiqi broke one of its own promises (an alignment that is not monotone, a sentence in two beads): a
 * bug, reported instead of a wrong answer. The message says what broke; please report it with the input.
 */
export class InternalError extends DuiqiError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INTERNAL', message, options)
    this.name = 'InternalError'
  }
}
