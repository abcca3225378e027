import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clausePieces } from './clause-pieces.js'
import { splitSentences } from './split-sentences.js'

function piecesOf(text: string, language: 'zh' | 'en'): string[] {
  return clausePieces(text, { start: 0, end: text.length }, language).map(({ start, end }) => text.slice(start, end))
}

describe('clausePieces (zh)', () => {
  it('offers a cut after ； and after ： that does not open a quotation', () => {
    expect(piecesOf('他家有三口人：父亲在城里做工；母亲种地。', 'zh')).toEqual(['他家有三口人：', '父亲在城里做工；', '母亲种地。'])
    expect(piecesOf('老人摇头说：“不去了。”', 'zh')).toEqual(['老人摇头说：“不去了。”'])
    expect(piecesOf('老人摇头说： “不去了。”', 'zh')).toEqual(['老人摇头说： “不去了。”'])
    expect(piecesOf('列车在21：37到站。', 'zh')).toEqual(['列车在21：37到站。'])
  })

  it('offers a cut after a dash run inside a sentence, not before a closing quote or at the ends', () => {
    expect(piecesOf('他终于明白了——路是走出来的。', 'zh')).toEqual(['他终于明白了——', '路是走出来的。'])
    expect(piecesOf('——路是走出来的。', 'zh')).toEqual(['——路是走出来的。'])
    expect(piecesOf('他喊道：“等一等——”', 'zh')).toEqual(['他喊道：“等一等——”'])
  })

  it('makes no piece without a word: a mark at the end cuts nothing', () => {
    expect(piecesOf('价格如下：', 'zh')).toEqual(['价格如下：'])
    expect(piecesOf('甲；；乙。', 'zh')).toEqual(['甲；', '；乙。'])
  })
})

describe('clausePieces (en)', () => {
  it('offers a cut after a full stop before a lowercase word and after a colon before a capital', () => {
    expect(piecesOf('He took out the chart. short-long-long, he read.', 'en')).toEqual(['He took out the chart.', 'short-long-long, he read.'])
    expect(piecesOf('The design was a success: The more we looked, the less we saw.', 'en')).toEqual([
      'The design was a success:',
      'The more we looked, the less we saw.',
    ])
  })

  it('offers none after an abbreviation of one letter a part, before a lowercase colon clause, or at a semicolon', () => {
    expect(piecesOf('Bring fruit, e.g. apples; pears are fine: ripe ones.', 'en')).toEqual(['Bring fruit, e.g. apples; pears are fine: ripe ones.'])
  })

  it('keeps a closing quote with the piece it closes', () => {
    expect(piecesOf('"Stop." he said it twice.', 'en')).toEqual(['"Stop."', 'he said it twice.'])
  })
})

describe('clausePieces invariants', () => {
  it('covers every non-white-space character of the sentence once, in order, with trimmed pieces that hold a word (property)', () => {
    const alphabet = fc.constantFrom(...'aA9 .:;—“”"。；：，他\n'.split(''))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((characters) => characters.join('')), fc.constantFrom('zh' as const, 'en' as const), (text, language) => {
        for (const sentence of splitSentences(text, language)) {
          const pieces = clausePieces(text, sentence, language)
          expect(pieces[0]!.start).toBe(sentence.start)
          expect(pieces.at(-1)!.end).toBe(sentence.end)
          for (const [at, piece] of pieces.entries()) {
            const slice = text.slice(piece.start, piece.end)
            expect(slice).toBe(slice.trim())
            if (pieces.length > 1) expect(slice).toMatch(/[\p{L}\p{N}]/u)
            if (at > 0) expect(text.slice(pieces[at - 1]!.end, piece.start).trim()).toBe('')
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('rejects a span outside the text', () => {
    expect(() => clausePieces('他来了。', { start: 0, end: 9 }, 'zh')).toThrow(/span/)
  })
})
