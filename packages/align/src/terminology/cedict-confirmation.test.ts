import { describe, expect, it } from 'vitest'
import { createCedict } from '../lexicon/cedict.js'
import { createCedictCheck } from './cedict-confirmation.js'

const cedict = createCedict([
  ['知識產權', '知识产权', 'zhi1 shi5 chan3 quan2', 'intellectual property rights'],
  ['智能', '智能', 'zhi4 neng2', 'intelligent; smart'],
  ['製造', '制造', 'zhi4 zao4', 'to manufacture; to make'],
  ['變化', '变化', 'bian4 hua4', 'change; variation'],
  ['標準', '标准', 'biao1 zhun3', '(an official) standard; norm; criterion'],
])
const check = createCedictCheck(cedict)

describe('createCedictCheck', () => {
  it('confirms a pair from one entry', () => {
    expect(check('intellectual property rights', '知识产权')).toEqual({ verdict: 'confirmed', whole: true })
    expect(check('standards', '标准')).toEqual({ verdict: 'confirmed', whole: true })
  })

  it('confirms a pair from the parts of an unknown word, each part used', () => {
    expect(check('smart manufacturing', '智能制造')).toEqual({ verdict: 'confirmed', whole: false })
    expect(check('smart', '智能制造').verdict).toBe('unknown')
  })

  it('counts an undefined acronym or number as a word no gloss holds', () => {
    expect(check('G20 standards', '标准').verdict).toBe('unknown')
  })

  it('contradicts a pair whose Chinese the dictionary knows to mean other things', () => {
    expect(check('labor market', '变化').verdict).toBe('contradicted')
    expect(check('labor market', '劳动市场').verdict).toBe('unknown')
  })
})
