import { describe, expect, it } from 'vitest'
import { buildSuffixTrie, type SuffixTrie } from './suffix-trie.js'

/** The words of `text`'s suffixes that the trie holds, read from its last character backwards. */
function wordsEndingText(trie: SuffixTrie, text: string): string[] {
  const characters = [...text]
  const found: string[] = []
  let node = trie.root
  for (let length = 1; length <= characters.length; length++) {
    node = trie.step(node, characters[characters.length - length]?.codePointAt(0) ?? 0)
    if (node < 0) break
    if (trie.isWord(node)) found.push(characters.slice(-length).join(''))
  }
  return found
}

describe('buildSuffixTrie', () => {
  it('finds every word that ends a text, shortest first, and stops where no word ends so', () => {
    const trie = buildSuffixTrie(['国家', '发展中国家', '中国', '家'])
    expect(wordsEndingText(trie, '发展中国家')).toEqual(['家', '国家', '发展中国家'])
    expect(wordsEndingText(trie, '我们的中国')).toEqual(['中国'])
    expect(wordsEndingText(trie, '大学')).toEqual([])
  })

  it('reads a character outside the Basic Multilingual Plane as one step, not two surrogates', () => {
    const trie = buildSuffixTrie(['𠀋𡈽', '口𡈽'])
    expect(wordsEndingText(trie, '我𠀋𡈽')).toEqual(['𠀋𡈽'])
    expect(wordsEndingText(trie, '口𡈽')).toEqual(['口𡈽'])
    // A suffix that is only part of a word is a node, not a word.
    expect(wordsEndingText(trie, '𡈽')).toEqual([])
  })

  it('keeps every edge as its table grows well past its first size', () => {
    const words = Array.from({ length: 40_000 }, (_, index) => String.fromCodePoint(0x4e00 + (index % 5000), 0x4e00 + Math.floor(index / 5000)))
    const trie = buildSuffixTrie(words)
    expect(words.every((word) => wordsEndingText(trie, word).includes(word))).toBe(true)
    // Second characters run 0x4e00–0x4e07 only: a word ending in 0x4e09 (三) is not there.
    expect(wordsEndingText(trie, '一三')).toEqual([])
    expect(wordsEndingText(trie, '丁丁丁')).toEqual(['丁丁'])
  })
})
