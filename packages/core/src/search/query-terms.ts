import { chineseDomainTerms, segmentChineseWords } from '../segment/chinese-words.js'
import { encodeHanTerm, type ChineseSegmentation } from './chinese-search-terms.js'
import { englishWords, searchStopWords } from './english-words.js'

/** What a query asks for: its runs of Han characters and the search forms of its Latin words. */
export interface QueryTerms {
  readonly han: readonly string[]
  readonly words: readonly string[]
}

/** An index term a query requires; `prefix` for a lone Han character, matched as the start of a pair. */
export interface RequiredTerm {
  readonly term: string
  readonly prefix: boolean
}

/**
 * Splits a query into Han runs and Latin word forms. Stop words are dropped, as in the index, so that
 * "role of SMEs" does not require "of"; a query of stop words only asks for nothing.
 */
export function parseQueryTerms(query: string): QueryTerms {
  const han = [...query.normalize('NFKC').matchAll(/\p{Script=Han}+/gu)].map(([run]) => run)
  const words = englishWords(query).map((word) => word.form).filter((form) => !searchStopWords.has(form))
  return { han, words: [...new Set(words)] }
}

/**
 * The index terms every hit must hold: each Han run's overlapping pairs (a lone character by prefix)
 * and each word form. Built from the same pairs as the index, so a run split differently by
 * segmentit in query and text is still found.
 */
export function requiredTerms(terms: QueryTerms): RequiredTerm[] {
  const required: RequiredTerm[] = []
  for (const run of terms.han) {
    const characters = [...run]
    if (characters.length === 1) required.push({ term: encodeHanTerm(run), prefix: true })
    for (let index = 0; index + 1 < characters.length; index++) {
      required.push({ term: encodeHanTerm(characters[index]! + characters[index + 1]!), prefix: false })
    }
  }
  for (const word of terms.words) required.push({ term: word, prefix: false })
  return dedupe(required)
}

/**
 * Whole words of the query's Chinese, which rank a bead that holds the word above one where the
 * characters only meet across a word boundary; they are not required.
 */
export function rankingTerms(terms: QueryTerms, segmentation: ChineseSegmentation): string[] {
  const words = new Set<string>()
  for (const run of terms.han) {
    if (segmentation === 'words') {
      for (const word of segmentChineseWords(run)) if ([...word].length > 1) words.add(word)
    } else {
      for (const term of chineseDomainTerms) if (run.includes(term)) words.add(term)
    }
  }
  return [...words].map(encodeHanTerm)
}

function dedupe(terms: readonly RequiredTerm[]): RequiredTerm[] {
  const seen = new Set<string>()
  return terms.filter((term) => {
    const key = `${term.prefix ? '*' : ''}${term.term}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
