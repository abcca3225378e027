import { describe, expect, it } from 'vitest'
import { findAcronymDefinitions } from './acronym-definitions.js'

describe('findAcronymDefinitions', () => {
  it('finds expansions whose initials spell the acronym, skipping small words and plural s', () => {
    const definitions = findAcronymDefinitions([
      'cooperation on intellectual property rights (IPR) protection',
      'Role of small and medium sized enterprises (SMEs)',
      'Progress in the fields of Internet of Things (IoT), big data',
      'In response to the emergence of a “New Industrial Revolution” (NIR), and',
    ])
    expect(Object.fromEntries([...definitions].map(([key, value]) => [key, value.expansion]))).toEqual({
      ipr: 'intellectual property rights',
      sme: 'small and medium sized enterprises',
      iot: 'Internet of Things',
      nir: 'New Industrial Revolution',
    })
    expect(definitions.get('sme')?.acronym).toBe('SMEs')
  })

  it('ignores parentheses that define nothing', () => {
    expect(findAcronymDefinitions(['sustainable (i.e. green and inclusive) development', 'Goal (No)', 'the gains (2016)']).size).toBe(0)
  })

  it('keeps the first definition of an acronym', () => {
    const definitions = findAcronymDefinitions(['artificial intelligence (AI)', 'Amnesty International (AI)'])
    expect(definitions.get('ai')?.expansion).toBe('artificial intelligence')
  })
})
