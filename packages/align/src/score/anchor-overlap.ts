import type { PairFeatures } from './sentence-features.js'

/**
 * Log-likelihood ratio of an anchor found on both sides: a number or an acronym in both spans of
 * a random pair is rare, so a shared one is strong evidence.
 */
const SHARED_ANCHOR = 2.5

/** Log-likelihood ratio of an anchor on one side only: translators drop or rewrite some numbers. */
const LONE_ANCHOR = -1

/** Quote, bracket and question marks are common, so sharing them means less. */
const SHARED_MARK = 0.7

/** A mark on one side only: speech is sometimes reported indirectly, a question rephrased. */
const LONE_MARK = -0.4

/** An English capitalised word that romanises a Chinese name in the other span. */
const SHARED_NAME = 2

/** A capitalised word that is a name elsewhere in the text but not in this Chinese span. */
const LONE_NAME = -0.3

/** The anchors of a span pair, gathered once and judged as evidence or as a share. */
interface AnchorTally {
  shared: number
  lone: number
  sharedMarks: number
  loneMarks: number
  sharedNames: number
  loneNames: number
}

/**
 * Share of a span pair's anchors found on the other side, in [0, 1]: numbers, Latin tokens, quote,
 * question and bracket marks both ways, and English capitalised words that romanise a Chinese name.
 * `undefined` when neither span has an anchor: no evidence either way.
 */
export function anchorOverlap(features: PairFeatures, zhStart: number, zhCount: number, enStart: number, enCount: number) {
  const tally = tallyAnchors(features, zhStart, zhCount, enStart, enCount)
  if (tally === undefined) return undefined
  const matched = 2 * (tally.shared + tally.sharedMarks) + tally.sharedNames
  const total = matched + tally.lone + tally.loneMarks + tally.loneNames
  return total > 0 ? matched / total : undefined
}

/** The anchors of a span pair as a log-likelihood ratio (0 without anchors). */
export function anchorEvidence(features: PairFeatures, zhStart: number, zhCount: number, enStart: number, enCount: number) {
  const tally = tallyAnchors(features, zhStart, zhCount, enStart, enCount)
  if (tally === undefined) return 0
  return (
    tally.shared * SHARED_ANCHOR +
    tally.lone * LONE_ANCHOR +
    tally.sharedMarks * SHARED_MARK +
    tally.loneMarks * LONE_MARK +
    tally.sharedNames * SHARED_NAME +
    tally.loneNames * LONE_NAME
  )
}

function tallyAnchors(
  features: PairFeatures,
  zhStart: number,
  zhCount: number,
  enStart: number,
  enCount: number,
): AnchorTally | undefined {
  const { zh, en } = features
  if (!anyIn(zh.hasAnchors, zhStart, zhCount) && !anyIn(en.hasAnchors, enStart, enCount)) return undefined
  const stamps = stampsFor(features.anchorCount)
  const zhMark = ++stamps.token
  for (let i = zhStart; i < zhStart + zhCount; i++) {
    for (const id of zh.anchors[i] ?? NONE) stamps.zh[id] = zhMark
    for (const id of zh.names[i] ?? NONE) stamps.zh[id] = zhMark
  }
  const tally = scratchTally
  tally.shared = tally.lone = tally.sharedMarks = tally.loneMarks = tally.sharedNames = tally.loneNames = 0
  const enMark = ++stamps.token
  for (let j = enStart; j < enStart + enCount; j++) {
    for (const id of en.anchors[j] ?? NONE) {
      if (stamps.en[id] === enMark) continue
      stamps.en[id] = enMark
      countAnchor(tally, features.markAnchors.has(id), stamps.zh[id] === zhMark)
    }
    for (const id of en.names[j] ?? NONE) {
      if (stamps.en[id] === enMark) continue
      stamps.en[id] = enMark
      if (stamps.zh[id] === zhMark) tally.sharedNames++
      else tally.loneNames++
    }
  }
  for (let i = zhStart; i < zhStart + zhCount; i++) {
    for (const id of zh.anchors[i] ?? NONE) {
      if (stamps.en[id] === enMark || stamps.en[id] === -enMark) continue
      stamps.en[id] = -enMark
      countAnchor(tally, features.markAnchors.has(id), false)
    }
  }
  return tally
}

const NONE = new Int32Array(0)

/** Reused for every call: the search is single-threaded and reads a tally before asking for the next. */
const scratchTally: AnchorTally = { shared: 0, lone: 0, sharedMarks: 0, loneMarks: 0, sharedNames: 0, loneNames: 0 }

/** Scratch marks per anchor id, shared by all calls (the search is single-threaded). */
interface Stamps {
  zh: Int32Array
  en: Int32Array
  token: number
}

let scratch: Stamps = { zh: new Int32Array(0), en: new Int32Array(0), token: 0 }

function stampsFor(size: number): Stamps {
  if (scratch.zh.length < size || scratch.token > 2 ** 30) {
    scratch = { zh: new Int32Array(size), en: new Int32Array(size), token: 0 }
  }
  return scratch
}

function countAnchor(tally: AnchorTally, isMark: boolean, shared: boolean): void {
  if (isMark) shared ? tally.sharedMarks++ : tally.loneMarks++
  else shared ? tally.shared++ : tally.lone++
}

function anyIn(flags: Uint8Array, start: number, count: number): boolean {
  for (let index = start; index < start + count; index++) if (flags[index] === 1) return true
  return false
}
