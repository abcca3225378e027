import { describe, expect, it } from 'vitest'
import { quoteStates } from './quote-state.js'

describe('quoteStates', () => {
  it('follows Chinese quotations across sentences', () => {
    expect([...quoteStates(['老师想了想，说：“好，我们明天再谈。', '你先把报告带来。”', '他走了。'], 'zh')]).toEqual([1, 0, 0])
  })

  it('follows English quotations, single or double, and ignores apostrophes', () => {
    const en = ["'You've clearly never sailed before,' said the captain.", "'But you're a fast learner!", "Give it a week and you'd beat me, I'm sure—'", 'The sailors\' work went on.']
    expect([...quoteStates(en, 'en')]).toEqual([0, 1, 0, 0])
    expect([...quoteStates(['"Come here.', 'Now."', 'He came.'], 'en')]).toEqual([1, 0, 0])
  })

  it('gives no open quotation for text without quotes or no text', () => {
    expect([...quoteStates(['他笑了。', '我也笑了！'], 'zh')]).toEqual([0, 0])
    expect(quoteStates([], 'en')).toHaveLength(0)
  })
})
