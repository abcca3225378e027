import { LanguageMismatchError, type Language } from '@duiqi/core'

/** A side counts as Chinese when at least this share of its letters are Han characters. */
const MIN_CHINESE_SHARE = 0.3

/** Fewer letters than this on a side ("1.", "Q&A") say nothing about its language. */
const MIN_LETTERS = 10

/**
 * Which side is Chinese: the one whose letters are mostly Han characters. With too few letters to
 * tell, the side with the larger Han share (the source on a tie). Throws {@link LanguageMismatchError}
 * when both sides clearly are in the same language.
 */
export function detectSourceLanguage(source: readonly string[], target: readonly string[]): Language {
  const sourceShare = hanShare(source)
  const targetShare = hanShare(target)
  if (sourceShare >= MIN_CHINESE_SHARE && targetShare < MIN_CHINESE_SHARE) return 'zh'
  if (targetShare >= MIN_CHINESE_SHARE && sourceShare < MIN_CHINESE_SHARE) return 'en'
  if (letterCount(source) < MIN_LETTERS || letterCount(target) < MIN_LETTERS) return targetShare > sourceShare ? 'en' : 'zh'
  const detected = sourceShare >= MIN_CHINESE_SHARE ? 'zh' : 'en'
  throw new LanguageMismatchError(
    'source',
    detected === 'zh' ? 'en' : 'zh',
    detected,
    `Expected one side in Chinese and the other in English, detected ${detected} on both sides ` +
      `(Han share ${sourceShare.toFixed(2)} in the source, ${targetShare.toFixed(2)} in the target). ` +
      "Pass a Chinese and an English text, or set `{ sourceLanguage: 'zh' }` or `{ sourceLanguage: 'en' }`.",
  )
}

const HAN = /\p{Script=Han}/u
const LETTER = /\p{L}/u

function letterCount(texts: readonly string[]): number {
  let letters = 0
  for (const text of texts) for (const character of text) if (LETTER.test(character)) letters++
  return letters
}

/** Share of Han characters among the letters of some texts, in [0, 1]; 0 for texts without letters. */
export function hanShare(texts: readonly string[]): number {
  let han = 0
  let letters = 0
  for (const text of texts) {
    for (const character of text) {
      if (HAN.test(character)) han++
      else if (!LETTER.test(character)) continue
      letters++
    }
  }
  return letters === 0 ? 0 : han / letters
}
