import type { Section } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SENTENCE_OPTIONS } from '../sentences/align-options.js'
import { alignSections } from './align-sections.js'
import { headingPosteriors } from './heading-posteriors.js'

function section(id: string, heading: string, index: number): Section {
  return {
    type: 'section',
    id,
    kind: 'section',
    title: heading,
    heading: { type: 'sentence', id: `h${id}`, index, kind: 'heading', text: heading, start: 0, end: heading.length },
    children: [],
  }
}

const zh = [section('1', '一、概要', 0), section('2', '二、背景', 5), section('3', '三、知识产权保护', 9), section('4', '四、标准合作', 14)]
const en = [section('1', '1. Overview', 0), section('2', '2. Background', 4), section('3', '3. Intellectual property rights protection', 8), section('4', '4. Cooperation on standards', 12)]
const options = { ...DEFAULT_SENTENCE_OPTIONS, sourceLanguage: 'zh' } as const

describe('headingPosteriors', () => {
  it('gives plainly right heading pairs the high probability a right sentence bead gets', () => {
    const scores = headingPosteriors(zh, en, alignSections(zh, en), options)
    expect(scores).toHaveLength(4)
    for (const score of scores) expect(score).toBeGreaterThan(0.9)
  })

  it('gives 0 to a pair the sentence aligner would not make, so it heads the review list', () => {
    const matches = [
      { source: zh[0], target: en[0], score: 1 },
      { source: zh[1], target: en[2], score: 1 },
      { source: zh[2], target: en[1], score: 1 },
      { source: zh[3], target: en[3], score: 1 },
    ]
    const scores = headingPosteriors(zh, en, matches, options)
    expect(scores[1]).toBe(0)
    expect(scores[2]).toBe(0)
    expect(scores[0]).toBeGreaterThan(0.5)
  })

  it('has no score for a match without headings, and scores a heading without counterpart', () => {
    const bare: Section = { ...section('5', '', 20), heading: undefined } as unknown as Section
    const scores = headingPosteriors([...zh, bare], en, [...alignSections(zh, en), { source: bare, target: undefined, score: 0 }], options)
    expect(scores[4]).toBeUndefined()
  })
})
