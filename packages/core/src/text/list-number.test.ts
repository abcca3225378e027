import { describe, expect, it } from 'vitest'
import { matchListNumber } from './list-number.js'

describe('matchListNumber', () => {
  it('reads numbers with a full-width or ASCII full stop', () => {
    expect(matchListNumber('1．举办新工业革命相关会议')).toBe('1．')
    expect(matchListNumber('3.激励二十国集团成员')).toBe('3.')
    expect(matchListNumber('12. Twelve')).toBe('12.')
  })

  it('finds none in decimals, years or running text', () => {
    expect(matchListNumber('4.0 工业')).toBeUndefined()
    expect(matchListNumber('2030年可持续发展议程')).toBeUndefined()
    expect(matchListNumber('举办1．会议')).toBeUndefined()
  })
})
