import { DuiqiError, InternalError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { assertAlignment } from './assert-alignment.js'

describe('assertAlignment', () => {
  it('passes a monotone cover and throws an InternalError (code INTERNAL) naming what broke otherwise', () => {
    expect(() => assertAlignment([{ source: [0], target: [0], score: 1 }], 1, 1, 'test')).not.toThrow()
    const broken = () => assertAlignment([{ source: [1], target: [0], score: 1 }, { source: [0], target: [], score: 1 }], 2, 1, 'sentence alignment')
    expect(broken).toThrow(InternalError)
    expect(broken).toThrow(/sentence alignment broke its own promise: bead 0 .*source sentence 1 where 0 comes next.*bug in duiqi/)
    let caught: unknown
    try {
      broken()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DuiqiError)
    expect(caught).toMatchObject({ code: 'INTERNAL', name: 'InternalError' })
  })
})
