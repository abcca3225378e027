import { describe, expect, it } from 'vitest'
import { splitHanWindows, type WordDictionary } from './han-windows.js'

/** A toy dictionary: 哈哈 and 哈哈哈 make runs of 哈 ambiguous; 中小企业 is longer than 中小 and 企业. */
const WORDS = new Set(['哈哈', '哈哈哈', '中小', '企业', '中小企业', '发展'])
const dictionary: WordDictionary = { lengths: [4, 3, 2], has: (word) => WORDS.has(word) }

const texts = (run: string, maxLength: number, maxSegmentations: number): string[] =>
  splitHanWindows(run, dictionary, { maxLength, maxSegmentations }).map((window) => window.text)

describe('splitHanWindows', () => {
  it('keeps a run within the limits as one window', () => {
    expect(splitHanWindows('中小企业发展', dictionary, { maxLength: 48, maxSegmentations: 128 })).toEqual([{ text: '中小企业发展', segmentations: 2 }])
  })

  it('cuts at forward-maximum-matching word boundaries, never inside the longest word', () => {
    // 中小企业 counts 2 segmentations (中小企业, 中小 企业); with 发展 added, a window of 6 exceeds 5.
    expect(texts('中小企业发展中小企业', 5, 128)).toEqual(['中小企业', '发展', '中小企业'])
  })

  it('makes ambiguous text short windows by counting its segmentations', () => {
    const windows = splitHanWindows('哈'.repeat(60), dictionary, { maxLength: 48, maxSegmentations: 10 })
    expect(windows.map((window) => window.text).join('')).toBe('哈'.repeat(60))
    expect(windows.every((window) => window.segmentations <= 10)).toBe(true)
    expect(Math.max(...windows.map((window) => window.text.length))).toBeLessThan(12)
  })

  it('keeps a word longer than the limits whole, in a window of its own', () => {
    expect(texts('发展中小企业发展', 3, 128)).toEqual(['发展', '中小企业', '发展'])
  })

  it('never cuts a character outside the BMP in half', () => {
    const windows = texts('𠀀'.repeat(7), 3, 128)
    expect(windows.join('')).toBe('𠀀'.repeat(7))
    expect(windows.every((window) => [...window].every((character) => character === '𠀀'))).toBe(true)
  })

  it('returns no window for an empty run', () => {
    expect(splitHanWindows('', dictionary, { maxLength: 48, maxSegmentations: 128 })).toEqual([])
  })
})
