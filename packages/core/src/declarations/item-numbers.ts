/** What kind of number opens a paragraph or heading. */
export type ItemKind = 'numbered' | 'letter' | 'roman' | 'bullet' | 'section'

/** The number that opens a line ("12a.", "2.1", "b)", "iv.", "•", "Section 2."). */
export interface ItemNumber {
  readonly kind: ItemKind
  /** As written, without the white space after it. */
  readonly text: string
  /** The number alone, as it goes into an id ("12a", "2.1", "b", "iv", "2"); empty for a bullet. */
  readonly key: string
}

/** "Section 2." opening an annex's part. */
const SECTION = /^Section (\d{1,2})\.(?=\s)/
/** "1.1", "2.3" (decimal numbering of annex paragraphs). */
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2})+)\.?(?=\s)/
/** "1.", "12a." (numbered paragraphs of a declaration). */
const NUMBERED = /^(\d{1,3}[a-z]?)\.(?=\s)/
/** "i.", "iv)" (lowercase roman numerals). */
const ROMAN = /^(i{1,3}|iv|vi{0,3}|ix|xi{0,3})[.)](?=\s)/
/** "a.", "b)" (lettered items). */
const LETTER = /^([a-z])[.)](?=\s)/
/** Bullets of itemised lists. */
const BULLET = /^[•⮚▪●◦■](?=\s)/u

/**
 * The number that opens `text`, if any. A lowercase roman numeral that is also the next letter of an
 * open lettered list ("i." after "h.") counts as a letter.
 *
 * @param previousLetter - The key of the last lettered item of the list being read, if one is open.
 */
export function matchItemNumber(text: string, previousLetter?: string): ItemNumber | undefined {
  const section = SECTION.exec(text)
  if (section) return { kind: 'section', text: section[0], key: section[1]! }
  const decimal = DECIMAL.exec(text) ?? NUMBERED.exec(text)
  if (decimal) return { kind: 'numbered', text: decimal[0], key: decimal[1]! }
  const roman = ROMAN.exec(text)
  if (roman && !continuesLetters(roman[1]!, previousLetter)) return { kind: 'roman', text: roman[0], key: roman[1]! }
  const letter = LETTER.exec(text)
  if (letter) return { kind: 'letter', text: letter[0], key: letter[1]! }
  const bullet = BULLET.exec(text)
  if (bullet) return { kind: 'bullet', text: bullet[0], key: '' }
  return undefined
}

/** Whether `key` is the letter after `previousLetter` ("i" after "h"). */
function continuesLetters(key: string, previousLetter: string | undefined): boolean {
  return key.length === 1 && previousLetter !== undefined && previousLetter.charCodeAt(0) + 1 === key.charCodeAt(0)
}
