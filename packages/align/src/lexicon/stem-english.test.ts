import { describe, expect, it } from 'vitest'
import { englishContentWords } from './english-words.js'
import { glossWords } from './gloss-words.js'
import { stemEnglish } from './stem-english.js'

describe('stemEnglish', () => {
  it('meets inflected forms at one stem', () => {
    expect(stemEnglish('smiled')).toBe(stemEnglish('smile'))
    expect(stemEnglish('smiling')).toBe(stemEnglish('smile'))
    expect(stemEnglish('stopped')).toBe(stemEnglish('stop'))
    expect(stemEnglish('studies')).toBe(stemEnglish('study'))
    expect(stemEnglish('Developing')).toBe(stemEnglish('development'))
  })

  it('maps irregular forms to their base', () => {
    expect(stemEnglish('saw')).toBe(stemEnglish('see'))
    expect(stemEnglish('thought')).toBe(stemEnglish('think'))
    expect(stemEnglish('men')).toBe(stemEnglish('man'))
  })

  it('leaves short words alone', () => {
    expect(stemEnglish('bus')).toBe('bus')
    expect(stemEnglish('red')).toBe('red')
  })
})

describe('englishContentWords', () => {
  it('drops stop words and stems the rest, in order', () => {
    expect(englishContentWords('The fishermen sold their fish online.')).toEqual(['fisher', 'sell', 'fish', 'onlin'])
  })

  it('returns nothing for punctuation and stop words only', () => {
    expect(englishContentWords('"And then?" — he was.')).toEqual([])
  })

  it('keeps no fragment of a contraction as a content word', () => {
    expect(englishContentWords("I didn't know we'd gone; you're late, they've left and she'll wait.")).toEqual(['know', 'go', 'lat', 'leav', 'wait'])
  })
})

describe('glossWords', () => {
  it('keeps translations and drops notes, cross-references and pointer senses', () => {
    expect(glossWords(['to develop', 'development (of an idea)', 'see 發展|发展[fa1 zhan3]', 'CL:個|个[ge4]'])).toEqual([
      ['develo'],
      ['develo'],
    ])
  })

  it('drops explanations longer than a translation', () => {
    expect(glossWords('a semantically light verb combined with many objects to form compound verbs')).toEqual([])
  })
})
