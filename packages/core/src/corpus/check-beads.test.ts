import { describe, expect, it } from 'vitest'
import type { Bead } from '../model/schemas.js'
import { checkBeads } from './check-beads.js'

const bead = (source: number[], target: number[], score = 0.9): Bead => ({ source, target, score })

describe('checkBeads', () => {
  it('accepts monotone beads that cover every sentence once, including 1-0 and 0-1 beads', () => {
    expect(checkBeads([bead([0], [0]), bead([1, 2], []), bead([], [1]), bead([3], [2, 3])], 4, 4)).toBeUndefined()
    expect(checkBeads([], 0, 0)).toBeUndefined()
  })

  it('names a bead that jumps ahead of the sentences before it', () => {
    expect(checkBeads([bead([0], [0]), bead([3], [3]), bead([1, 2], [1, 2])], 4, 4)).toMatch(/bead 1 \(3:3\) holds source sentence 3 where 1 comes next/)
  })

  it('names a bead with a gap inside it, a sentence in two beads, and a sentence in none', () => {
    expect(checkBeads([bead([0], [0]), bead([1, 4], [1]), bead([2, 3], [])], 5, 2)).toMatch(/bead 1 .* source sentence 4 where 2/)
    expect(checkBeads([bead([0], [0]), bead([0], [1])], 1, 2)).toMatch(/source sentence 0 where 1/)
    expect(checkBeads([bead([0], [0])], 2, 1)).toMatch(/1 of 2 source sentences/)
    expect(checkBeads([bead([0], [0])], 1, 3)).toMatch(/1 of 3 target sentences/)
  })

  it('names an empty bead and a score outside [0, 1]', () => {
    expect(checkBeads([bead([], [])], 0, 0)).toMatch(/bead 0 holds no sentence/)
    expect(checkBeads([bead([0], [0], 1.5)], 1, 1)).toMatch(/score 1.5/)
    expect(checkBeads([bead([0], [0], Number.NaN)], 1, 1)).toMatch(/score NaN/)
  })
})
