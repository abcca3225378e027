import { describe, expect, it } from 'vitest'
import { judgeConfidence } from './judge-confidence.js'

describe('judgeConfidence', () => {
  const beads = [
    { correct: false, score: 0.1 },
    { correct: true, score: 0.2 },
    { correct: false, score: 0.3 },
    { correct: true, score: 0.9 },
    { correct: true, score: 0.9 },
  ]

  it('counts the (correct, wrong) pairs the scores order right', () => {
    // 0.2 beats 0.1 but not 0.3; both 0.9 beat both wrong beads: 5 of 6 pairs.
    expect(judgeConfidence(beads).auc).toBeCloseTo(5 / 6, 12)
  })

  it('counts ties as half and says 0.5 when the scores cannot tell', () => {
    expect(judgeConfidence(beads.map((bead) => ({ ...bead, score: 0.7 }))).auc).toBe(0.5)
    expect(judgeConfidence([{ correct: true, score: 0.4 }, { correct: false, score: 0.4 }, { correct: false, score: 0.1 }]).auc).toBe(0.75)
  })

  it('finds the wrong beads a reviewer meets reading the weakest first', () => {
    const judgement = judgeConfidence(beads)
    expect(judgement.wrong).toBe(2)
    // A tenth and a fifth of five beads are both one bead: the weakest, which is wrong.
    expect(judgement.review).toEqual([
      { read: 0.1, found: 0.5 },
      { read: 0.2, found: 0.5 },
    ])
  })

  it('measures calibration by bins of score', () => {
    const judgement = judgeConfidence(beads)
    const low = judgement.bins.find((bin) => bin.low === 0)
    expect(low).toMatchObject({ beads: 3 })
    expect(low?.meanScore).toBeCloseTo(0.2, 12)
    expect(low?.correct).toBeCloseTo(1 / 3, 12)
    expect(judgement.bins.find((bin) => bin.low === 0.9)).toMatchObject({ beads: 2, correct: 1 })
    // (3 × |0.2 − 1/3| + 2 × |0.9 − 1|) / 5
    expect(judgement.calibrationError).toBeCloseTo(0.12, 12)
    expect(judgeConfidence([{ correct: true, score: 1 }]).bins.at(-1)).toMatchObject({ beads: 1, correct: 1 })
  })
})
