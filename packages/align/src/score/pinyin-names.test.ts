import { describe, expect, it } from 'vitest'
import { loadCedict } from '../lexicon/cedict.js'
import { nameCandidates, romanisedNames } from './pinyin-names.js'

describe('romanised names', () => {
  const cedict = loadCedict()

  it('finds names an English sentence spells in pinyin', () => {
    // "Ye" is also archaic English ("ye shall"), so it is a stop word and never a name candidate.
    const names = nameCandidates('Ye Wenjie looked at Wang Miao.', () => false)
    expect(names).toEqual(['wenjie', 'wang', 'miao'])
    expect([...romanisedNames('叶文洁看着汪淼。', cedict, new Set(names))].sort()).toEqual(['miao', 'wang', 'wenjie'])
  })

  it('does not take stop words or translatable words for names', () => {
    expect(nameCandidates('He met Long Wei by the River.', (word) => word === 'river' || word === 'long')).toEqual(['wei'])
  })
})
