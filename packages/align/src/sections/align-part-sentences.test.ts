import type { Bead, Sentence, SentenceKind } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { alignPartSentences, type TextAligner } from './align-part-sentences.js'

function sentence(index: number, text: string, kind: SentenceKind = 'text'): Sentence {
  return { type: 'sentence', id: `d:s${index}`, index, kind, text, start: 0, end: text.length }
}

/** Pairs sentences one to one and gives the rest of the longer side no counterpart. */
const diagonal: TextAligner = (source, target) => {
  const beads: Bead[] = []
  for (let i = 0; i < Math.max(source.length, target.length); i++) {
    beads.push({ source: i < source.length ? [i] : [], target: i < target.length ? [i] : [], score: 0.9 })
  }
  return beads
}

describe('alignPartSentences', () => {
  it('puts a standalone English label in the bead of the Chinese sentence that carries the label inline', () => {
    const zh = [sentence(10, '目标：讨论新工业革命的趋势及影响。'), sentence(11, '分享知识和经验。')]
    const en = [sentence(20, 'Objective:', 'label'), sentence(21, 'Discuss NIR trends.'), sentence(22, 'Share knowledge.')]
    expect(alignPartSentences({ kind: 'objective', source: zh, target: en }, diagonal)).toEqual([
      { source: [10], target: [20, 21], score: 0.9 },
      { source: [11], target: [22], score: 0.9 },
    ])
  })

  it('pairs two standalone labels in a bead of their own', () => {
    const zh = [sentence(5, '行动：', 'label'), sentence(6, '1．举办会议。')]
    const en = [sentence(7, 'Actions:', 'label'), sentence(8, 'Organize conferences.')]
    expect(alignPartSentences({ kind: 'actions', source: zh, target: en }, diagonal)).toEqual([
      { source: [5], target: [7], score: 1 },
      { source: [6], target: [8], score: 0.9 },
    ])
  })

  it('maps part positions back to document sentence indices and keeps unmatched sentences', () => {
    const zh = [sentence(3, '一。'), sentence(4, '二。')]
    const en = [sentence(9, 'One.')]
    expect(alignPartSentences({ kind: 'body', source: zh, target: en }, diagonal)).toEqual([
      { source: [3], target: [9], score: 0.9 },
      { source: [4], target: [], score: 0.9 },
    ])
  })

  it('gives a label with nothing to introduce a bead alone', () => {
    const en = [sentence(0, 'Actions:', 'label')]
    expect(alignPartSentences({ kind: 'actions', source: [], target: en }, diagonal)).toEqual([
      { source: [], target: [0], score: 0 },
    ])
  })
})
