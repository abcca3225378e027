import { englishFunctionWords, englishWords, looksLikeAcronym, type EnglishWord } from '@duiqi/core'

/** An English term candidate seen in a bead: its key (search forms joined by spaces) and the text as written. */
export interface EnglishCandidate {
  readonly key: string
  readonly surface: string
  readonly kind: 'acronym' | 'phrase' | 'word'
}

/** Longest phrase considered, in words: policy terms rarely run longer ("new industrial infrastructure"). */
const MAX_PHRASE_WORDS = 4

/**
 * Words that neither open nor close a term (inside one, "of" and "and" may stand: "Internet of Things"):
 * the {@link englishFunctionWords} plus quantifiers, adverbs, prepositions and pronouns.
 */
const BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  ...englishFunctionWords,
  ...(
    'any each every most others some many much very well only however therefore ' +
    'thus hence including include especially particularly within among between through during across ' +
    'about around up down out over under again further even still yet already while whether both either ' +
    'them he she i you his her your my us whose what when where why how here had'
  ).split(' '),
])

/**
 * Verbs and adverbs that open the clauses of policy prose ("Encourage members to…", "jointly promote")
 * and so would glue themselves to the terms next to them; a term neither starts nor ends with one.
 */
const OPENING_WORDS: ReadonlySet<string> = new Set(
  (
    'encourage promote support strengthen explore enhance facilitate foster create establish ensure raise ' +
    'share enable help improve reduce increase address continue continued consider discuss organize release ' +
    'highlight conduct recognize stimulate deepen focus reiterate implement implementing adopt cultivate pursue ' +
    'provide bring brings lack achieve accelerate make take give featured face faces pose poses play plays ' +
    'jointly actively greatly often increasingly collaboratively continuously dramatically potentially ' +
    'currently already better good major key relevant necessary respective several certain various'
  ).split(' '),
)

/** Single words with these endings are nouns often enough to be worth pairing (standardization, employment). */
const NOUN_ENDING = /(tion|sion|ment|ness|ity|ance|ence|ure|ism|ship|ogy|ics|ist|ian|ery|cy)$/

/** Adjective endings: a phrase ending in one is the start of a longer term ("sustainable economic"). */
const ADJECTIVE_ENDING = /(al|ic|ous|able|ible|ful|less)$/

/** Agent nouns (-er, -or) shorter than this are more often adjectives or adverbs ("major", "better"). */
const MIN_AGENT_NOUN_LENGTH = 7

/**
 * The English term candidates of a text: acronyms (NIR, G20); phrases of 2–4 words that do not cross
 * punctuation or cut a hyphenated word, neither start nor end with a function word, and do not start
 * with a clause-opening verb; single words that look like nouns (a noun ending, or seen in the plural).
 * Keys use search forms, so case and plural do not matter, and the words of a defined acronym's
 * expansion are replaced by the acronym (`expansions`: expansion key → acronym key), so "IPR",
 * "intellectual property rights" and, inside phrases, "IPR protection" and "intellectual property
 * rights protection" meet.
 */
export function englishCandidates(text: string, expansions: ReadonlyMap<string, string>): EnglishCandidate[] {
  const candidates: EnglishCandidate[] = []
  const longest = Math.max(MAX_PHRASE_WORDS, ...[...expansions.keys()].map((key) => key.split(' ').length))
  for (const chunk of phraseChunks(text)) {
    for (let start = 0; start < chunk.length; start++) {
      for (let length = 1; length <= longest && start + length <= chunk.length; length++) {
        const candidate = candidateAt(text, chunk.slice(start, start + length), expansions)
        if (candidate !== undefined) candidates.push(candidate)
      }
    }
  }
  return candidates
}

function candidateAt(text: string, words: readonly EnglishWord[], expansions: ReadonlyMap<string, string>): EnglishCandidate | undefined {
  const first = words[0]!
  const last = words.at(-1)!
  if (/\p{L}-$/u.test(text.slice(first.start - 2, first.start)) || /^-\p{L}/u.test(text.slice(last.end, last.end + 2))) return undefined
  const surface = text.slice(first.start, last.end)
  const key = replaceExpansions(words.map((word) => word.form).join(' '), expansions)
  const acronym = expansions.get(key)
  if (acronym !== undefined || (words.length === 1 && isAcronym(first))) return { key: acronym ?? key, surface, kind: 'acronym' }
  if (words.length > MAX_PHRASE_WORDS) return undefined
  if (BOUNDARY_WORDS.has(first.form) || BOUNDARY_WORDS.has(last.form)) return undefined
  if (OPENING_WORDS.has(first.form) || OPENING_WORDS.has(last.form) || words.some((word) => !isWord(word))) return undefined
  if (words.length === 1) return looksLikeNoun(first) ? { key, surface, kind: 'word' } : undefined
  return ADJECTIVE_ENDING.test(last.form) ? undefined : { key, surface, kind: 'phrase' }
}

/** The key with each defined expansion inside it replaced by its acronym ("intellectual property right protection" → "ipr protection"). */
function replaceExpansions(key: string, expansions: ReadonlyMap<string, string>): string {
  if (expansions.has(key)) return key
  let replaced = ` ${key} `
  for (const [expansion, acronym] of expansions) replaced = replaced.replaceAll(` ${expansion} `, ` ${acronym} `)
  return replaced.trim()
}

/** Runs of words not separated by punctuation (a hyphen or apostrophe does not separate). */
export function phraseChunks(text: string): EnglishWord[][] {
  const chunks: EnglishWord[][] = []
  let chunk: EnglishWord[] = []
  let previousEnd = -1
  for (const word of englishWords(text)) {
    if (previousEnd >= 0 && !/^[\s\-‐]*$/u.test(text.slice(previousEnd, word.start))) {
      chunks.push(chunk)
      chunk = []
    }
    chunk.push(word)
    previousEnd = word.end
  }
  chunks.push(chunk)
  return chunks.filter((words) => words.length > 0)
}

function isAcronym(word: EnglishWord): boolean {
  return /\p{L}/u.test(word.text) && looksLikeAcronym(word.text)
}

/** Letters only, three or more, or an acronym: not a number, not a list letter. */
function isWord(word: EnglishWord): boolean {
  return /^\p{L}[\p{L}'’]{2,}$/u.test(word.text) || isAcronym(word)
}

function looksLikeNoun(word: EnglishWord): boolean {
  const lower = word.text.toLowerCase().replace(/['’]s?$/, '')
  if (lower.length <= 3) return false
  const plural = lower !== word.form && lower.endsWith('s')
  return plural || NOUN_ENDING.test(word.form) || (/(er|or)$/.test(word.form) && word.form.length >= MIN_AGENT_NOUN_LENGTH)
}
