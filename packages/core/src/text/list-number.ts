/** One to three digits and a full-width or ASCII full stop, not the start of a decimal ("1．", "2.", not "4.0"). */
const LIST_NUMBER = /^\d{1,3}[．.](?!\d)/

/**
 * The list number a paragraph's text opens with, as written ("1．", "3."), if any.
 *
 * @example
 * matchListNumber('1．举办新工业革命相关会议') // '1．'
 */
export function matchListNumber(text: string): string | undefined {
  return LIST_NUMBER.exec(text)?.[0]
}
