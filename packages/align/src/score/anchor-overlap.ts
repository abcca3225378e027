import { tune } from '../tuning.js'
import type { PairFeatures } from './sentence-features.js'

/**
 * Log-likelihood ratio of an anchor found on both sides: a number or an acronym in both spans of
 * a random pair is rare, so a shared one is strong evidence.
 */
const SHARED_ANCHOR = tune('SA', 2.5)

/** Log-likelihood ratio of an anchor on one side only: translators drop or rewrite some numbers. */
const LONE_ANCHOR = tune('LA', -1)

/** Quotes and brackets are common, so sharing them means less. */
const SHARED_MARK = 0.7

/** A quote on one side only: speech is sometimes reported indirectly. */
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
 * Share of a span pair's anchors found on the other side, in [0, 1]: numbers, Latin tokens, quote
 * and bracket marks both ways, and English capitalised words that romanise a Chinese name.
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
  if (!anyIn(features.zhHasAnchors, zhStart, zhCount) && !anyIn(features.enHasAnchors, enStart, enCount)) return undefined
  const zhAnchors = collect(features.zhAnchors, zhStart, zhCount)
  const enAnchors = collect(features.enAnchors, enStart, enCount)
  const enNames = collect(features.enNames, enStart, enCount)
  const tally: AnchorTally = { shared: 0, lone: 0, sharedMarks: 0, loneMarks: 0, sharedNames: 0, loneNames: 0 }
  for (const anchor of zhAnchors ?? []) countAnchor(tally, anchor, enAnchors?.has(anchor) === true)
  for (const anchor of enAnchors ?? []) if (zhAnchors?.has(anchor) !== true) countAnchor(tally, anchor, false)
  for (const name of enNames ?? []) {
    if (romanisesName(features, name, zhStart, zhCount)) tally.sharedNames++
    else tally.loneNames++
  }
  return tally
}

function countAnchor(tally: AnchorTally, anchor: string, shared: boolean): void {
  const isMark = anchor === 'quote' || anchor === 'bracket'
  if (isMark) shared ? tally.sharedMarks++ : tally.loneMarks++
  else shared ? tally.shared++ : tally.lone++
}

function anyIn(flags: Uint8Array, start: number, count: number): boolean {
  for (let index = start; index < start + count; index++) if (flags[index] === 1) return true
  return false
}

function collect(lists: readonly (readonly string[])[], start: number, count: number): Set<string> | undefined {
  let found: Set<string> | undefined
  for (let index = start; index < start + count; index++) {
    const list = lists[index]
    if (list === undefined || list.length === 0) continue
    found ??= new Set()
    for (const item of list) found.add(item)
  }
  return found
}

function romanisesName(features: PairFeatures, name: string, zhStart: number, zhCount: number): boolean {
  for (let index = zhStart; index < zhStart + zhCount; index++) if (features.zhNames[index]?.has(name)) return true
  return false
}
