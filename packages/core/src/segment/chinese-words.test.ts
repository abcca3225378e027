import { describe, expect, it } from 'vitest'
import { measureSegmentitWork } from './__fixtures__/segmentit-work.js'
import { chineseDomainTerms, hanWindowLimits, segmentChineseWords } from './chinese-words.js'

/** A paragraph of the plan (seeds/003) with its punctuation removed: real prose, one Han run. */
const PLAN_PROSE =
  '为有效应对新工业革命，让更多民众从中受益，我们倡议二十国集团成员共同行动，提升现有沟通协作机制，继续开展研究、就业促进、教育和劳动力技能、标准、新型工业基础设施、知识产权保护和执行以及发展中国家工业化等方面的合作。'.replace(
    /\P{Script=Han}/gu,
    '',
  )

/** Han runs without punctuation on which unbounded segmentit takes exponential time or overflows its stack. */
const LONG_RUNS: ReadonlyArray<readonly [string, string]> = [
  ['one character repeated (40,000 × 哈)', '哈'.repeat(40_000)],
  ['the most ambiguous character repeated (一)', '一'.repeat(2_000)],
  ['one term repeated', '中小企业'.repeat(500)],
  ['prose without punctuation', PLAN_PROSE.repeat(20)],
  ['an ordinary 60-character clause', PLAN_PROSE.slice(0, 60)],
  ['characters outside the BMP', '𠀀𠀁'.repeat(500)],
]

describe('segmentChineseWords', () => {
  it('keeps domain terms whole', () => {
    const words = segmentChineseWords('二十国集团推动物联网和新工业革命，支持中小企业保护知识产权。')
    expect(words).toEqual(['二十国集团', '推动', '物联网', '和', '新工业革命', '支持', '中小企业', '保护', '知识产权'])
  })

  it('keeps 智能制造 and 发展中国家 as single words', () => {
    const words = segmentChineseWords('发展智能制造，帮助发展中国家。')
    expect(words).toContain('智能制造')
    expect(words).toContain('发展中国家')
  })

  it('keeps Latin and digit runs as one word and drops punctuation', () => {
    expect(segmentChineseWords('“G20和IoT、OECD，工业4.0！”')).toEqual(['G20', '和', 'IoT', 'OECD', '工业', '4.0'])
  })

  it('returns nothing for empty or punctuation-only text', () => {
    expect(segmentChineseWords('')).toEqual([])
    expect(segmentChineseWords('。！？ ')).toEqual([])
  })

  it('lists each domain term once', () => {
    expect(new Set(chineseDomainTerms).size).toBe(chineseDomainTerms.length)
  })
})

describe('segmentChineseWords on long Han runs without punctuation', () => {
  it.each(LONG_RUNS)('%s: the words spell the run, with work linear in it', (_name, run) => {
    // Every window enumerates at most maxSegmentations segmentations, each extended once per word.
    const limit = hanWindowLimits.maxSegmentations * run.length
    const { result, work } = measureSegmentitWork(() => segmentChineseWords(run), limit)
    expect(result.join('')).toBe(run)
    expect(work.largestEnumeration).toBeLessThanOrEqual(hanWindowLimits.maxSegmentations)
    expect(work.enumerations).toBeLessThanOrEqual(Math.ceil(run.length / 2))
  }, 5_000)

  it('segments a short run exactly as segmentit does (one window)', () => {
    const { result, work } = measureSegmentitWork(() => segmentChineseWords('二十国集团推动物联网发展'), 1_000)
    expect(result).toEqual(['二十国集团', '推动', '物联网', '发展'])
    expect(work.enumerations).toBe(1)
  })
})
