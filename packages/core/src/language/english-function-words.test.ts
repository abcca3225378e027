import { describe, expect, it } from 'vitest'
import { englishWordForm, searchStopWords } from '../search/english-words.js'
import { englishFunctionWords } from './english-function-words.js'

describe('englishFunctionWords', () => {
  it('holds the commonest function words, each lowercase and its own search form', () => {
    expect(englishFunctionWords.size).toBe(62)
    for (const word of ['the', 'of', 'and', 'nor', 'onto', 'whom', 'were', 'might', 'also']) expect(englishFunctionWords.has(word)).toBe(true)
    for (const word of englishFunctionWords) expect(englishWordForm(word), word).toBe(word)
  })

  it('gives searchStopWords all but the words a query may mean', () => {
    expect(searchStopWords.size).toBe(54)
    expect([...searchStopWords].every((word) => englishFunctionWords.has(word))).toBe(true)
    for (const word of ['have', 'has', 'they', 'we', 'our', 'all', 'more', 'other']) expect(searchStopWords.has(word)).toBe(false)
  })
})
