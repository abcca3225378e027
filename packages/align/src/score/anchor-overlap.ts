import type { PairFeatures } from './sentence-features.js'

/**
 * Share of a span pair's anchors found on the other side, in [0, 1]: numbers, Latin tokens, quote
 * and bracket marks both ways, and English capitalised words that romanise a Chinese name.
 * `undefined` when neither span has an anchor: no evidence either way.
 */
export function anchorOverlap(
  features: PairFeatures,
  zhStart: number,
  zhCount: number,
  enStart: number,
  enCount: number,
): number | undefined {
  const zhAnchors = collect(features.zhAnchors, zhStart, zhCount)
  const enAnchors = collect(features.enAnchors, enStart, enCount)
  const enNames = collect(features.enNames, enStart, enCount)
  const total = zhAnchors.size + enAnchors.size + enNames.size
  if (total === 0) return undefined
  let matched = 0
  for (const anchor of zhAnchors) if (enAnchors.has(anchor)) matched += 2
  for (const name of enNames) if (romanisesName(features, name, zhStart, zhCount)) matched++
  return matched / total
}

const NO_ANCHORS: ReadonlySet<string> = new Set()

function collect(lists: readonly (readonly string[])[], start: number, count: number): ReadonlySet<string> {
  let found: Set<string> | undefined
  for (let index = start; index < start + count; index++) {
    const list = lists[index] ?? []
    if (list.length === 0) continue
    found ??= new Set()
    for (const item of list) found.add(item)
  }
  return found ?? NO_ANCHORS
}

function romanisesName(features: PairFeatures, name: string, zhStart: number, zhCount: number): boolean {
  for (let index = zhStart; index < zhStart + zhCount; index++) if (features.zhNames[index]?.has(name)) return true
  return false
}
