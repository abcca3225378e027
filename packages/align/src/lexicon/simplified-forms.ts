import { createRequire } from 'node:module'

/**
 * Characters frequent in traditional Chinese that simplified Chinese never writes (們 這 個 國 說 …):
 * a text where they make up a share of the Han characters is traditional. A simplified text holds none
 * of them, so it is never converted and reads exactly as before.
 */
const TRADITIONAL_ONLY = new Set([...'們這個國說會來時為與學對後發經過還進開關實現問將麼長無種體點當從業動麗樣頭認幾應該電話裡讓寫聽見買賣錢東車門間題氣們愛變'])

/** Share of Han characters that must be {@link TRADITIONAL_ONLY} for a text to be read as traditional. */
const TRADITIONAL_SHARE = 0.01

const HAN = /\p{Script=Han}/u

/** The part of opencc-js this module uses: a converter from one locale's script to another's. */
interface OpenCC {
  Converter(options: { from: string; to: string }): (text: string) => string
}

let toSimplified: ((text: string) => string) | undefined

/**
 * The texts as the lexicon looks their words up: traditional Chinese (Taiwan, Hong Kong) converted
 * character by character to simplified with OpenCC (opencc-js, `tw` → `cn`), so segmentit's simplified
 * dictionary segments it and the simplified words find their translations (資訊 → 资讯 → information);
 * simplified text unchanged. Only the lookup forms change: the sentences, their offsets and their text
 * stay as written. A text whose conversion would change its length is kept as it is (lengths line up
 * with the sentences' spans), so a word is never looked up at the wrong place.
 */
export function simplifiedLookupForms(texts: readonly string[]): readonly string[] {
  if (!looksTraditional(texts)) return texts
  toSimplified ??= loadConverter()
  const convert = toSimplified
  return texts.map((text) => {
    const simplified = convert(text)
    return simplified.length === text.length ? simplified : text
  })
}

/** Any one of {@link TRADITIONAL_ONLY}: a simplified text, which holds none, is told by one native scan. */
const ANY_TRADITIONAL_ONLY = new RegExp(`[${[...TRADITIONAL_ONLY].join('')}]`, 'u')

function looksTraditional(texts: readonly string[]): boolean {
  if (!texts.some((text) => ANY_TRADITIONAL_ONLY.test(text))) return false
  let han = 0
  let traditional = 0
  for (const text of texts) {
    for (const character of text) {
      if (!HAN.test(character)) continue
      han++
      if (TRADITIONAL_ONLY.has(character)) traditional++
    }
  }
  return han > 0 && traditional / han >= TRADITIONAL_SHARE
}

/** opencc-js, loaded on first use (its dictionaries take about 70 ms to build), not on import. */
function loadConverter(): (text: string) => string {
  const openCC = createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC
  return openCC.Converter({ from: 'tw', to: 'cn' })
}
