import type { EnglishCandidate } from './english-candidates.js'

/** Where each candidate term occurs, and which pairs of terms share beads, over the beads of a corpus. */
export interface TermStatistics {
  /** Beads with both sides, the denominator of every association measure. */
  readonly beadCount: number
  /** English key → indices of the beads that hold it, ascending. */
  readonly englishBeads: ReadonlyMap<string, readonly number[]>
  /** Chinese term → indices of the beads that hold it, ascending. */
  readonly chineseBeads: ReadonlyMap<string, readonly number[]>
  /** English key → Chinese term → number of beads holding both. */
  readonly joint: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** English key → how it was written, with counts, in order of first sight. */
  readonly surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** English key → the kind of its first sighting. */
  readonly kinds: ReadonlyMap<string, EnglishCandidate['kind']>
}

/** The candidate terms of one bead, both languages. */
export interface BeadCandidates {
  readonly english: readonly EnglishCandidate[]
  readonly chinese: readonly string[]
}

/**
 * Counts candidate terms over the beads and, for the `maxCandidates` most frequent of each language,
 * the beads each pair shares. Ties in frequency keep the first seen, so the result is deterministic.
 */
export function countTerms(beads: readonly BeadCandidates[], maxCandidates: number): TermStatistics {
  const englishBeads = new Map<string, number[]>()
  const chineseBeads = new Map<string, number[]>()
  const surfaces = new Map<string, Map<string, number>>()
  const kinds = new Map<string, EnglishCandidate['kind']>()
  beads.forEach((bead, index) => {
    for (const candidate of bead.english) {
      addOnce(englishBeads, candidate.key, index)
      const written = surfaces.get(candidate.key) ?? new Map<string, number>()
      written.set(candidate.surface, (written.get(candidate.surface) ?? 0) + 1)
      surfaces.set(candidate.key, written)
      if (!kinds.has(candidate.key)) kinds.set(candidate.key, candidate.kind)
    }
    for (const term of bead.chinese) addOnce(chineseBeads, term, index)
  })
  const english = mostFrequent(englishBeads, maxCandidates)
  const chinese = mostFrequent(chineseBeads, maxCandidates)
  const joint = new Map<string, Map<string, number>>()
  beads.forEach((bead) => {
    const chineseKeys = [...new Set(bead.chinese)].filter((term) => chinese.has(term))
    for (const key of new Set(bead.english.map((candidate) => candidate.key))) {
      if (!english.has(key)) continue
      const row = joint.get(key) ?? new Map<string, number>()
      for (const term of chineseKeys) row.set(term, (row.get(term) ?? 0) + 1)
      joint.set(key, row)
    }
  })
  return { beadCount: beads.length, englishBeads, chineseBeads, joint, surfaces, kinds }
}

function addOnce(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [index])
  else if (list.at(-1) !== index) list.push(index)
}

function mostFrequent(map: ReadonlyMap<string, readonly number[]>, limit: number): Set<string> {
  if (map.size <= limit) return new Set(map.keys())
  return new Set(
    [...map.entries()]
      .map(([key, beads], order) => ({ key, count: beads.length, order }))
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .slice(0, limit)
      .map(({ key }) => key),
  )
}

/** Indices of the beads holding both an English key and a Chinese term, ascending. */
export function sharedBeads(statistics: TermStatistics, en: string, zh: string): number[] {
  const chinese = new Set(statistics.chineseBeads.get(zh) ?? [])
  return (statistics.englishBeads.get(en) ?? []).filter((index) => chinese.has(index))
}
