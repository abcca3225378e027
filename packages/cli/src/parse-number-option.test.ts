import { InvalidArgumentError } from 'commander'
import { describe, expect, it } from 'vitest'
import { parsePositiveInteger, parseShare } from './parse-number-option.js'
import { runCli } from './__fixtures__/run-cli.js'

describe('parsePositiveInteger', () => {
  it('takes decimal digits', () => {
    expect(parsePositiveInteger('5')).toBe(5)
    expect(parsePositiveInteger('120')).toBe(120)
    expect(parsePositiveInteger('007')).toBe(7)
  })

  it.each(['0x10', '0b11', '0o7', '1e3', '5.0', '+5', '-5', ' 5', '5 ', '', '0', 'Infinity', '9007199254740993'])('refuses "%s"', (value) => {
    expect(() => parsePositiveInteger(value)).toThrow(InvalidArgumentError)
    expect(() => parsePositiveInteger(value)).toThrow(`expected a whole number of 1 or more in decimal digits, got "${value}".`)
  })
})

describe('parseShare', () => {
  it.each([
    ['70', 0.7],
    ['70%', 0.7],
    ['0.7', 0.7],
    ['.7', 0.7],
    ['72.5%', 0.725],
    ['1.5%', 0.015],
    ['1%', 0.01],
    ['100', 1],
    ['100%', 1],
    ['0', 0],
    ['0%', 0],
    ['2', 0.02],
  ])('reads "%s" as %d', (value, share) => {
    expect(parseShare(value)).toBeCloseTo(share, 12)
  })

  it.each(['', ' ', '1', '01', '1.0', '1.5', '72.5', '150', '150%', '-5', '0x10', '70 %', '1e1', '%', '.', 'abc'])('refuses "%s"', (value) => {
    expect(() => parseShare(value)).toThrow(InvalidArgumentError)
  })

  it('says why 1 is refused', () => {
    expect(() => parseShare('1')).toThrow('expected a percentage, 70 or 70% (0 to 100), or a fraction with its point, 0.7, got "1" (1% or 100%? write the % sign).')
  })
})

describe('duiqi number options', () => {
  it.each([
    [['tm', 'SMEs', '--threshold', '']],
    [['tm', 'SMEs', '--threshold', '1.5']],
    [['tm', 'SMEs', '--threshold', '1']],
    [['tm', 'SMEs', '--limit', '0x10']],
    [['search', 'SMEs', '--limit', '1e1']],
  ])('refuses %j as bad usage (exit 2)', async (argv) => {
    const result = await runCli(argv)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^duiqi: option '--(threshold|limit) <(share|n)>' argument '.*' is invalid\. expected .* \(see duiqi --help\)\n$/)
  })
})
