import { NotFoundError, relatedPassageSchema } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { nirActionPlan, relatedPassages, sectionText } from './index.js'

/** "Among the top related passages": the first this many. */
const TOP = 5

describe('related passages of the plan', () => {
  it('finds the Trieste paragraph that cites the 2016 Action Plan among the top passages of sections 1 and 2', () => {
    for (const section of ['1', '2']) {
      const top = nirActionPlan.related(section, { limit: TOP })
      console.info(`section ${section}: ${top.map((passage) => `${passage.paragraph} ${passage.score}`).join(', ')}`)
      const citing = top.find((passage) => passage.text.startsWith('Since the 2016 G20 New Industrial Revolution Action Plan'))
      expect(citing, `section ${section}`).toMatchObject({ document: 'g20-trieste-2021' })
      expect(citing!.terms).toEqual(expect.arrayContaining(['Industrial', 'Revolution']))
    }
  })

  it('relates the Torino SME paragraphs to section 4.2', () => {
    const top = relatedPassages('4.2', { limit: TOP })
    console.info(`section 4.2: ${top.map((passage) => `${passage.paragraph} ${passage.score} [${passage.terms.join(', ')}]`).join('; ')}`)
    const torino = top.filter((passage) => passage.document === 'g7-torino-2017')
    expect(torino.length).toBeGreaterThanOrEqual(3)
    for (const passage of torino) expect(passage.terms).toContain('SMEs')
    expect(top[0]).toMatchObject({ paragraph: 'g7-torino-2017:10' })
  })

  it('returns schema-valid passages, best first, the same on every call', () => {
    const passages = nirActionPlan.related('4')
    expect(relatedPassageSchema.array().parse(passages)).toHaveLength(5)
    expect(passages.map((passage) => passage.score)).toEqual([...passages.map((passage) => passage.score)].sort((a, b) => b - a))
    expect(relatedPassages('4')).toEqual(passages)
    expect(sectionText(nirActionPlan, '4')).toContain(sectionText(nirActionPlan, '4.7'))
  })

  it('throws NotFoundError naming the sections for an unknown one', () => {
    expect(() => nirActionPlan.related('9.9')).toThrow(NotFoundError)
    expect(() => nirActionPlan.related('9.9')).toThrow(/the sections are title, 1, 2/)
  })

  it('keeps the corpus interface', () => {
    expect(nirActionPlan.section('4.2').id).toBe('4.2')
    expect([...nirActionPlan.beads()].length).toBeGreaterThan(90)
  })
})
