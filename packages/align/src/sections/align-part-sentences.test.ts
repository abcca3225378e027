import type { Bead, Sentence, SentenceKind } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import type { CutAlignment } from '../sentences/align-sentences.js'
import { alignPartSentences as alignPart, partPlace, type TextAligner } from './align-part-sentences.js'

/** The beads of a part pair, for the tests that cut nothing. */
const alignPartSentences = (...args: Parameters<typeof alignPart>) => alignPart(...args).beads

/** An aligner's answer that cut no sentence. */
function uncut(beads: CutAlignment['beads'], sourceCount: number, targetCount: number): CutAlignment {
  return { beads, parts: { source: Array.from({ length: sourceCount }, () => undefined), target: Array.from({ length: targetCount }, () => undefined) } }
}

function sentence(index: number, text: string, kind: SentenceKind = 'text'): Sentence {
  return { type: 'sentence', id: `d:s${index}`, index, kind, text, start: 0, end: text.length }
}

/** Parts of one paragraph a side, without paragraph ends to report. */
const NO_PARAGRAPHS = { source: new Set<number>(), target: new Set<number>() }

/** Pairs sentences one to one and gives the rest of the longer side no counterpart. */
const diagonal: TextAligner = (source, target) => {
  const beads: Bead[] = []
  for (let i = 0; i < Math.max(source.length, target.length); i++) {
    beads.push({ source: i < source.length ? [i] : [], target: i < target.length ? [i] : [], score: 0.9 })
  }
  return uncut(beads, source.length, target.length)
}

describe('alignPartSentences', () => {
  it('puts a standalone English label in the bead of the Chinese sentence that carries the label inline', () => {
    const zh = [sentence(10, '目标：讨论新工业革命的趋势及影响。'), sentence(11, '分享知识和经验。')]
    const en = [sentence(20, 'Objective:', 'label'), sentence(21, 'Discuss NIR trends.'), sentence(22, 'Share knowledge.')]
    expect(alignPartSentences({ kind: 'objective', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, diagonal)).toEqual([
      { source: [10], target: [20, 21], score: 0.9 },
      { source: [11], target: [22], score: 0.9 },
    ])
  })

  it('pairs two standalone labels in a bead of their own', () => {
    const zh = [sentence(5, '行动：', 'label'), sentence(6, '1．举办会议。')]
    const en = [sentence(7, 'Actions:', 'label'), sentence(8, 'Organize conferences.')]
    expect(alignPartSentences({ kind: 'actions', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, diagonal)).toEqual([
      { source: [5], target: [7], score: 1 },
      { source: [6], target: [8], score: 0.9 },
    ])
  })

  it('maps part positions back to document sentence indices and keeps unmatched sentences', () => {
    const zh = [sentence(3, '一。'), sentence(4, '二。')]
    const en = [sentence(9, 'One.')]
    expect(alignPartSentences({ kind: 'body', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, diagonal)).toEqual([
      { source: [3], target: [9], score: 0.9 },
      { source: [4], target: [], score: 0.9 },
    ])
  })

  it('gives a label with nothing to introduce a bead alone', () => {
    const en = [sentence(0, 'Actions:', 'label')]
    expect(alignPartSentences({ kind: 'actions', source: [], target: en, paragraphEnds: NO_PARAGRAPHS }, diagonal)).toEqual([
      { source: [], target: [0], score: 0 },
    ])
  })

  it('keeps a label inside a part where it stands: no bead jumps ahead of the sentences before it', () => {
    // Parts merged into one body: 目标 stands alone after two sentences, and English has no label there.
    const zh = [sentence(0, '一。'), sentence(1, '二。'), sentence(2, '目标：', 'label'), sentence(3, '三。')]
    const en = [sentence(0, 'One.'), sentence(1, 'Two.'), sentence(2, 'Three.')]
    expect(alignPartSentences({ kind: 'body', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, diagonal)).toEqual([
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [1], score: 0.9 },
      { source: [2, 3], target: [2], score: 0.9 },
    ])
  })

  it('pairs two labels in the middle of a part where both sides have a bead boundary, in place', () => {
    const zh = [sentence(0, '一。'), sentence(1, '目标：', 'label'), sentence(2, '二。')]
    const en = [sentence(0, 'One.'), sentence(1, 'Objective:', 'label'), sentence(2, 'Two.')]
    expect(alignPartSentences({ kind: 'body', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, diagonal)).toEqual([
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [1], score: 1 },
      { source: [2], target: [2], score: 0.9 },
    ])
  })

  it('puts a label that falls inside a bead into that bead, which stays consecutive', () => {
    const twoToOne: TextAligner = (source, target) => uncut([{ source: [0, 1], target: [0], score: 0.8 }], source.length, target.length)
    const zh = [sentence(0, '一，'), sentence(1, '目标：', 'label'), sentence(2, '二。')]
    const en = [sentence(0, 'One and two.')]
    expect(alignPartSentences({ kind: 'body', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, twoToOne)).toEqual([{ source: [0, 1, 2], target: [0], score: 0.8 }])
  })

  it('puts a label that ends a part into the bead of the sentence before it', () => {
    const zh = [sentence(0, '一。'), sentence(1, '行动：', 'label')]
    const en = [sentence(0, 'One.')]
    expect(alignPartSentences({ kind: 'body', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, diagonal)).toEqual([{ source: [0, 1], target: [0], score: 0.9 }])
  })

  it('tells the sentence aligner which text sentences end a paragraph, labels left out', () => {
    const seen: Uint8Array[] = []
    const recording: TextAligner = (source, target, ends) => {
      seen.push(ends.source, ends.target)
      return diagonal(source, target, ends)
    }
    const zh = [sentence(0, '一。'), sentence(1, '二。'), sentence(2, '目标：', 'label'), sentence(3, '三。')]
    const en = [sentence(0, 'One.'), sentence(1, 'Two.'), sentence(2, 'Three.')]
    alignPartSentences({ kind: 'body', source: zh, target: en, paragraphEnds: { source: new Set([1, 2, 3]), target: new Set([0, 2]) } }, recording)
    expect(seen).toEqual([Uint8Array.from([0, 1, 1]), Uint8Array.from([1, 0, 1])])
  })

  it('gives the parts of a sentence the aligner cut their places in document order, and reports the cut by document index', () => {
    const cutting: TextAligner = () => ({
      beads: [
        { source: [0], target: [0], score: 0.9 },
        { source: [1], target: [1], score: 0.7 },
        { source: [2], target: [2], score: 0.6 },
      ],
      parts: { source: [undefined, [1, 2]], target: [undefined, undefined, undefined] },
    })
    const zh = [sentence(4, '一。'), sentence(5, '二；三；四。')]
    const en = [sentence(7, 'One.'), sentence(8, 'Two.'), sentence(9, 'Three and four.')]
    const { beads, cuts } = alignPart({ kind: 'body', source: zh, target: en, paragraphEnds: NO_PARAGRAPHS }, cutting)
    expect(beads.map((bead) => bead.source)).toEqual([[4], [partPlace(5, 0)], [partPlace(5, 1)]])
    expect(beads.map((bead) => bead.target)).toEqual([[7], [8], [9]])
    expect([...cuts.source]).toEqual([[5, [1, 2]]])
    expect(cuts.target.size).toBe(0)
  })
})
