import { detectLanguage, LanguageMismatchError, type Language } from '@duiqi/core'

/** Fewer letters than this on a side ("1.", "Q&A") say nothing about its language. */
const MIN_LETTERS = 10

/**
 * Which side is Chinese, by core's `detectLanguage` (the one Han-share rule of duiqi) on each side's
 * sentences: the side it calls Chinese. With too few letters to tell, the side with the larger Han
 * share (the source on a tie). Throws {@link LanguageMismatchError} when both sides clearly are in one language.
 */
export function detectSourceLanguage(source: readonly string[], target: readonly string[]): Language {
  const sourceGuess = detectLanguage(source.join('\n'))
  const targetGuess = detectLanguage(target.join('\n'))
  const sourceIsChinese = sourceGuess.language === 'zh'
  const targetIsChinese = targetGuess.language === 'zh'
  if (sourceIsChinese && !targetIsChinese) return 'zh'
  if (targetIsChinese && !sourceIsChinese) return 'en'
  if (sourceGuess.letters < MIN_LETTERS || targetGuess.letters < MIN_LETTERS) return targetGuess.hanShare > sourceGuess.hanShare ? 'en' : 'zh'
  const detected = sourceIsChinese ? 'zh' : 'en'
  throw new LanguageMismatchError(
    'source',
    detected === 'zh' ? 'en' : 'zh',
    detected,
    `Expected one side in Chinese and the other in English, detected ${detected} on both sides ` +
      `(Han share ${sourceGuess.hanShare.toFixed(2)} in the source, ${targetGuess.hanShare.toFixed(2)} in the target). ` +
      "Pass a Chinese and an English text, or set `{ sourceLanguage: 'zh' }` or `{ sourceLanguage: 'en' }`.",
  )
}
