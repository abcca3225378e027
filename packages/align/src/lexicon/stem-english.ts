import { irregularForms } from './irregular-forms.js'

/** Stems shorter than this are left alone: stripping "-s" from "is" or "-ed" from "red" only hurts. */
const MIN_STEM_LENGTH = 3

/** Prefix length kept: "development" and "develop" meet at "develo"; CEDICT glosses vary in suffix. */
const STEM_PREFIX_LENGTH = 6

/** Inflection suffixes and what replaces them, tried in order; the first that fits wins. */
const SUFFIX_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ies$/, 'y'],
  [/(ss|sh|ch|x|z)es$/, '$1'],
  [/([^su])s$/, '$1'],
  [/ing$/, ''],
  [/ied$/, 'y'],
  [/ed$/, ''],
  [/ly$/, ''],
]

/**
 * Light English stemming for matching against dictionary glosses: lowercase, irregular forms to their
 * base ("saw" → "see"), then strip a plural, "-ing", "-ed" or "-ly", a doubled final consonant
 * ("stopped" → "stop") and a final "e" ("smiled" and "smile" → "smil"), and cut to a fixed prefix.
 * Crude on purpose: both sides of every comparison go through it, so only collisions matter.
 *
 * @example stemEnglish('Developing') // 'develo'
 */
export function stemEnglish(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '')
  const base = irregularForms.get(lower) ?? lower
  let stem = stripSuffix(base)
  if (stem !== base && /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) stem = stem.slice(0, -1)
  if (stem.length > MIN_STEM_LENGTH && stem.endsWith('e')) stem = stem.slice(0, -1)
  return stem.length > STEM_PREFIX_LENGTH ? stem.slice(0, STEM_PREFIX_LENGTH) : stem
}

function stripSuffix(word: string): string {
  for (const [pattern, replacement] of SUFFIX_RULES) {
    if (!pattern.test(word)) continue
    const stripped = word.replace(pattern, replacement)
    return stripped.length >= MIN_STEM_LENGTH ? stripped : word
  }
  return word
}
