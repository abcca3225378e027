import { describe, expect, it } from 'vitest'
import { dropStrays, heaviestChain } from './find-anchors.js'

describe('heaviestChain', () => {
  it('keeps the heaviest subset that is monotone on both sides', () => {
    const chain = heaviestChain([
      { zh: 0, en: 0, weight: 9 },
      { zh: 5, en: 1, weight: 1 },
      { zh: 2, en: 2, weight: 9 },
      { zh: 3, en: 3, weight: 9 },
    ])
    expect(chain).toEqual([
      { zh: 0, en: 0 },
      { zh: 2, en: 2 },
      { zh: 3, en: 3 },
    ])
  })

  it('returns nothing for no candidates', () => {
    expect(heaviestChain([])).toEqual([])
  })
})

describe('dropStrays', () => {
  // A diagonal that gives Chinese sentence i for English sentence i.
  const diagonal = Float64Array.from({ length: 201 }, (_, index) => index)

  it('drops an anchor far off the line its neighbours agree on, though monotone with them', () => {
    const chain = [0, 10, 20, 30, 100, 110, 120].map((en) => ({ zh: en + 3, en }))
    const stray = { zh: 60, en: 31 }
    expect(dropStrays([...chain.slice(0, 4), stray, ...chain.slice(4)], diagonal)).toEqual(chain)
  })

  it('keeps a chain that drifts slowly, as translations do', () => {
    const chain = Array.from({ length: 20 }, (_, k) => ({ en: 10 * k, zh: 10 * k + 2 * k }))
    expect(dropStrays(chain, diagonal)).toEqual(chain)
  })
})
