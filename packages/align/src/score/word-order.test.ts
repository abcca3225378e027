import { describe, expect, it } from 'vitest'
import { loadCedict } from '../lexicon/cedict.js'
import { createWordMatches } from './lexical-evidence.js'
import { createLexiconModel } from './lexicon-model.js'
import { extractPairFeatures } from './sentence-features.js'
import { createWordOrderEvidence } from './word-order.js'

// Two-clause sentences and their translations, clause for clause; English 6 tells Chinese 0 with
// its clauses the other way round, and English 7–9 split it in two sentences: father, mother, father.
const zh = [
  '他的父亲是一名渔民，母亲在码头旁开了一家小饭馆。',
  '早上他去学校读书，晚上回家帮母亲洗碗。',
  '春天河水很清，秋天树叶都变红了。',
  '哥哥在城里买了一台电脑，妹妹在家里养了一只猫。',
  '老师讲了一个故事，学生们都笑了。',
  '雨停了以后，我们沿着河边走到了桥上。',
]
const en = [
  'His father was a fisherman, and his mother ran a small restaurant by the pier.',
  'In the morning he went to school to study, and in the evening he came home to help his mother wash the dishes.',
  'In spring the river water is very clear, and in autumn the leaves all turn red.',
  'His elder brother bought a computer in the city, and his younger sister kept a cat at home.',
  'The teacher told a story, and the students all laughed.',
  'After the rain stopped, we walked along the river to the bridge.',
  'His mother ran a small restaurant by the pier, and his father was a fisherman.',
  'His father was a fisherman.',
  'His mother ran a small restaurant by the pier.',
  'His father was a fisherman.',
]

describe('word order evidence', () => {
  const features = extractPairFeatures(zh, en, loadCedict())
  const matches = createWordMatches(features, createLexiconModel(features, features.zh.wordTranslations))
  const beads = zh.map((_, index) => ({ zhStart: index, zhCount: 1, enStart: index, enCount: 1 }))
  const order = createWordOrderEvidence(features, matches, beads)

  it('favours a translation that keeps the clauses in order over the same words reordered', () => {
    const inOrder = order.logLikelihoodRatio(0, 1, 0, 1)
    const reordered = order.logLikelihoodRatio(0, 1, 6, 1)
    expect(inOrder).toBeGreaterThan(reordered)
    expect(reordered).toBeLessThan(0)
  })

  it('favours the split of a sentence whose halves follow its clauses', () => {
    const fatherThenMother = order.logLikelihoodRatio(0, 1, 7, 2)
    const motherThenFather = order.logLikelihoodRatio(0, 1, 8, 2)
    expect(fatherThenMother).toBeGreaterThan(motherThenFather)
  })

  it('says nothing about a bead without matched words', () => {
    expect(order.logLikelihoodRatio(0, 1, 5, 0)).toBe(0)
  })
})
