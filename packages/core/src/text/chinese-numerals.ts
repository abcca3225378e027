/** The digits 一 (1) to 九 (9), at their value's index minus one. */
const DIGITS = '一二三四五六七八九'
/** A numeral from 一 to 九十九: optional tens digit, optional 十, optional units digit. */
const NUMERAL = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/

/**
 * The value of a Chinese numeral from 一 (1) to 九十九 (99), as in headings ("四、", "（十二）");
 * `undefined` for anything else.
 *
 * @example
 * parseChineseNumeral('十二') // 12
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  const match = NUMERAL.exec(numeral)
  if (!match || numeral === '') return undefined
  const [, tens, ten, units] = match
  if (ten === undefined) return units === undefined && tens !== undefined ? digitValue(tens) : undefined
  return (tens === undefined ? 1 : digitValue(tens)) * 10 + (units === undefined ? 0 : digitValue(units))
}

/** The value of one digit 一..九. */
function digitValue(digit: string): number {
  return DIGITS.indexOf(digit) + 1
}
