import { describe, expect, it } from 'vitest'
import { findBlocks, splitLines } from './lines.js'

/** The strings of `spans` in `text`. */
function strings(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string[] {
  return spans.map(({ start, end }) => text.slice(start, end))
}

describe('splitLines', () => {
  it('splits at LF, CRLF and a lone CR', () => {
    const text = 'a\nb\r\nc\rd'
    expect(strings(text, splitLines(text))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('skips a leading byte order mark', () => {
    expect(splitLines('\uFEFFa\n')).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 3 },
    ])
  })
})

describe('findBlocks', () => {
  it('groups non-blank lines between blank (or white-space-only) lines, trimmed', () => {
    const text = '\n  one\ntwo  \n \t\n\u3000\u3000three\r\n\r\n'
    expect(strings(text, findBlocks(text))).toEqual(['one\ntwo', 'three'])
  })

  it('makes lines that stand alone into blocks of their own', () => {
    const text = '# Title\ntext\nmore\n# Next\nend'
    expect(strings(text, findBlocks(text, (line) => line.startsWith('#')))).toEqual(['# Title', 'text\nmore', '# Next', 'end'])
  })
})
