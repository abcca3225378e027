import { extractTerminology } from '@duiqi/align'
import { createCorpus } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import { describe, expect, it } from 'vitest'
import { corpusGlossary } from './corpus-glossary.js'

describe('corpusGlossary', () => {
  it('hands out the built-in plan’s stored glossary for the default options', () => {
    const glossary = corpusGlossary(nirActionPlan)
    expect(glossary).toHaveLength(nirActionPlan.glossary.length)
    glossary.forEach((entry, index) => expect(entry).toBe(nirActionPlan.glossary[index]))
    expect(corpusGlossary(nirActionPlan, { minFrequency: 2, cedict: true })[0]).toBe(nirActionPlan.glossary[0])
  })

  it('cuts the stored glossary to a limit as extraction does', () => {
    const limited = corpusGlossary(nirActionPlan, { limit: 5 })
    expect(limited).toHaveLength(5)
    expect(limited).toEqual(extractTerminology(nirActionPlan, { limit: 5 }))
  })

  it('extracts the glossary for other options and other corpora', () => {
    const stricter = corpusGlossary(nirActionPlan, { minFrequency: 3 })
    expect(stricter[0]).not.toBe(nirActionPlan.glossary[0])
    expect(stricter).toEqual(extractTerminology(nirActionPlan, { minFrequency: 3 }))
    const copy = createCorpus({ ...nirActionPlan.data })
    expect(corpusGlossary(copy)[0]).not.toBe(nirActionPlan.glossary[0])
  })
})
