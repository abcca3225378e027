import type { Span } from '../segment/span.js'

/** A word that a number after it belongs to ("Annex 2", "Section 1"): that number is no marker. */
const NUMBERING_WORD = '(?:annex|section|chapter|part|article|page|table|figure|box|no\\.|goal|target)'

/**
 * How a footnote number is set in the running text of a PDF extraction, most telling first:
 * glued to the word it follows ("job creation8", "Declaration”4)"), standing apart before punctuation
 * ("ecosystems 9 ,", "(I-7 1 )", a heading's "ENVIRONMENT 2"), or glued to a year ("Sao Paulo in
 * 20145." for 2014 and note 5). Each starts with the number and looks behind it afterwards, so the
 * engine only tries the places where the digits occur instead of every offset of the window.
 */
const MARKER_PATTERNS: ReadonlyArray<(number: number) => RegExp> = [
  (number) => new RegExp(`${number}(?!\\p{N})(?=[\\s,.;:)\\]]|$)(?<=[\\p{Ll}’”"')\\]]${number})`, 'gu'),
  (number) => new RegExp(`${number}(?=(?: ?[,.;:)\\]])|[ \\t]*$)(?<=\\S ${number})(?<!${NUMBERING_WORD} ${number})`, 'gmiu'),
  (number) => new RegExp(`${number}(?=[\\s,.;:)]|$)(?<=\\b(?:19|20)\\d\\d${number})`, 'gmu'),
]

/** The compiled patterns per footnote number: the line scan asks for the same few numbers again and again. */
const compiledPatterns = new Map<number, readonly RegExp[]>()

function markerPatterns(number: number): readonly RegExp[] {
  let patterns = compiledPatterns.get(number)
  if (patterns === undefined) compiledPatterns.set(number, (patterns = MARKER_PATTERNS.map((pattern) => pattern(number))))
  return patterns
}

/**
 * Finds the marker of footnote `number` in `text` between `from` and `to`: the first match of the
 * most telling pattern that matches at all, outside the `excluded` spans (notes and page furniture
 * found so far). Returns the span of the digits.
 */
export function findFootnoteMarker(
  text: string,
  number: number,
  from: number,
  to: number,
  excluded: readonly Span[] = [],
): Span | undefined {
  const window = text.slice(from, to)
  for (const pattern of markerPatterns(number)) {
    for (const match of window.matchAll(pattern)) {
      const start = from + match.index
      const span = { start, end: start + match[0].length }
      if (!excluded.some((other) => other.start <= span.start && span.end <= other.end)) return span
    }
  }
  return undefined
}
