import { outOfRange } from '../common/range-checks.js'
import { LONGEST_BEAD_SIDE, type SearchBand } from '../common/search-basics.js'
import type { LexiconModel } from './lexicon-model.js'
import type { PairFeatures } from './sentence-features.js'

/**
 * Which words of a Chinese and an English sentence translate each other, as bit masks over the
 * positions in each sentence's word list (64 positions: two 32-bit words), and, when asked for, as
 * the pairs of positions that do. Pairs the search needs are computed once up front, laid out row by
 * row along the band; any other pair is computed on demand.
 */
export interface PairTable {
  /**
   * ORs into `masks[0..1]` the masks of one sentence against a span of the other side: Chinese
   * sentence `index` against English `start…start+count−1` (`side` 0), or English against Chinese (2).
   */
  orSpan(index: number, start: number, count: number, masks: Int32Array, side: 0 | 2): void
  /**
   * Points `into` at the (Chinese position, English position) pairs of pair (zh, en) that translate
   * each other, and returns it: the table's store on the band, else `into`'s own scratch, written
   * here. Nothing of the table's changes, so one caller's pairs stay as they are whatever others ask.
   */
  positions(zhIndex: number, enIndex: number, into: PositionPairs): PositionPairs
}

/**
 * One caller's view of a sentence pair's position pairs: `buffer[from … from + 2 × count − 1]`, two
 * bytes a pair. Each {@link PairTable.positions} call on it overwrites it (and its scratch), and no other.
 */
export interface PositionPairs {
  buffer: Uint8Array
  from: number
  count: number
  /** Where pairs computed on demand go: room for {@link MAX_POSITION_PAIRS}. */
  readonly scratch: Uint8Array
}

/** An empty view with its own scratch, for one caller to pass to {@link PairTable.positions} again and again. */
export function createPositionPairs(): PositionPairs {
  const scratch = new Uint8Array(2 * MAX_POSITION_PAIRS)
  return { buffer: scratch, from: 0, count: 0, scratch }
}

/**
 * Builds the table for a search band (rows are Chinese sentences, columns English), or an empty one without a band.
 * With `storePositions` the band's position pairs are kept too (else they are computed on demand).
 */
export function createPairTable(
  features: PairFeatures,
  matcher: PairMatcher,
  band: SearchBand | undefined,
  storePositions = false,
): PairTable {
  const layout = band === undefined ? EMPTY_LAYOUT : bandLayout(band, features.en.stems.length)
  const stored = new Int32Array(4 * layout.size)
  const positionStarts = new Int32Array(storePositions ? layout.size + 1 : 0)
  let positionStore: Uint8Array = new Uint8Array(0)
  // Without positions the masks come straight from the matcher, the faster way for the wide first band.
  if (storePositions) positionStore = storeBandPositions(layout, matcher, stored, positionStarts)
  else storeBandMasks(layout, matcher, stored)
  const cellOf = createCellFinder(layout)
  return {
    orSpan: createSpanReader(cellOf, stored, matcher),
    positions(zhIndex, enIndex, into) {
      const cell = storePositions ? cellOf(zhIndex, enIndex) : -1
      if (cell >= 0) {
        into.buffer = positionStore
        into.from = positionStarts[cell] ?? outOfRange(positionStarts, cell)
        into.count = ((positionStarts[cell + 1] ?? outOfRange(positionStarts, cell + 1)) - into.from) / 2
      } else {
        into.buffer = into.scratch
        into.from = 0
        into.count = matcher.positions(zhIndex, enIndex, into.scratch, 0)
      }
      return into
    },
  }
}

/** Writes the masks of every pair of the band at its cell, straight from the matcher. */
function storeBandMasks(layout: BandLayout, matcher: PairMatcher, stored: Int32Array): void {
  for (let row = 0; row < layout.first.length; row++) {
    const first = layout.first[row] ?? outOfRange(layout.first, row)
    const offset = layout.offsets[row] ?? outOfRange(layout.offsets, row)
    for (let column = first; column <= (layout.last[row] ?? outOfRange(layout.last, row)); column++) matcher.match(row, column, stored, 4 * (offset + column - first))
  }
}

/**
 * Writes the position pairs of every pair of the band, cell after cell, into the returned store (cell c's
 * are from `positionStarts[c]` to `positionStarts[c + 1]`), and the masks they make at each cell.
 */
function storeBandPositions(layout: BandLayout, matcher: PairMatcher, stored: Int32Array, positionStarts: Int32Array): Uint8Array {
  let positionStore: Uint8Array = new Uint8Array(0)
  let used = 0
  for (let row = 0; row < layout.first.length; row++) {
    const first = layout.first[row] ?? outOfRange(layout.first, row)
    const offset = layout.offsets[row] ?? outOfRange(layout.offsets, row)
    for (let column = first; column <= (layout.last[row] ?? outOfRange(layout.last, row)); column++) {
      const cell = offset + column - first
      if (used + 2 * MAX_POSITION_PAIRS > positionStore.length) positionStore = grow(positionStore, used + 2 * MAX_POSITION_PAIRS)
      const count = matcher.positions(row, column, positionStore, used)
      masksOfPositions(positionStore, used, count, stored, 4 * cell)
      used += 2 * count
      positionStarts[cell + 1] = used
    }
  }
  return positionStore
}

/** The stored cell of a pair (zh, en), or −1 off the band. */
function createCellFinder(layout: BandLayout): (zhIndex: number, enIndex: number) => number {
  const { first, last, offsets } = layout
  // A row past the layout (every row, without a band) is off it: tested before the row is read.
  return (zhIndex, enIndex) => {
    if (zhIndex >= first.length) return -1
    const firstColumn = first[zhIndex] ?? outOfRange(first, zhIndex)
    return enIndex >= firstColumn && enIndex <= (last[zhIndex] ?? outOfRange(last, zhIndex)) ? (offsets[zhIndex] ?? outOfRange(offsets, zhIndex)) + enIndex - firstColumn : -1
  }
}

/** {@link PairTable.orSpan}: stored masks on the band, the matcher's off it. */
function createSpanReader(cellOf: (zhIndex: number, enIndex: number) => number, stored: Int32Array, matcher: PairMatcher): PairTable['orSpan'] {
  const scratch = new Int32Array(4)
  return (index, start, count, masks, side) => {
    let low = 0
    let high = 0
    for (let other = start; other < start + count; other++) {
      const zhIndex = side === 0 ? index : other
      const enIndex = side === 0 ? other : index
      const cell = cellOf(zhIndex, enIndex)
      if (cell >= 0) {
        const at = 4 * cell + side
        low |= stored[at] ?? outOfRange(stored, at)
        high |= stored[at + 1] ?? outOfRange(stored, at + 1)
      } else {
        matcher.match(zhIndex, enIndex, scratch, 0)
        low |= scratch[side] ?? outOfRange(scratch, side)
        high |= scratch[side + 1] ?? outOfRange(scratch, side + 1)
      }
    }
    masks[0] = low
    masks[1] = high
  }
}

/** Writes at `at` the masks (Chinese low and high, English low and high) of `count` position pairs from `pairs[from]` on. */
function masksOfPositions(pairs: Uint8Array, from: number, count: number, into: Int32Array, at: number): void {
  let zhLow = 0
  let zhHigh = 0
  let enLow = 0
  let enHigh = 0
  for (let k = from; k < from + 2 * count; k += 2) {
    const zhPosition = pairs[k] ?? outOfRange(pairs, k)
    const enPosition = pairs[k + 1] ?? outOfRange(pairs, k + 1)
    zhLow |= lowBit(zhPosition)
    zhHigh |= highBit(zhPosition)
    enLow |= lowBit(enPosition)
    enHigh |= highBit(enPosition)
  }
  storeMasks(into, at, zhLow, zhHigh, enLow, enHigh)
}

/** The bit of a position (below 64) in the low and in the high 32-bit word of a mask. */
function lowBit(position: number): number {
  return position < 32 ? 1 << position : 0
}

function highBit(position: number): number {
  return position < 32 ? 0 : 1 << (position - 32)
}

function storeMasks(into: Int32Array, at: number, zhLow: number, zhHigh: number, enLow: number, enHigh: number): void {
  into[at] = zhLow
  into[at + 1] = zhHigh
  into[at + 2] = enLow
  into[at + 3] = enHigh
}

function grow(buffer: Uint8Array, needed: number): Uint8Array {
  const larger = new Uint8Array(Math.max(needed, 2 * buffer.length))
  larger.set(buffer)
  return larger
}

interface BandLayout {
  /** Per row (source sentence): first and last column (target sentence) stored, and where its cells start. */
  readonly first: Int32Array
  readonly last: Int32Array
  readonly offsets: Int32Array
  readonly size: number
}

/** The layout without a band: no rows, nothing stored. */
const EMPTY_LAYOUT: BandLayout = { first: new Int32Array(0), last: new Int32Array(0), offsets: new Int32Array(1), size: 0 }

/** The sentence pairs beads in the band can join: row s with the columns its beads reach. */
function bandLayout(band: SearchBand, columns: number): BandLayout {
  const rows = band.low.length - 1
  const first = new Int32Array(rows)
  const last = new Int32Array(rows)
  const offsets = new Int32Array(rows + 1)
  for (let row = 0; row < rows; row++) {
    const reach = Math.min(rows, row + LONGEST_BEAD_SIDE)
    const firstColumn = Math.max(0, (band.low[row + 1] ?? outOfRange(band.low, row + 1)) - LONGEST_BEAD_SIDE)
    const lastColumn = Math.min(columns - 1, (band.high[reach] ?? outOfRange(band.high, reach)) - 1)
    first[row] = firstColumn
    last[row] = lastColumn
    offsets[row + 1] = (offsets[row] ?? outOfRange(offsets, row)) + Math.max(0, lastColumn - firstColumn + 1)
  }
  return { first, last, offsets, size: offsets[rows] ?? outOfRange(offsets, rows) }
}

export interface PairMatcher {
  /** Writes the masks of pair (zh, en) at `at`: Chinese low and high word, English low and high word. */
  match(zhIndex: number, enIndex: number, into: Int32Array, at: number): void
  /**
   * Writes the positions of the words that translate each other in pair (zh, en), as (Chinese
   * position, English position) pairs from `at` on, and returns how many pairs it wrote. Only the
   * first 64 positions of a sentence are matched, as in the masks; `into` must have room for
   * {@link MAX_POSITION_PAIRS} pairs after `at`.
   */
  positions(zhIndex: number, enIndex: number, into: Uint8Array, at: number): number
}

/** Words of a sentence past this position are not matched: the masks hold 64 bits. */
const MAX_POSITIONS = 64

/** Most position pairs one sentence pair can have: every matched position against every other. */
export const MAX_POSITION_PAIRS = MAX_POSITIONS * MAX_POSITIONS

/**
 * Matches sentence pairs through each Chinese sentence's translation list: every stem some word of
 * the sentence translates to, once, with the bit mask of the words that do (built on first use).
 */
export function createPairMatcher(features: PairFeatures, model: LexiconModel): PairMatcher {
  const { zh, en } = features
  const owner = new Int32Array(features.stemCount).fill(-1)
  const position = new Int32Array(features.stemCount)
  const lists = new Map<number, Int32Array>()
  let stamp = 0
  /** Marks the English sentence's stems with a fresh stamp and their positions; returns the stamp. */
  const markStems = (enIndex: number): number => {
    const mark = stamp++
    const stems = en.stems[enIndex] ?? outOfRange(en.stems, enIndex)
    for (let index = 0; index < stems.length; index++) {
      const stem = stems[index] ?? outOfRange(stems, index)
      owner[stem] = mark
      position[stem] = index
    }
    return mark
  }
  /** The translation list of a Chinese sentence, built on first use. */
  const listOf = (zhIndex: number): Int32Array => {
    let list = lists.get(zhIndex)
    if (list === undefined) lists.set(zhIndex, (list = translationList(zh.words[zhIndex] ?? outOfRange(zh.words, zhIndex), model)))
    return list
  }
  return {
    match(zhIndex, enIndex, into, at) {
      const mark = markStems(enIndex)
      matchMasks(listOf(zhIndex), owner, position, mark, into, at)
    },
    positions(zhIndex, enIndex, into, at) {
      const mark = markStems(enIndex)
      return matchPositions(listOf(zhIndex), owner, position, mark, into, at)
    },
  }
}

/**
 * Writes at `at` the masks of the translation list's stems that the English sentence marked with `mark`
 * has (`owner`), at the positions it has them (`position`) below {@link MAX_POSITIONS}.
 */
function matchMasks(list: Int32Array, owner: Int32Array, position: Int32Array, mark: number, into: Int32Array, at: number): void {
  let zhLow = 0
  let zhHigh = 0
  let enLow = 0
  let enHigh = 0
  for (let k = 0; k < list.length; k += 3) {
    const stem = list[k] ?? outOfRange(list, k)
    if ((owner[stem] ?? outOfRange(owner, stem)) !== mark) continue
    const enPosition = position[stem] ?? outOfRange(position, stem)
    if (enPosition >= MAX_POSITIONS) continue
    zhLow |= list[k + 1] ?? outOfRange(list, k + 1)
    zhHigh |= list[k + 2] ?? outOfRange(list, k + 2)
    enLow |= lowBit(enPosition)
    enHigh |= highBit(enPosition)
  }
  storeMasks(into, at, zhLow, zhHigh, enLow, enHigh)
}

/**
 * Writes from `at` on the (Chinese position, English position) pairs of the same matches as
 * {@link matchMasks}, Chinese positions in mask order, and returns how many pairs it wrote.
 */
function matchPositions(list: Int32Array, owner: Int32Array, position: Int32Array, mark: number, into: Uint8Array, at: number): number {
  let written = at
  for (let k = 0; k < list.length; k += 3) {
    const stem = list[k] ?? outOfRange(list, k)
    if ((owner[stem] ?? outOfRange(owner, stem)) !== mark) continue
    const enPosition = position[stem] ?? outOfRange(position, stem)
    if (enPosition >= MAX_POSITIONS) continue
    for (let word = 0; word < 2; word++) {
      let bits = list[k + 1 + word] ?? outOfRange(list, k + 1 + word)
      while (bits !== 0) {
        const lowest = bits & -bits
        into[written++] = 31 - Math.clz32(lowest) + 32 * word
        into[written++] = enPosition
        bits ^= lowest
      }
    }
  }
  return (written - at) / 2
}

/** Triples (stem, low mask, high mask): the stems a sentence's words translate to and which words do. */
function translationList(words: Int32Array, model: LexiconModel): Int32Array {
  const masks = new Map<number, [number, number]>()
  words.forEach((word, index) => {
    if (index >= MAX_POSITIONS) return
    for (const stem of model.translations[word] ?? outOfRange(model.translations, word)) {
      // A stem seen for the first time starts with no words.
      const mask = masks.get(stem) ?? [0, 0]
      mask[0] |= lowBit(index)
      mask[1] |= highBit(index)
      masks.set(stem, mask)
    }
  })
  const list = new Int32Array(3 * masks.size)
  let at = 0
  for (const [stem, [low, high]] of masks) {
    list[at++] = stem
    list[at++] = low
    list[at++] = high
  }
  return list
}
