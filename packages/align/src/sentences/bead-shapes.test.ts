import { describe, expect, it } from 'vitest'
import { LONGEST_BEAD_SIDE } from '../common/search-basics.js'
import { FIRST_PASS_SHAPES, SECOND_PASS_SHAPES } from './bead-shapes.js'

describe('bead shapes', () => {
  it('reach LONGEST_BEAD_SIDE on one side and never beyond, so tables sized by it hold every bead', () => {
    const sides = [...FIRST_PASS_SHAPES, ...SECOND_PASS_SHAPES].flatMap((shape) => [shape.zh, shape.en])
    expect(Math.max(...sides)).toBe(LONGEST_BEAD_SIDE)
  })
})
