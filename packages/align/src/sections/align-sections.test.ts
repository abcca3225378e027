import type { Section, SectionKind } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { alignSections, cheapHeadingSimilarity } from './align-sections.js'

function section(id: string, kind: SectionKind, heading: string, number?: string): Section {
  return {
    type: 'section',
    id,
    kind,
    title: heading,
    ...(number === undefined ? {} : { number }),
    heading: { type: 'sentence', id: `h${id}`, index: 0, kind: 'heading', text: heading, start: 0, end: heading.length },
    children: [],
  }
}

const ids = (matches: ReturnType<typeof alignSections>) => matches.map((match) => [match.source?.id, match.target?.id])

describe('alignSections', () => {
  it('matches sections by canonical id, including ids inferred where the number is missing', () => {
    const zh = [section('title', 'title', '行动计划'), section('1', 'section', '一、概要', '一、'), section('3', 'section', '三、多利益攸关方沟通原则', '三、'), section('4.1', 'subsection', '（一）合作研究', '（一）')]
    const en = [section('title', 'title', 'Action Plan'), section('1', 'section', '1. Overview', '1.'), section('3', 'section', 'Multi-stakeholder communication principle'), section('4.1', 'subsection', '4.1 Research collaboration', '4.1')]
    const matches = alignSections(zh, en)
    expect(ids(matches)).toEqual([['title', 'title'], ['1', '1'], ['3', '3'], ['4.1', '4.1']])
    expect(matches.every((match) => match.score > 0.5)).toBe(true)
  })

  it('leaves a section without counterpart unmatched instead of shifting the rest', () => {
    const zh = [section('1', 'section', '一、概要'), section('2', 'section', '二、背景'), section('3', 'section', '三、原则')]
    const en = [section('1', 'section', '1. Overview'), section('3', 'section', '3. Principle')]
    expect(ids(alignSections(zh, en))).toEqual([['1', '1'], ['2', undefined], ['3', '3']])
  })

  it('uses heading similarity when ids disagree', () => {
    const zh = [section('a', 'section', 'G20 与 OECD'), section('b', 'section', '2030 议程')]
    const en = [section('x', 'section', 'G20 and OECD'), section('y', 'section', 'The 2030 Agenda')]
    const matches = alignSections(zh, en, { headingSimilarity: cheapHeadingSimilarity })
    expect(ids(matches)).toEqual([['a', 'x'], ['b', 'y']])
  })

  it('returns nothing for two empty outlines', () => {
    expect(alignSections([], [])).toEqual([])
  })
})
