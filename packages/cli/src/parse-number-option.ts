import { InvalidArgumentError } from 'commander'

/** Decimal digits only: no sign, no spaces, no `0x10`, `1e3` or `5.0`, which `Number()` would take. */
const WHOLE_NUMBER = /^[0-9]+$/
/** A percentage: `70%`, `72.5%`. */
const PERCENT = /^([0-9]+(?:\.[0-9]+)?)%$/
/** A fraction below 1, with its point: `0.7`, `.7`. */
const FRACTION = /^0?\.[0-9]+$/

/** Commander parser for a positive whole number in decimal digits (`--limit 5`); a wrong value is a usage error. */
export function parsePositiveInteger(value: string): number {
  const number = WHOLE_NUMBER.test(value) ? Number(value) : Number.NaN
  if (!(number >= 1 && Number.isSafeInteger(number))) throw new InvalidArgumentError(`expected a whole number of 1 or more in decimal digits, got "${value}".`)
  return number
}

/** What `parseShare` takes, for the help of an option. */
export const SHARE_HELP = 'a percentage, 70 or 70% (0 to 100), or a fraction with its point, 0.7'

/**
 * Commander parser for a share, one grammar: a percentage with `%` (`70%`, `72.5%`), a whole number of
 * percent (`70`), or a fraction below 1 with its point (`0.7`, `.7`); all of these are 0.7. `1` (1 % or
 * 100 %?), `1.5` (1.5 % or 150 %?), '' and anything else are refused as a usage error, never guessed.
 */
export function parseShare(value: string): number {
  const share = readShare(value)
  if (share === undefined || !(share >= 0 && share <= 1)) {
    const advice = value === '1' || /^1\.0*$/.test(value) ? ' (1% or 100%? write the % sign)' : ''
    throw new InvalidArgumentError(`expected ${SHARE_HELP}, got "${value}"${advice}.`)
  }
  return share
}

function readShare(value: string): number | undefined {
  const percent = PERCENT.exec(value)
  if (percent !== null) return Number(percent[1]) / 100
  if (WHOLE_NUMBER.test(value) && value !== '1' && !/^0+1$/.test(value)) return Number(value) / 100
  if (FRACTION.test(value)) return Number(value)
  return undefined
}
