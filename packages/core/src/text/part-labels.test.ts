import { describe, expect, it } from 'vitest'
import { isStandaloneLabel, matchPartLabel } from './part-labels.js'

describe('matchPartLabel', () => {
  it('reads English labels in either number', () => {
    expect(matchPartLabel('Background: As the premier forum', 'en')).toEqual({ kind: 'background', label: 'Background:' })
    expect(matchPartLabel('Objectives:', 'en')).toEqual({ kind: 'objective', label: 'Objectives:' })
    expect(matchPartLabel('Action:', 'en')).toEqual({ kind: 'actions', label: 'Action:' })
    expect(matchPartLabel('Actions:', 'en')).toEqual({ kind: 'actions', label: 'Actions:' })
  })

  it('reads Chinese labels with a full-width or ASCII colon', () => {
    expect(matchPartLabel('背景：作为国际经济合作的主要论坛', 'zh')).toEqual({ kind: 'background', label: '背景：' })
    expect(matchPartLabel('目标:讨论', 'zh')).toEqual({ kind: 'objective', label: '目标:' })
    expect(matchPartLabel('行动：', 'zh')).toEqual({ kind: 'actions', label: '行动：' })
  })

  it('finds no label elsewhere', () => {
    expect(matchPartLabel('The background: none', 'en')).toBeUndefined()
    expect(matchPartLabel('Backgrounds: none', 'en')).toBeUndefined()
    expect(matchPartLabel('背景', 'zh')).toBeUndefined()
    expect(matchPartLabel('Background: x', 'zh')).toBeUndefined()
  })
})

describe('isStandaloneLabel', () => {
  it('holds for a label and nothing else', () => {
    expect(isStandaloneLabel('Objective:', 'en')).toBe(true)
    expect(isStandaloneLabel('Objective: Discuss', 'en')).toBe(false)
    expect(isStandaloneLabel('行动：', 'zh')).toBe(true)
  })
})
