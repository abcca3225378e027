import { describe, expect, it } from 'vitest'
import { loadCedict } from '../lexicon/cedict.js'
import { createLexicalEvidence } from './lexical-evidence.js'
import { createLexiconModel } from './lexicon-model.js'
import { extractPairFeatures } from './sentence-features.js'

const zh = ['他的父亲是一名渔民。', '母亲在码头旁开了一家小饭馆。', '李明买了一台电脑。']
const en = ['His father was a fisherman.', 'His mother ran a small restaurant next to the pier.', 'Li Ming bought a computer.']

describe('lexical evidence', () => {
  const features = extractPairFeatures(zh, en, loadCedict())
  const evidence = createLexicalEvidence(features, createLexiconModel(features, features.zh.wordTranslations))

  it('favours translations over mismatched pairs', () => {
    expect(evidence.logLikelihoodRatio(0, 1, 0, 1)).toBeGreaterThan(evidence.logLikelihoodRatio(0, 1, 2, 1))
    expect(evidence.logLikelihoodRatio(2, 1, 2, 1)).toBeGreaterThan(evidence.logLikelihoodRatio(2, 1, 1, 1))
  })

  it('covers more of a bead that joins both halves of a translation', () => {
    const half = evidence.coverage(0, 2, 0, 1) ?? 0
    const whole = evidence.coverage(0, 2, 0, 2) ?? 0
    expect(whole).toBeGreaterThan(half)
    expect(whole).toBeLessThanOrEqual(1)
  })

  it('reports which words matched', () => {
    const matched: string[] = []
    evidence.visitWords(0, 1, 0, 1, (isZh, id, found) => {
      if (isZh && found) matched.push(features.zh.wordTexts[id] ?? '')
    })
    expect(matched).toContain('父亲')
  })
})
