import { describe, expect, it } from 'vitest'
import { loadCedict } from '../lexicon/cedict.js'
import { bandAround } from '../sentences/search-band.js'
import { createLexiconModel } from './lexicon-model.js'
import { createPairMatcher, createPairTable } from './pair-table.js'
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
        const pairsOf = (table: typeof stored) => {
          const count = table.positions(i, j)
          return Array.from(table.positionBuffer.subarray(table.positionFrom, table.positionFrom + 2 * count))
        }
        expect(pairsOf(stored)).toEqual(pairsOf(onDemand))
        stored.orSpan(i, j, 1, masks, 0)
        const fromTable = Array.from(masks)
        onDemand.orSpan(i, j, 1, masks, 0)
        expect(fromTable).toEqual(Array.from(masks))
      }
    }
  })

  it('pairs each matched Chinese word with the place of its translation', () => {
    const table = createPairTable(features, matcher, band, true)
    const count = table.positions(0, 0)
    const pairs = table.positionBuffer.subarray(table.positionFrom, table.positionFrom + 2 * count)
    const words = Array.from({ length: count }, (_, k) => [
      features.zh.wordTexts[features.zh.words[0]?.[pairs[2 * k] ?? 0] ?? 0],
      pairs[2 * k + 1],
    ])
    // The English content stems are father (0) and fisherman (1): "his", "was" and "a" are stop words.
    expect(words).toContainEqual(['父亲', 0])
    expect(words).toContainEqual(['渔民', 1])
    expect(table.positions(0, 2)).toBe(0)
  })
})
