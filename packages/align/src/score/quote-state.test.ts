import { describe, expect, it } from 'vitest'
import { quoteStates } from './quote-state.js'

describe('quoteStates', () => {
  it('follows Chinese quotations across sentences', () => {
    expect([...quoteStates(['小玄子一怔，道：“好，咱们打个彩头。', '明天我带银子来。”', '他走了。'], 'zh')]).toEqual([1, 0, 0])
  })

  it('follows English quotations, single or double, and ignores apostrophes', () => {
    const en = ["'I can see you've never done any wrestling,' laughed Misty.", "'But you're a quick mover!", "A few more goes and I'd have had you, though—'", 'The boys\' game went on.']
    expect([...quoteStates(en, 'en')]).toEqual([0, 1, 0, 0])
    expect([...quoteStates(['"Come here.', 'Now."', 'He came.'], 'en')]).toEqual([1, 0, 0])
  })

  it('gives no open quotation for text without quotes or no text', () => {
    expect([...quoteStates(['他笑了。', '我也笑了！'], 'zh')]).toEqual([0, 0])
    expect(quoteStates([], 'en')).toHaveLength(0)
  })
})
