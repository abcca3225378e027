import { describe, expect, it } from 'vitest'
import { matchItemNumber } from './item-numbers.js'

describe('matchItemNumber', () => {
  it('reads numbered, decimal, lettered, roman, bullet and section numbers', () => {
    expect(matchItemNumber('12a. The commitment')).toEqual({ kind: 'numbered', text: '12a.', key: '12a' })
    expect(matchItemNumber('2.1 Governments should')).toEqual({ kind: 'numbered', text: '2.1', key: '2.1' })
    expect(matchItemNumber('b) Promote children’s')).toEqual({ kind: 'letter', text: 'b)', key: 'b' })
    expect(matchItemNumber('iv. Coordinating')).toEqual({ kind: 'roman', text: 'iv.', key: 'iv' })
    expect(matchItemNumber('• Raising awareness')).toEqual({ kind: 'bullet', text: '•', key: '' })
    expect(matchItemNumber('Section 2. Overarching')).toEqual({ kind: 'section', text: 'Section 2.', key: '2' })
  })

  it('reads "i." after "h." as a letter, and leaves running text alone', () => {
    expect(matchItemNumber('i. the next item', 'h')).toMatchObject({ kind: 'letter', key: 'i' })
    expect(matchItemNumber('i. the next item', 'b')).toMatchObject({ kind: 'roman', key: 'i' })
    expect(matchItemNumber('i.e. firms of 5 years')).toBeUndefined()
    expect(matchItemNumber('19 pandemic has highlighted')).toBeUndefined()
    expect(matchItemNumber('2017. The year')).toBeUndefined()
  })
})
