import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences.js'

/** The sentences of `text` as strings. */
function sentencesOf(text: string, language: 'zh' | 'en'): string[] {
  return splitSentences(text, language).map(({ start, end }) => text.slice(start, end))
}

describe('splitSentences (en)', () => {
  it('splits after . ! ? followed by a capital, a digit or a quote', () => {
    expect(sentencesOf('It grew. Then it shrank! Why? 2030 came. “Yes,” she said.', 'en')).toEqual([
      'It grew.',
      'Then it shrank!',
      'Why?',
      '2030 came.',
      '“Yes,” she said.',
    ])
  })

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(sentencesOf('He said “stop.” Then he left (for good.) Later he came back.', 'en')).toEqual([
      'He said “stop.”',
      'Then he left (for good.)',
      'Later he came back.',
    ])
  })

  it('does not split before a lowercase word', () => {
    expect(sentencesOf('This is etc. and so on. Next.', 'en')).toEqual(['This is etc. and so on.', 'Next.'])
  })

  it('does not split at "No." before a number, but after the number (seed: "Goal No. 9.")', () => {
    const text = 'the 2030 Agenda for Sustainable Development, particularly its Goal No. 9. At the same time, some'
    expect(sentencesOf(text, 'en')).toEqual([
      'the 2030 Agenda for Sustainable Development, particularly its Goal No. 9.',
      'At the same time, some',
    ])
  })

  it('does not split at i.e., e.g., Mr., U.S. or initials', () => {
    const text = 'Growth (i.e. Green growth) matters, e.g. Solar. Mr. Smith met J. Doe in the U.S. Army. Done.'
    expect(sentencesOf(text, 'en')).toEqual([
      'Growth (i.e. Green growth) matters, e.g. Solar.',
      'Mr. Smith met J. Doe in the U.S. Army.',
      'Done.',
    ])
  })

  it('keeps the seed\'s "(i.e. green and inclusive)" in one sentence', () => {
    const text = 'cooperation on production capacity and sustainable (i.e. green and inclusive) development.'
    expect(sentencesOf(text, 'en')).toEqual([text])
  })

  it('does not split inside "R&D" or at "..." inside brackets', () => {
    const text =
      'Research on R&D and application. Consider workers equality (especially regarding to gender, age, social background...) caused by emerging technologies. Release a report.'
    expect(sentencesOf(text, 'en')).toEqual([
      'Research on R&D and application.',
      'Consider workers equality (especially regarding to gender, age, social background...) caused by emerging technologies.',
      'Release a report.',
    ])
  })

  it('does not split at an ellipsis inside brackets even before a capital', () => {
    expect(sentencesOf('Some (gender, age... Social) ones. Next.', 'en')).toEqual(['Some (gender, age... Social) ones.', 'Next.'])
  })

  it('does not split in decimals ("Industrie 4.0", "Manufacturing Innovation 3.0")', () => {
    const text = 'including Industrie 4.0 in Germany, Manufacturing Innovation 3.0 in Republic of Korea. Next one.'
    expect(sentencesOf(text, 'en')).toEqual([
      'including Industrie 4.0 in Germany, Manufacturing Innovation 3.0 in Republic of Korea.',
      'Next one.',
    ])
  })

  it('keeps bold markers with the sentence they close', () => {
    expect(sentencesOf('**One bold.** Two.', 'en')).toEqual(['**One bold.**', 'Two.'])
  })

  it('ends the last sentence at the end of the text, punctuated or not', () => {
    expect(sentencesOf('  One. Two without a stop  ', 'en')).toEqual(['One.', 'Two without a stop'])
  })
})

describe('splitSentences (zh)', () => {
  it('splits after 。！？ and keeps closing quotes with the sentence', () => {
    expect(sentencesOf('他说：“我们走吧。”大家同意。真的吗？是的！', 'zh')).toEqual([
      '他说：“我们走吧。”',
      '大家同意。',
      '真的吗？',
      '是的！',
    ])
  })

  it('keeps ；inside a sentence', () => {
    const text = '新的产业和商业模式将建立并替代传统模式；从业人员需要适应新的工作类型和技能要求；基础设施需要调整。'
    expect(sentencesOf(text, 'zh')).toEqual([text])
  })

  it('treats runs of ！？ and …… as one end', () => {
    expect(sentencesOf('怎么会这样？！不知道……好吧。', 'zh')).toEqual(['怎么会这样？！', '不知道……', '好吧。'])
  })

  it('keeps closing brackets and 」』 with the sentence', () => {
    expect(sentencesOf('「走吧。」（完。）下一句。', 'zh')).toEqual(['「走吧。」', '（完。）', '下一句。'])
  })

  it('does not split at ASCII full stops, decimals or an ellipsis inside brackets', () => {
    expect(sentencesOf('德国的“工业4.0”、法国的计划（等等……）都很重要。下一句', 'zh')).toEqual([
      '德国的“工业4.0”、法国的计划（等等……）都很重要。',
      '下一句',
    ])
  })

  it('ends a sentence at half-width ! and ? typed in Chinese, but not inside a Latin token or an address', () => {
    expect(sentencesOf('他笑道：“有办法还等到现在呢!我们走吧?”她点头。', 'zh')).toEqual(['他笑道：“有办法还等到现在呢!', '我们走吧?”', '她点头。'])
    expect(sentencesOf('他在Yahoo!工作，网址是a.php?id=1。', 'zh')).toEqual(['他在Yahoo!工作，网址是a.php?id=1。'])
  })

  it('ends an utterance broken off by a dash before its closing quote', () => {
    expect(sentencesOf('她低声问：“你为什么——”说到这里便停住了。', 'zh')).toEqual(['她低声问：“你为什么——”', '说到这里便停住了。'])
    expect(sentencesOf('这件事——我们以后再谈——先吃饭。', 'zh')).toEqual(['这件事——我们以后再谈——先吃饭。'])
  })

  it('reads an ellipsis inside a quotation that goes on as a pause, and one that ends it as an end', () => {
    expect(sentencesOf('他道：“我叫…… 叫小玄子。”她笑了。', 'zh')).toEqual(['他道：“我叫…… 叫小玄子。”', '她笑了。'])
    expect(sentencesOf('“不过……不过……”他说不下去了。他想了想……他走了。', 'zh')).toEqual(['“不过……不过……”', '他说不下去了。', '他想了想……', '他走了。'])
  })

  it('treats full-width spaces as white space', () => {
    expect(sentencesOf('　　第一句。　第二句。　', 'zh')).toEqual(['第一句。', '第二句。'])
  })

  it('keeps a closing quote or an ellipsis that a space parts from the sentence end with that sentence', () => {
    expect(sentencesOf('他摇头道：“你不会下棋。 ”老人笑了。', 'zh')).toEqual(['他摇头道：“你不会下棋。 ”', '老人笑了。'])
    expect(sentencesOf('钟敲了三下。 ……她还没回来。', 'zh')).toEqual(['钟敲了三下。 ……', '她还没回来。'])
    // An ASCII quote after a space opens the next utterance as often as it closes one: it starts the next sentence.
    expect(sentencesOf('他走了。 "再见"是他的最后一句话。', 'zh')).toEqual(['他走了。', '"再见"是他的最后一句话。'])
    // A line break parts what a space does not.
    expect(sentencesOf('钟敲了三下。\n……她还没回来。', 'zh')).toEqual(['钟敲了三下。', '……她还没回来。'])
  })
})

describe('splitSentences invariants', () => {
  it('returns nothing for empty or white-space-only text', () => {
    expect(splitSentences('', 'en')).toEqual([])
    expect(splitSentences(' \n\u3000 ', 'zh')).toEqual([])
  })

  it('covers every non-white-space character exactly once, in order, with trimmed spans', () => {
    const alphabet = fc.constantFrom(...'aA9 .!?…"”’)(。！？」（）；—“\n\u3000'.split(''))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')), fc.constantFrom('zh', 'en'), (text, language) => {
        const spans = splitSentences(text, language as 'zh' | 'en')
        let covered = ''
        let previousEnd = 0
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previousEnd)
          expect(end).toBeGreaterThan(start)
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim())
          covered += text.slice(start, end)
          previousEnd = end
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
      }),
      { numRuns: 300, seed: 16 },
    )
  })

  it('splits 10 MB without punctuation in well under a second', () => {
    const text = 'lorem ipsum dolor sit amet 中文 '.repeat(350_000)
    for (const language of ['en', 'zh'] as const) {
      const started = performance.now()
      expect(splitSentences(text, language)).toHaveLength(1)
      expect(performance.now() - started).toBeLessThan(1000)
    }
  })

  it('stays fast on text full of possible sentence ends', () => {
    const text = 'A. B… (C... D) U.S. E? 。（……）！'.repeat(20_000)
    const started = performance.now()
    splitSentences(text, 'en')
    splitSentences(text, 'zh')
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('splitSentences and heading markers', () => {
  it('opens a sentence at a heading marker inside a paragraph instead of merging it with the one before', () => {
    const text = 'The plan was agreed ## Background\nG20 members cooperate #### Objectives follow'
    expect(splitSentences(text, 'en').map(({ start, end }) => text.slice(start, end))).toEqual([
      'The plan was agreed',
      '## Background\nG20 members cooperate',
      '#### Objectives follow',
    ])
  })

  it('does the same in Chinese, and leaves a lone # inside a line as text', () => {
    const text = '我们达成共识 ## 二、背景 按 # 号键'
    expect(splitSentences(text, 'zh').map(({ start, end }) => text.slice(start, end))).toEqual(['我们达成共识', '## 二、背景 按 # 号键'])
  })
})
