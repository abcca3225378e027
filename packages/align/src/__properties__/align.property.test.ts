import type { Bead } from '@duiqi/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignSentences } from '../sentences/align-sentences.js'

/** Seeded and large enough to matter; the seed makes failures reproducible. */
const PROPERTY_RUNS = { numRuns: 200, seed: 20_160_904 } as const

const ZH = ['中小企业是创新的主要来源。', '二十国集团成员应加强合作。', '发布一份报告。', '鼓励成员建立平台，支持数字化转型。', '2030年议程。', '好。', '“物联网”和大数据正取得进展！', '第一次工业革命始于18世纪。']
const EN = ['SMEs are a major source of innovation.', 'G20 members should strengthen cooperation.', 'Release a report.', 'Encourage members to establish platforms to support digital transformation.', 'The 2030 Agenda.', 'Good.', 'Progress is made in the IoT and big data!', 'The first industrial revolution began in the 18th century.']

const sentences = (pool: readonly string[]) => fc.array(fc.constantFrom(...pool), { maxLength: 25 })

/** Beads are in order, and together hold every source and target index exactly once. */
function expectMonotoneCover(beads: readonly Bead[], sourceCount: number, targetCount: number): void {
  const source = beads.flatMap((bead) => bead.source)
  const target = beads.flatMap((bead) => bead.target)
  expect(source).toEqual([...Array(sourceCount).keys()])
  expect(target).toEqual([...Array(targetCount).keys()])
  for (const bead of beads) expect(bead.source.length + bead.target.length).toBeGreaterThan(0)
}

describe('properties of the sentence aligner', () => {
  it('gives monotone beads covering every sentence once, zh→en and en→zh', () => {
    fc.assert(
      fc.property(sentences(ZH), sentences(EN), fc.boolean(), (zh, en, chineseFirst) => {
        const [source, target] = chineseFirst ? [zh, en] : [en, zh]
        const beads = alignSentences(source, target, { sourceLanguage: chineseFirst ? 'zh' : 'en' })
        expectMonotoneCover(beads, source.length, target.length)
      }),
      PROPERTY_RUNS,
    )
  })

  it('gives scores and score components in [0, 1], and the same beads every time', () => {
    fc.assert(
      fc.property(sentences(ZH), sentences(EN), (zh, en) => {
        const beads = alignSentences(zh, en, { sourceLanguage: 'zh' })
        for (const bead of beads) {
          expect(bead.score).toBeGreaterThanOrEqual(0)
          expect(bead.score).toBeLessThanOrEqual(1)
          for (const value of Object.values(bead.components ?? {})) {
            expect(value).toBeGreaterThanOrEqual(0)
            expect(value).toBeLessThanOrEqual(1)
          }
        }
        expect(alignSentences(zh, en, { sourceLanguage: 'zh' })).toEqual(beads)
      }),
      PROPERTY_RUNS,
    )
  })
})
