import { InternalError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { loadCedict } from '../lexicon/cedict.js'
import { bandAround } from '../sentences/search-band.js'
import { createLexiconModel } from './lexicon-model.js'
import { createPairMatcher, createPairTable, createPositionPairs, type PairTable, type PositionPairs } from './pair-table.js'
import { extractPairFeatures } from './sentence-features.js'

const zh = ['他的父亲是一名渔民。', '母亲在码头旁开了一家小饭馆。', '李明买了一台电脑，也买了一本书。']
const en = ['His father was a fisherman.', 'His mother ran a small restaurant next to the pier.', 'Li Ming bought a computer and a book.']

describe('pair table', () => {
  const features = extractPairFeatures(zh, en, loadCedict())
  const matcher = createPairMatcher(features, createLexiconModel(features, features.zh.wordTranslations))
  const band = bandAround([0, 1, 2, 3], en.length, 1)

  it('stores along a band the same masks and position pairs it computes on demand', () => {
    const stored = createPairTable(features, matcher, band, true)
    const onDemand = createPairTable(features, matcher, undefined)
    const masks = new Int32Array(2)
    for (let i = 0; i < zh.length; i++) {
      for (let j = 0; j < en.length; j++) {
        const pairsOf = (table: PairTable) => listPairs(table.positions(i, j, createPositionPairs()))
        expect(pairsOf(stored)).toEqual(pairsOf(onDemand))
        stored.orSpan(i, j, 1, masks, 0)
        const fromTable = Array.from(masks)
        onDemand.orSpan(i, j, 1, masks, 0)
        expect(fromTable).toEqual(Array.from(masks))
      }
    }
  })

  it('fails on a sentence past the end instead of finding it has no words', () => {
    const table = createPairTable(features, matcher, band, true)
    expect(() => table.orSpan(0, en.length, 1, new Int32Array(2), 0)).toThrow(InternalError)
    expect(() => table.positions(zh.length, 0, createPositionPairs())).toThrow(InternalError)
  })

  it('pairs each matched Chinese word with the place of its translation', () => {
    const table = createPairTable(features, matcher, band, true)
    const pairs = listPairs(table.positions(0, 0, createPositionPairs()))
    const words = pairs.map(([zhPosition, enPosition]) => [features.zh.wordTexts[features.zh.words[0]?.[zhPosition ?? -1] ?? -1], enPosition])
    // The English content stems are father (0) and fisherman (1): "his", "was" and "a" are stop words.
    expect(words).toContainEqual(['父亲', 0])
    expect(words).toContainEqual(['渔民', 1])
    expect(table.positions(0, 2, createPositionPairs()).count).toBe(0)
  })

  it('leaves one caller the pairs it was given whatever another caller asks next, stored or computed', () => {
    for (const table of [createPairTable(features, matcher, band, true), createPairTable(features, matcher, undefined)]) {
      const mine = table.positions(0, 0, createPositionPairs())
      const before = listPairs(mine)
      expect(before.length).toBeGreaterThan(0)
      expect(listPairs(table.positions(2, 2, createPositionPairs()))).not.toEqual(before)
      expect(listPairs(mine)).toEqual(before)
    }
  })
})

/** The (Chinese position, English position) pairs a view points at. */
function listPairs(view: PositionPairs): number[][] {
  return Array.from({ length: view.count }, (_, k) => Array.from(view.buffer.subarray(view.from + 2 * k, view.from + 2 * k + 2)))
}
