import { describe, expect, it } from 'vitest'
import { extractPairFeatures } from './sentence-features.js'
import { loadCedict } from '../lexicon/cedict.js'
import { learnTranslations } from './learn-lexicon.js'
import { learnNames } from './learn-names.js'

// Made-up verses: a name the dictionary lacks (该南 / Kenan) and a word it does not gloss this way (饼 / loaves).
const zh = ['该南去了城里。', '城里有饼。', '该南吃了饼。', '他回家了。']
const en = ['Kenan went to the city.', 'The city had loaves.', 'Kenan ate the loaves.', 'He went home.']
const beads = zh.map((_, index) => ({ zhStart: index, zhCount: 1, enStart: index, enCount: 1 }))

describe('learning from beads', () => {
  const cedict = loadCedict()
  const features = extractPairFeatures(zh, en, cedict)

  it('learns a transliterated name as an anchor shared by its sentences', () => {
    const learnt = learnNames(features, beads)
    const id = learnt.anchorIds.get('name:kenan')
    expect(id).toBeDefined()
    expect(learnt.zh.names.map((ids) => ids.includes(id ?? -1))).toEqual([true, false, true, false])
    expect(learnt.en.names.map((ids) => ids.includes(id ?? -1))).toEqual([true, false, true, false])
    // The English flags follow the new names: a span with the name is no longer skipped as anchorless.
    expect([...features.en.hasAnchors]).toEqual([0, 0, 0, 0])
    expect([...learnt.en.hasAnchors]).toEqual([1, 0, 1, 0])
    expect(learnt.anchorCount).toBe(learnt.anchorIds.size)
  })

  it('adds word pairs that keep occurring together', () => {
    const translations = learnTranslations(features, beads, features.zh.wordTranslations)
    const word = features.zh.wordTexts.indexOf('饼')
    expect([...(translations[word] ?? [])]).toContain(cedict.stemId('loav'))
  })
})

describe('Latin tokens', () => {
  it('shares a hyphenated token of the Chinese with the English, and no part of it alone', () => {
    const features = extractPairFeatures(['他们讨论了COVID-19和Wi-Fi。'], ['They discussed COVID-19 and Wi-Fi, a new word.'], loadCedict())
    const id = (token: string) => features.anchorIds.get(`l:${token}`)
    expect(id('covid-19')).toBeDefined()
    expect(id('wi-fi')).toBeDefined()
    expect([...features.en.anchors[0]!]).toEqual(expect.arrayContaining([id('covid-19'), id('wi-fi')]))
    expect(id('fi')).toBeUndefined()
  })
})
