import { describe, expect, it } from 'vitest'
import { EmptyInputError, InvalidInputError } from '../errors.js'
import { measureSegmentitWork } from '../segment/__fixtures__/segmentit-work.js'
import { hanWindowLimits } from '../segment/chinese-words.js'
import { planExcerpt } from './__fixtures__/plan-excerpt.js'
import { beadText } from './bead-text.js'
import type { TermEntry } from './glossary-entry.js'
import { createSearchIndex } from './search-index.js'

const corpus = planExcerpt()
const index = createSearchIndex(corpus)
const chineseBeads = (term: string): string[] => [...corpus.beads()].filter((bead) => beadText(bead, 'zh').includes(term)).map((bead) => bead.id)

describe('createSearchIndex', () => {
  it('finds every bead whose Chinese holds a term, with both sides and every occurrence', () => {
    const hits = index.search('中小企业', { limit: 100 })
    expect(hits.map((hit) => hit.bead.id).sort()).toEqual(chineseBeads('中小企业').sort())
    expect(hits.every((hit) => hit.language === 'zh' && hit.bead.en.length > 0)).toBe(true)
    const zhMatches = hits.flatMap((hit) => hit.matches)
    expect(zhMatches).toHaveLength(12)
    expect(zhMatches.every((match) => match.text === '中小企业')).toBe(true)
  })

  it('gives offsets into the bead text', () => {
    const [hit] = index.search('知识产权')
    const match = hit!.matches[0]!
    expect(beadText(hit!.bead, match.language).slice(match.start, match.end)).toBe('知识产权')
  })

  it('finds a term split differently in query and text through character pairs', () => {
    // segmentit reads 企业论坛 in 世界中小企业论坛 differently from the query; pairs still meet.
    expect(index.search('中小企业论坛').map((hit) => hit.bead.id)).toEqual(['b42'])
  })

  it('finds a single character by prefix, at the end of a run too', () => {
    expect(index.search('业', { limit: 100 }).length).toBe(chineseBeads('业').length)
  })

  it('searches English by word form: case and plural do not matter, stop words are not required', () => {
    const hits = index.search('the role of SME')
    expect(hits[0]!.bead.id).toBe('b34')
    expect(hits[0]!.matches.map((match) => match.text)).toEqual(['Role', 'SMEs'])
  })

  it('joins adjacent matched words into one match', () => {
    const [hit] = index.search('intellectual property')
    expect(hit!.matches.some((match) => /^intellectual property$/i.test(match.text))).toBe(true)
  })

  it('searches the glossary translation on the other side', () => {
    const glossary: TermEntry[] = [{ id: 't1', en: 'IPR', zh: '知识产权', enVariants: ['intellectual property rights'], zhVariants: [] }]
    const plain = index.search('intellectual property', { limit: 100 }).map((hit) => hit.bead.id)
    const expanded = index.search('intellectual property', { limit: 100, glossary }).map((hit) => hit.bead.id)
    expect(plain.length).toBeLessThan(expanded.length)
    expect(expanded.sort()).toEqual(chineseBeads('知识产权').sort())
    const viaTranslation = index.search('intellectual property', { glossary, limit: 100 }).find((hit) => hit.bead.id === 'b81')!
    expect(viaTranslation.matches).toEqual([])
    expect(viaTranslation.counterpartMatches.map((match) => `${match.language}:${match.text}`)).toEqual(['zh:知识产权', 'zh:知识产权'])
    expect(plain.every((id) => index.search('intellectual property', { limit: 100 }).find((hit) => hit.bead.id === id)!.counterpartMatches.length === 0)).toBe(true)
  })

  it('filters by section, its subsections included, and limits', () => {
    expect(index.search('中小企业', { section: '4.6' })).toEqual([])
    expect(index.search('中小企业', { section: '4' }).length).toBe(9)
    expect(index.search('中小企业', { limit: 2 })).toHaveLength(2)
  })

  it('searches the side it is told to', () => {
    expect(index.search('SMEs', { language: 'zh' })).toEqual([])
  })

  it('ranks deterministically', () => {
    const ids = (hits: ReturnType<typeof index.search>) => hits.map((hit) => `${hit.bead.id}:${hit.score}`)
    expect(ids(createSearchIndex(corpus).search('企业', { limit: 100 }))).toEqual(ids(index.search('企业', { limit: 100 })))
  })

  it('indexes character pairs only when told to, and still finds words', () => {
    const pairs = createSearchIndex(corpus, { segmentation: 'pairs' })
    expect(pairs.segmentation).toBe('pairs')
    expect(pairs.search('中小企业', { limit: 100 })).toHaveLength(9)
  })

  it('refuses an empty query and bad options with a message naming them', () => {
    expect(() => index.search('  ')).toThrow(EmptyInputError)
    expect(() => index.search('SMEs', { limit: 0 })).toThrow(InvalidInputError)
    expect(() => index.search('SMEs', { limit: 0 })).toThrow(/Expected `options.limit` to be a number greater than 0, received number 0/)
  })

  it('returns nothing for a query of stop words', () => {
    expect(index.search('of the')).toEqual([])
  })

  it('answers long queries without punctuation with segmentit work linear in them', () => {
    // Once 60 s and 3.1 GB (a term 12 times) and "Maximum call stack size exceeded" (20,000 characters).
    for (const query of ['中小企业'.repeat(12), '中小企业是创新和就业的主要来源'.repeat(1_334)]) {
      const { result } = measureSegmentitWork(() => index.search(query), hanWindowLimits.maxSegmentations * query.length)
      expect(result).toEqual([])
    }
    expect(index.search(`${'哈'.repeat(40)}中小企业`)).toEqual([])
  }, 10_000)
})

describe('head terms', () => {
  const queries = ['企业', '中小', '发展', '创新', '业', '中小企业', 'SMEs', 'countries', 'digital', 'G20', 'the role of SME', '知识产权']
  const everyTerm = createSearchIndex(corpus, { headTermBeads: 1 })
  const noTerm = createSearchIndex(corpus, { headTermBeads: Number.MAX_SAFE_INTEGER })
  const ranking = (hits: ReturnType<typeof index.search>) => hits.map((hit) => ({ id: hit.bead.id, score: hit.score, matches: hit.matches }))

  it('answers exactly as the full search, for any limit', () => {
    for (const query of queries) {
      for (const limit of [1, 5, 20, 100, 1000]) expect(ranking(everyTerm.search(query, { limit })), `${query} ${limit}`).toEqual(ranking(noTerm.search(query, { limit })))
    }
  })

  it('answers a section filter and the other side exactly as the full search', () => {
    expect(ranking(everyTerm.search('企业', { section: '4' }))).toEqual(ranking(noTerm.search('企业', { section: '4' })))
    expect(ranking(everyTerm.search('企业', { language: 'en' }))).toEqual(ranking(noTerm.search('企业', { language: 'en' })))
  })
})
