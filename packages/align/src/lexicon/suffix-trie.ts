/**
 * A set of words as a trie read from each word's last character backwards: walking it from the end of
 * a text position finds, one character at a time, every word that ends there, and stops as soon as no
 * word ends with what was read. Nodes and edges live in typed arrays (an open-addressing table keyed by
 * parent node and code point), so a lookup hashes two integers instead of slicing and hashing a string.
 */
export interface SuffixTrie {
  /** The node of the empty suffix. */
  readonly root: number
  /** The node reached from `node` by reading `codePoint` one character further back; −1 when no word has that suffix. */
  step(node: number, codePoint: number): number
  /** Whether the characters read to reach `node` (in text order) are a word of the set. */
  isWord(node: number): boolean
}

/** Builds a {@link SuffixTrie} over `words` (each read by code point). */
export function buildSuffixTrie(words: Iterable<string>): SuffixTrie {
  const table = new EdgeTable()
  let nodes = 1
  const wordEnds: number[] = []
  for (const word of words) {
    let node = 0
    for (let at = word.length - 1; at >= 0; at--) {
      // A low surrogate after a high one: the pair is one character, read from its first unit.
      if (at > 0 && isLowSurrogate(word.charCodeAt(at)) && isHighSurrogate(word.charCodeAt(at - 1))) at--
      const codePoint = word.codePointAt(at) ?? 0
      let next = table.get(node, codePoint)
      if (next < 0) table.set(node, codePoint, (next = nodes++))
      node = next
    }
    wordEnds.push(node)
  }
  const isWord = new Uint8Array(nodes)
  for (const node of wordEnds) isWord[node] = 1
  return { root: 0, step: (node, codePoint) => table.get(node, codePoint), isWord: (node) => isWord[node] === 1 }
}

/** Edges (parent, code point) → child, by open addressing with linear probing; grows at half full. */
class EdgeTable {
  private parents = new Int32Array(1 << 16).fill(-1)
  private codePoints = new Int32Array(1 << 16)
  private children = new Int32Array(1 << 16)
  private size = 0

  get(parent: number, codePoint: number): number {
    const mask = this.parents.length - 1
    for (let slot = slotOf(parent, codePoint, mask); ; slot = (slot + 1) & mask) {
      const found = this.parents[slot] ?? -1
      if (found < 0) return -1
      if (found === parent && this.codePoints[slot] === codePoint) return this.children[slot] ?? -1
    }
  }

  set(parent: number, codePoint: number, child: number): void {
    if (2 * (this.size + 1) > this.parents.length) this.grow()
    const mask = this.parents.length - 1
    let slot = slotOf(parent, codePoint, mask)
    while ((this.parents[slot] ?? -1) >= 0) slot = (slot + 1) & mask
    this.parents[slot] = parent
    this.codePoints[slot] = codePoint
    this.children[slot] = child
    this.size++
  }

  private grow(): void {
    const { parents, codePoints, children } = this
    this.parents = new Int32Array(2 * parents.length).fill(-1)
    this.codePoints = new Int32Array(2 * parents.length)
    this.children = new Int32Array(2 * parents.length)
    this.size = 0
    parents.forEach((parent, slot) => {
      if (parent >= 0) this.set(parent, codePoints[slot] ?? 0, children[slot] ?? 0)
    })
  }
}

function slotOf(parent: number, codePoint: number, mask: number): number {
  return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(codePoint, 0x85ebca77)) >>> 0 & mask
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff
