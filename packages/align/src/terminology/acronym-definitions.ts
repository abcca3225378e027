import { englishWordForm, parseArgument } from '@duiqi/core'
import { z } from 'zod'

/** An acronym defined in the text by its expansion: "intellectual property rights (IPR)". */
export interface AcronymDefinition {
  /** The acronym as written ("SMEs"). */
  readonly acronym: string
  /** The expansion as written, quotes dropped ("small and medium sized enterprises"). */
  readonly expansion: string
}

/** The texts argument: any iterable (an array, a generator) of strings. */
const iterableSchema = z.custom<Iterable<unknown>>((value) => typeof (value as Iterable<unknown> | null)?.[Symbol.iterator] === 'function' && typeof value !== 'string', 'Expected an iterable of strings')
const textsSchema = z.array(z.string())

/** "long form (SHORT)": a parenthesis holding one token of 2–10 characters with a capital letter. */
const DEFINITION_PATTERN = /\(\s*([\p{L}\p{N}&.'’-]{2,10})\s*\)/gu

/**
 * The acronyms defined in a text, by Schwartz & Hearst's algorithm (2003, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text"): the characters of the acronym are found
 * right to left in the words before the parenthesis, the first at the start of a word. Keyed by the
 * acronym's search form (`sme` for SMEs and SME); the first definition of an acronym wins.
 *
 * @example findAcronymDefinitions(['… intellectual property rights (IPR) …']).get('ipr')?.expansion // 'intellectual property rights'
 */
export function findAcronymDefinitions(texts: Iterable<string>): Map<string, AcronymDefinition> {
  const list = parseArgument(textsSchema, [...parseArgument(iterableSchema, texts, 'texts')], 'texts')
  const definitions = new Map<string, AcronymDefinition>()
  for (const text of list) {
    for (const match of text.matchAll(DEFINITION_PATTERN)) {
      const acronym = match[1]!
      if (!/\p{Lu}/u.test(acronym) || !/^\p{L}/u.test(acronym)) continue
      const expansion = expansionBefore(text.slice(0, match.index), acronym)
      const key = englishWordForm(acronym)
      if (expansion !== undefined && !definitions.has(key)) definitions.set(key, { acronym, expansion })
    }
  }
  return definitions
}

/** The expansion of `acronym` ending just before the parenthesis, or undefined when the words do not spell it. */
function expansionBefore(before: string, acronym: string): string | undefined {
  const letters = [...acronym].filter((character) => /[\p{L}\p{N}]/u.test(character)).length
  const maxWords = Math.min(letters + 5, letters * 2)
  const clause = before.split(/[.;:,()]\s/).at(-1) ?? ''
  const words = clause.trim().split(/\s+/).slice(-maxWords).join(' ')
  const longForm = bestLongForm(acronym, words)
  if (longForm === undefined) return undefined
  const expansion = longForm.replace(/[“”"‘’]/g, '').trim()
  const wordCount = expansion.split(/\s+/).length
  if (wordCount < 2 || expansion.length <= acronym.length) return undefined
  return expansion
}

/** Schwartz & Hearst's matching of the short form's characters, right to left, in the long form. */
function bestLongForm(shortForm: string, longForm: string): string | undefined {
  const short = shortForm.toLowerCase()
  const long = longForm.toLowerCase()
  let shortIndex = short.length - 1
  let longIndex = long.length - 1
  while (shortIndex >= 0) {
    const character = short[shortIndex]!
    if (!isAlphanumeric(character)) {
      shortIndex--
      continue
    }
    while (
      (longIndex >= 0 && long[longIndex] !== character) ||
      (shortIndex === 0 && longIndex > 0 && isAlphanumeric(long[longIndex - 1]!))
    ) {
      longIndex--
    }
    if (longIndex < 0) return undefined
    longIndex--
    shortIndex--
  }
  const start = long.lastIndexOf(' ', longIndex) + 1
  return longForm.slice(start)
}

function isAlphanumeric(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character)
}
