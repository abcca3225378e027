/** Stems shorter than this are left alone: stripping "-s" from "is" or "-ed" from "red" only hurts. */
const MIN_STEM_LENGTH = 3

/** Prefix length kept: "development" and "develop" meet at "develo"; CEDICT glosses vary in suffix. */
const STEM_PREFIX_LENGTH = 6

/**
 * Light English stemming for matching against dictionary glosses: lowercase, then strip a plural,
 * "-ing", "-ed", "-ly", and cut to a fixed prefix. Crude on purpose: both sides of every comparison
 * go through the same function, so only collisions matter, and they are rare at six letters.
 *
 * @example stemEnglish('Developing') // 'develo'
 */
export function stemEnglish(word: string): string {
  let stem = word.toLowerCase().replace(/['’]s$/, '')
  stem = stripSuffix(stem)
  return stem.length > STEM_PREFIX_LENGTH ? stem.slice(0, STEM_PREFIX_LENGTH) : stem
}

function stripSuffix(word: string): string {
  const rules: ReadonlyArray<readonly [RegExp, string]> = [
    [/ies$/, 'y'],
    [/(ss|sh|ch|x|z)es$/, '$1'],
    [/([^s])s$/, '$1'],
    [/ing$/, ''],
    [/ied$/, 'y'],
    [/ed$/, ''],
    [/ly$/, ''],
  ]
  for (const [pattern, replacement] of rules) {
    if (!pattern.test(word)) continue
    const stripped = word.replace(pattern, replacement)
    return stripped.length >= MIN_STEM_LENGTH ? stripped : word
  }
  return word
}
