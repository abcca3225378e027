import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatBeads, parseBeads } from './bead-lines.js'

describe('formatBeads / parseBeads', () => {
  it('writes one bead a line, empty sides as []', () => {
    expect(formatBeads([{ source: [0, 1], target: [2] }, { source: [2], target: [] }])).toBe('[0,1]:[2]\n[2]:[]\n')
    expect(formatBeads([])).toBe('')
  })

  it('reads beads, ignoring blank lines and spaces', () => {
    expect(parseBeads('[0, 1]:[2]\n\n[]:[3]\n')).toEqual([
      { source: [0, 1], target: [2] },
      { source: [], target: [3] },
    ])
  })

  it('names the line that is not a bead', () => {
    expect(() => parseBeads('[0]:[0]\n0-1\n')).toThrow('Expected a bead like `[0,1]:[2]` on line 2, received `0-1`.')
  })

  it('gives back the same beads after a round trip (property)', () => {
    const side = fc.array(fc.nat({ max: 500 }), { maxLength: 4 })
    fc.assert(
      fc.property(fc.array(fc.record({ source: side, target: side })), (beads) => {
        expect(parseBeads(formatBeads(beads))).toEqual(beads)
      }),
      { numRuns: 200, seed: 3 },
    )
  })
})
