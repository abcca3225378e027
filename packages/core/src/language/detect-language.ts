import { francAll } from 'franc'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'
import { languageSchema } from '../model/schemas.js'
import { englishFunctionWords } from './english-function-words.js'

/** What a text looks like: `zh`, `en`, or the ISO 639-3 code of another language (`fra`, `jpn`, `und`). */
export interface LanguageGuess {
  readonly language: string
  /** How sure the guess is, in [0, 1]. */
  readonly confidence: number
  /** Share of Han characters among the letters of the sample. */
  readonly hanShare: number
  /** Letters in the sample (Han characters included): below a dozen or so, a guess says little. */
  readonly letters: number
}

/** Enough text to decide; reading more only costs time. */
const SAMPLE_LENGTH = 20_000
/** Han at least this share of the letters makes a text Chinese (Latin tokens like G20 stay a minority). */
const CHINESE_HAN_SHARE = 0.5
/**
 * Kana among the CJK characters above this share makes a text Japanese, not Chinese: Japanese prose is
 * mostly kana, while Chinese quoting a Japanese title (《ドラえもん》) keeps Han dominant.
 */
const JAPANESE_KANA_SHARE = 0.25
/** English function words at least this share of the words make a text English even where franc hesitates. */
const ENGLISH_FUNCTION_WORD_SHARE = 0.18
/** franc is unreliable on short strings; below this many letters it is not asked. */
const FRANC_MIN_LETTERS = 40
/** A Latin-script text is another language than English only with at least this many different words... */
const FRANC_MIN_DISTINCT_WORDS = 5
/** ...and when franc scores English at most this far below its best guess (scores are relative, best = 1). */
const FRANC_MAX_ENGLISH_SCORE = 0.85
/** Latin-script languages franc chooses among, so that it does not answer with a rare language on little text. */
const LATIN_LANGUAGES = ['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'swe', 'dan', 'nob', 'pol', 'ces', 'tur', 'vie', 'ind']

/**
 * Function words left out of the count: ENGLISH_FUNCTION_WORD_SHARE was calibrated without them, and
 * every word added would raise the share of any Latin-script text, English or not.
 */
const UNCOUNTED_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'nor into onto than then those were being there who whom would shall could might must also no so if'.split(' '),
)
/** The {@link englishFunctionWords} whose share tells English from other Latin-script languages. */
const COUNTED_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...englishFunctionWords].filter((word) => !UNCOUNTED_FUNCTION_WORDS.has(word)),
)

/**
 * Guesses the language of a text: the share of Han characters tells Chinese; kana Japanese, hangul
 * Korean; among Latin-script texts, English function words and franc (restricted to common languages)
 * tell English from the rest.
 */
export function detectLanguage(text: string): LanguageGuess {
  parseArgument(textArgumentSchema, text, 'text')
  const sample = text.slice(0, SAMPLE_LENGTH)
  const counts = countScripts(sample)
  const letters = counts.han + counts.kana + counts.hangul + counts.latin + counts.other
  if (letters === 0) return { language: 'und', confidence: 0, hanShare: 0, letters }
  const hanShare = counts.han / letters
  const cjk = counts.han + counts.kana
  if (cjk / letters >= CHINESE_HAN_SHARE) {
    // Kana in quotes and titles (《ドラえもん》, “ありがとう”) is quoted Japanese; the text around them tells.
    const frame = counts.kana === 0 ? counts : frameCounts(sample, counts)
    const frameCjk = frame.han + frame.kana
    const kanaShare = frame.kana / frameCjk
    if (kanaShare > JAPANESE_KANA_SHARE) return { language: 'jpn', confidence: kanaShare, hanShare, letters }
    return { language: 'zh', confidence: 1 - kanaShare, hanShare, letters }
  }
  if (counts.hangul / letters >= CHINESE_HAN_SHARE) return { language: 'kor', confidence: counts.hangul / letters, hanShare, letters }
  if (counts.latin / letters < CHINESE_HAN_SHARE) return { language: 'und', confidence: 0, hanShare, letters }
  return guessLatinLanguage(sample, counts.latin, hanShare, letters)
}

function guessLatinLanguage(sample: string, latinLetters: number, hanShare: number, letters: number): LanguageGuess {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? []
  const functionShare = words.length === 0 ? 0 : words.filter((word) => COUNTED_FUNCTION_WORDS.has(word)).length / words.length
  if (latinLetters < FRANC_MIN_LETTERS) {
    return { language: functionShare > 0 || words.length > 0 ? 'en' : 'und', confidence: Math.min(1, functionShare * 3), hanShare, letters }
  }
  const ranked = francAll(sample, { only: LATIN_LANGUAGES, minLength: 1 })
  const [best, second] = ranked
  if (best === undefined) return { language: 'und', confidence: 0, hanShare, letters }
  const englishScore = ranked.find(([code]) => code === 'eng')?.[1] ?? 0
  const francConfident = new Set(words).size >= FRANC_MIN_DISTINCT_WORDS && englishScore <= FRANC_MAX_ENGLISH_SCORE
  if (best[0] === 'eng' || functionShare >= ENGLISH_FUNCTION_WORD_SHARE || !francConfident) {
    return { language: 'en', confidence: Math.min(1, Math.max(functionShare * 3, 0.6)), hanShare, letters }
  }
  return { language: best[0], confidence: 1 - (second?.[1] ?? 0) / 2, hanShare, letters }
}

/** Below this share of Han among the letters, a text stated to be Chinese is not Chinese. */
const PLAUSIBLE_HAN_SHARE = 0.2

/**
 * Whether a text can be in the language the caller stated: Chinese needs a real share of Han among its
 * letters, English mostly Latin letters. A stated language is checked this way, not overruled by a guess.
 */
export function isPlausibleLanguage(text: string, language: 'zh' | 'en'): boolean {
  parseArgument(textArgumentSchema, text, 'text')
  parseArgument(languageSchema, language, 'language')
  const counts = countScripts(text.slice(0, SAMPLE_LENGTH))
  const letters = counts.han + counts.kana + counts.hangul + counts.latin + counts.other
  if (letters === 0) return false
  if (language === 'zh') return counts.han / letters >= PLAUSIBLE_HAN_SHARE
  return counts.latin / letters >= CHINESE_HAN_SHARE
}

interface ScriptCounts {
  han: number
  kana: number
  hangul: number
  latin: number
  other: number
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0, other: 0 }
  for (const character of text) {
    if (HAN.test(character)) counts.han++
    else if (KANA.test(character)) counts.kana++
    else if (HANGUL.test(character)) counts.hangul++
    else if (LATIN.test(character)) counts.latin++
    else if (LETTER.test(character)) counts.other++
  }
  return counts
}

/** The script counts of a text outside its quotes and titles, or of all of it where nothing CJK is left outside. */
function frameCounts(sample: string, counts: ScriptCounts): ScriptCounts {
  const frame = countScripts(sample.replace(QUOTED, ''))
  return frame.han + frame.kana === 0 ? counts : frame
}

/** A span in quotes or title marks on one line: 《…》 〈…〉 「…」 『…』 “…” ‘…’ （…） 【…】. */
const QUOTED = /《[^《》\n]*》|〈[^〈〉\n]*〉|「[^「」\n]*」|『[^『』\n]*』|“[^“”\n]*”|‘[^‘’\n]*’|（[^（）\n]*）|【[^【】\n]*】/gu
const HAN = /\p{Script=Han}/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
const HANGUL = /\p{Script=Hangul}/u
const LATIN = /\p{Script=Latin}/u
const LETTER = /\p{L}/u

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  zh: 'Chinese', en: 'English', eng: 'English', cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean',
  fra: 'French', deu: 'German', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', nld: 'Dutch',
  swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', pol: 'Polish', ces: 'Czech', tur: 'Turkish',
  vie: 'Vietnamese', ind: 'Indonesian', und: 'no recognisable language',
}

/** A readable name for a code that `detectLanguage` returns ("fra" → "French"). */
export function languageName(code: string): string {
  parseArgument(textArgumentSchema, code, 'code')
  return LANGUAGE_NAMES[code] ?? code
}
