/** Chinese digits and their values; 〇 and 零 both write zero. */
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/** Chinese unit characters: 十 multiplies the digit before it by ten, and so on. */
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

/** Chinese myriads, which close a group: 三千万 is 3000 × 10,000. */
const CHINESE_MYRIADS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 }

/** Words in which numerals are not numbers: 十分 "very", 一样 "same", 万一 "in case". */
const NON_NUMERIC_WORDS = /十分|一[样直定切些起般致边旦向再度道同共]|万一|统一|唯一|之一|一一/gu

/** A run of Chinese numerals. */
const CHINESE_NUMERAL_RUN = /[〇零一二两三四五六七八九十百千万亿]+/gu

/**
 * The numbers a Chinese text writes with Chinese numerals: 二十八 → 28, 一九八九 → 1989, 两千 → 2000.
 * A lone 一 is skipped (it is mostly "a", not "one"), and so are idioms like 十分 "very".
 *
 * @example chineseNumerals('二十八面直径为九米的天线') // [28, 9]
 */
export function chineseNumerals(text: string): number[] {
  const numbers: number[] = []
  for (const [run] of text.replace(NON_NUMERIC_WORDS, ' ').matchAll(CHINESE_NUMERAL_RUN)) {
    if (run === '一' || run === '零' || run === '〇') continue
    numbers.push(parseChineseNumeral(run))
  }
  return numbers
}

/** The value of one run of Chinese numerals (read leniently: every run gives a number). */
export function parseChineseNumeral(run: string): number {
  const characters = [...run]
  const positional = characters.every((character) => CHINESE_DIGITS[character] !== undefined)
  if (positional) return Number(characters.map((character) => CHINESE_DIGITS[character]).join(''))
  let total = 0
  let group = 0
  let digit: number | undefined
  for (const character of characters) {
    const value = CHINESE_DIGITS[character]
    const unit = CHINESE_UNITS[character]
    const myriad = CHINESE_MYRIADS[character]
    if (value !== undefined) digit = value
    else if (unit !== undefined) {
      group += (digit ?? 1) * unit
      digit = undefined
    } else if (myriad !== undefined) {
      total += (group + (digit ?? 0)) * myriad
      group = 0
      digit = undefined
    }
  }
  return total + group + (digit ?? 0)
}

/** English cardinals below twenty. "one" is left out: it is mostly a pronoun or "a". */
const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}

/** English tens. */
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

/** English ordinals that are unambiguous ("second" is also a unit of time, "first" too common). */
const ORDINALS: Readonly<Record<string, number>> = {
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000,
}

/** English scale words. */
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 }

/**
 * The numbers an English text writes in words: "twenty-eight" → 28, "two hundred" → 200,
 * "eighteenth" → 18 is not covered (only the ordinals listed in ORDINALS are).
 *
 * @example englishNumberWords('a line of twenty-eight dishes, each nine meters across') // [28, 9]
 */
export function englishNumberWords(text: string): number[] {
  const numbers: number[] = []
  let current: number | undefined
  const flush = (): void => {
    if (current !== undefined && current !== 1) numbers.push(current)
    current = undefined
  }
  for (const [word] of text.toLowerCase().matchAll(/[a-z]+|[^a-z\s-]+/g)) {
    const small = SMALL_NUMBERS[word] ?? TENS[word] ?? (word === 'one' && current !== undefined ? 1 : undefined)
    const scale = SCALES[word]
    if (small !== undefined) current = (current ?? 0) + small
    else if (scale !== undefined) current = (current ?? 1) * scale
    else if (word === 'and' && current !== undefined) continue
    else {
      flush()
      const ordinal = ORDINALS[word]
      if (ordinal !== undefined) numbers.push(ordinal)
    }
  }
  flush()
  return numbers
}

/** Arabic numbers: "2,006" → 2006, "2.726" → 2.726, "18th" → 18. */
export function arabicNumbers(text: string): number[] {
  const numbers: number[] = []
  for (const [written] of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) numbers.push(Number(written.replaceAll(',', '')))
  return numbers
}
