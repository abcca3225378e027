import { isWhiteSpaceCode } from './white-space.js'

/** The first offset from `index` whose character is not in `chars`. */
export function skipWhile(text: string, index: number, chars: ReadonlySet<string>): number {
  let end = index
  while (end < text.length && chars.has(text.charAt(end))) end++
  return end
}

/** The first offset from `index` that is not white space. */
export function skipWhiteSpace(text: string, index: number): number {
  let end = index
  while (end < text.length && isWhiteSpaceCode(text.charCodeAt(end))) end++
  return end
}
