import { describe, expect, it } from 'vitest'
import { EmptyInputError, InvalidInputError } from '../errors.js'
import { assertReadableText, outlineOptionsSchema, parseReadOptions } from './read-options.js'

describe('parseReadOptions', () => {
  it('returns valid options', () => {
    expect(parseReadOptions(outlineOptionsSchema, { id: 'a', sourceFile: 'a.txt' })).toEqual({ id: 'a', sourceFile: 'a.txt' })
  })

  it('throws InvalidInputError naming the field', () => {
    const read = (): unknown => parseReadOptions(outlineOptionsSchema, { id: '', sourceFile: 'a.txt' })
    expect(read).toThrow(InvalidInputError)
    expect(read).toThrow(/Expected `options.id` to be at least 1 character long, received the string "". Pass `\{ id, sourceFile \}`/)
  })
})

describe('assertReadableText', () => {
  it('accepts text', () => {
    expect(() => assertReadableText('x', 'a')).not.toThrow()
  })

  it('throws EmptyInputError for empty and white-space-only text', () => {
    expect(() => assertReadableText('', 'doc')).toThrow(EmptyInputError)
    expect(() => assertReadableText('', 'doc')).toThrow(
      'Expected text to read as document "doc", received an empty string. Pass the contents of the file, not its name, and check that the file is not empty.',
    )
    expect(() => assertReadableText('\uFEFF \r\n\u3000', 'doc')).toThrow(/received only white space/)
  })

  it('throws InvalidInputError for a non-string', () => {
    expect(() => assertReadableText(new Uint8Array(2), 'doc')).toThrow(InvalidInputError)
    expect(() => assertReadableText(null, 'doc')).toThrow(/Expected `text` to be a string, received null/)
  })
})
