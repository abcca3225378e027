import { readFileSync } from 'node:fs'
import { InvalidInputError, LanguageMismatchError } from '@duiqi/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBeads } from '../evaluate/bead-lines.js'
import { scoreAlignment } from '../evaluate/score-alignment.js'
import { alignSentences } from './align-sentences.js'

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')
const lines = (text: string): string[] => text.trim().split('\n')

const zh = lines(fixture('harbour-town.zh.txt'))
const en = lines(fixture('harbour-town.en.txt'))
const gold = parseBeads(fixture('harbour-town.align'))

/** Strict F1 the aligner reached on the fixture when the floor was set, minus a margin for tuning. */
const GOLDEN_FLOOR = 0.9

function expectCovering(beads: ReturnType<typeof alignSentences>, sourceCount: number, targetCount: number): void {
  expect(beads.flatMap((bead) => bead.source)).toEqual(Array.from({ length: sourceCount }, (_, index) => index))
  expect(beads.flatMap((bead) => bead.target)).toEqual(Array.from({ length: targetCount }, (_, index) => index))
  for (const bead of beads) {
    expect(bead.score).toBeGreaterThanOrEqual(0)
    expect(bead.score).toBeLessThanOrEqual(1)
    for (const value of Object.values(bead.components ?? {})) expect(value).toBeGreaterThanOrEqual(0)
  }
}

describe('alignSentences', () => {
  it('aligns the harbour-town fixture above the golden floor (zh → en)', () => {
    const beads = alignSentences(zh, en)
    expectCovering(beads, zh.length, en.length)
    expect(scoreAlignment(gold, beads).strict.f1).toBeGreaterThanOrEqual(GOLDEN_FLOOR)
  })

  it('aligns the other way round (en → zh) as well', () => {
    const beads = alignSentences(en, zh)
    const swapped = gold.map((bead) => ({ source: bead.target, target: bead.source }))
    expect(scoreAlignment(swapped, beads).strict.f1).toBeGreaterThanOrEqual(GOLDEN_FLOOR)
  })

  it('scores a bead by how sure the model is of it: an English line that could join either neighbour scores low', () => {
    const chinese = ['他的父亲是一名渔民，每天清晨出海打鱼。', '母亲在码头旁开了一家小饭馆。', '姐姐在城里的医院当护士。']
    const clear = ['His father was a fisherman who went out to sea every morning.', 'His mother ran a small restaurant next to the pier.', 'His sister worked as a nurse at the hospital in town.']
    const sure = alignSentences(chinese, clear)
    expect(sure.map((bead) => [bead.source, bead.target])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]])
    for (const bead of sure) expect(bead.score).toBeGreaterThan(0.9)
    // "It was hard." translates nothing in the Chinese: it may close the first bead or open the second.
    const unsure = alignSentences(chinese, [clear[0]!, 'It was hard.', clear[1]!, clear[2]!])
    const withLine = unsure.find((bead) => bead.target.includes(1))
    expect(withLine?.score).toBeLessThan(0.9)
    expect(unsure.find((bead) => bead.target.includes(3))?.score).toBeGreaterThan(0.9)
  })

  it('is deterministic', () => {
    expect(alignSentences(zh, en)).toEqual(alignSentences(zh, en))
  })

  it('finds a one-to-two bead and names the parts of its score', () => {
    const beads = alignSentences(['他的父亲是一名渔民，母亲在码头旁开了一家小饭馆。'], [
      'His father was a fisherman.',
      'His mother ran a small restaurant next to the pier.',
    ])
    expect(beads).toHaveLength(1)
    expect(beads[0]?.target).toEqual([0, 1])
    expect(Object.keys(beads[0]?.components ?? {})).toEqual(['length', 'lexicon'])
  })

  it('handles both scripts of punctuation and full-width quotes', () => {
    const beads = alignSentences(['“你为什么回来？”母亲问他。', '他笑了！'], ['"Why did you come back?" his mother asked him.', 'He laughed!'])
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ])
    expect(beads[0]?.components?.['anchors']).toBe(1)
  })

  it('returns unmatched beads when a side is empty, and nothing when both are', () => {
    expect(alignSentences([], [])).toEqual([])
    expect(alignSentences(['你好。'], []).map((bead) => [bead.source, bead.target])).toEqual([[[0], []]])
    expect(alignSentences([], ['Hello.']).map((bead) => [bead.source, bead.target])).toEqual([[[], [0]]])
  })

  it('takes a user scorer and reports it among the components', () => {
    const calls: number[] = []
    const beads = alignSentences(zh.slice(0, 5), en.slice(0, 6), {
      scorers: [
        {
          name: 'oracle',
          weight: 10,
          score: (source, target) => {
            calls.push(source.length)
            return gold.some((bead) => String(bead.source) === String(source) && String(bead.target) === String(target)) ? 1 : 0
          },
        },
      ],
    })
    expect(calls.length).toBeGreaterThan(0)
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual(gold.slice(0, 5).map((bead) => [bead.source, bead.target]))
    expect(beads[0]?.components?.['oracle']).toBe(1)
  })

  it('finds ECDICT translations inside Chinese words when asked (`ecdict: true`)', () => {
    const zhLine = ['她在门口大喊。']
    const enLine = ['She cried at the door.']
    const withEcdict = alignSentences(zhLine, enLine, { ecdict: true })[0]?.components?.['lexicon'] ?? 0
    const without = alignSentences(zhLine, enLine)[0]?.components?.['lexicon'] ?? 0
    expect(withEcdict).toBeGreaterThan(without)
  })

  it('reports progress with increasing `done`, ending at `total`', () => {
    const reports: Array<[number, number]> = []
    const source = Array.from({ length: 3 }, () => zh).flat()
    const target = Array.from({ length: 3 }, () => en).flat()
    alignSentences(source, target, { onProgress: (done, total) => reports.push([done, total]) })
    expect(reports.length).toBeGreaterThan(2)
    expect(reports.every(([, total]) => total === source.length)).toBe(true)
    const dones = reports.map(([done]) => done)
    expect(dones).toEqual([...dones].sort((a, b) => a - b))
    expect(new Set(dones).size).toBe(dones.length)
    expect(reports.at(-1)).toEqual([source.length, source.length])
  })

  it('reports the end of an alignment with an empty side', () => {
    const reports: Array<[number, number]> = []
    alignSentences(['你好。'], [], { onProgress: (done, total) => reports.push([done, total]) })
    expect(reports).toEqual([[1, 1]])
  })

  it('rejects an `onProgress` that is not a function', () => {
    expect(() => alignSentences(['你好。'], ['Hello.'], { onProgress: 1 as unknown as () => void })).toThrow(
      /^Expected `options.onProgress` to be a function \(done, total\) => void, received number 1\./,
    )
  })

  it('rejects a source that is not an array of strings', () => {
    expect(() => alignSentences('你好。' as unknown as string[], ['Hello.'])).toThrow(InvalidInputError)
    expect(() => alignSentences('你好。' as unknown as string[], ['Hello.'])).toThrow(
      'Expected `source` to be an array, received the string "你好。". Split the text into sentences first',
    )
  })

  it('rejects an invalid option, naming it', () => {
    expect(() => alignSentences(['你好。'], ['Hello.'], { sourceLanguage: 'fr' as 'zh' })).toThrow(
      /^Expected `options.sourceLanguage` to be one of "zh", "en", received the string "fr"\./,
    )
  })

  it('rejects two texts in the same language unless told which is which', () => {
    const english = ['The town had just over three thousand people.', 'Most of them made a living by fishing.']
    expect(() => alignSentences(english, english)).toThrow(LanguageMismatchError)
    expect(() => alignSentences(english, english)).toThrow(/Expected one side in Chinese and the other in English/)
    expect(alignSentences(english, english, { sourceLanguage: 'en' })).toHaveLength(2)
  })

  it('covers every sentence once, in order, for any input (property)', () => {
    const sentence = fc.constantFrom(...zh, ...en, '', '。', '42')
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), fc.array(sentence, { maxLength: 12 }), (source, target) => {
        const beads = alignSentences(source, target, { sourceLanguage: 'zh' })
        expectCovering(beads, source.length, target.length)
      }),
      { numRuns: 200, seed: 7 },
    )
  })
})
