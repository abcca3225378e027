import { z } from 'zod'
import { parseArgument } from '@duiqi/core'
import { beadPairsSchema, formatBead as beadKey, type BeadPair } from './bead-lines.js'

/** Precision, recall and F1, each in [0, 1]. */
export const precisionRecallSchema = z.object({
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
})
export type PrecisionRecall = z.infer<typeof precisionRecallSchema>

/**
 * How an alignment compares with gold beads: `strict` counts exact bead matches (the Bertalign
 * paper's measure, empty beads included); `lax` is Vecalign's partial-overlap measure.
 */
export const alignmentScoreSchema = z.object({
  strict: precisionRecallSchema,
  lax: precisionRecallSchema,
  /** Counts behind `strict`: gold beads, automatic beads, gold beads found. */
  gold: z.number().int(),
  auto: z.number().int(),
  hits: z.number().int(),
})
export type AlignmentScore = z.infer<typeof alignmentScoreSchema>

/** Verse labels per sentence (Bible mode): consecutive automatic beads inside one verse are merged first. */
export const verseLabelsSchema = z.object({ source: z.array(z.string()), target: z.array(z.string()) })
export type VerseLabels = z.infer<typeof verseLabelsSchema>

/** Beads of one document, or of several to pool. */
const documentsSchema = z.union([beadPairsSchema, z.array(beadPairsSchema)])
const DOCUMENTS_HINT = 'Pass beads `{ source: number[], target: number[] }`, or an array of such lists (one a document).'

/**
 * Scores automatic beads against gold beads exactly as the benchmark's `score.mjs` does (unrounded).
 * Pass several documents as arrays of bead lists to pool them as the scorer does for a folder.
 */
export function scoreAlignment(
  gold: readonly BeadPair[] | readonly (readonly BeadPair[])[],
  auto: readonly BeadPair[] | readonly (readonly BeadPair[])[],
  verses?: VerseLabels,
): AlignmentScore {
  parseArgument(documentsSchema, gold, 'gold', DOCUMENTS_HINT)
  parseArgument(documentsSchema, auto, 'auto', DOCUMENTS_HINT)
  parseArgument(verseLabelsSchema.optional(), verses, 'verses')
  const goldDocuments = asDocuments(gold)
  const autoDocuments = asDocuments(auto)
  let goldCount = 0
  let autoCount = 0
  let hits = 0
  const precisionCounts = [0, 0, 0, 0]
  const recallCounts = [0, 0, 0, 0]
  goldDocuments.forEach((goldBeads, index) => {
    let autoBeads: readonly BeadPair[] = autoDocuments[index] ?? []
    if (verses !== undefined) autoBeads = mergeByVerse(autoBeads, verses)
    const autoKeys = new Set(autoBeads.map(beadKey))
    hits += goldBeads.filter((bead) => autoKeys.has(beadKey(bead))).length
    goldCount += goldBeads.length
    autoCount += autoBeads.length
    addInto(precisionCounts, laxCounts(goldBeads, autoBeads))
    addInto(recallCounts, laxCounts(bothSides(autoBeads), bothSides(goldBeads)))
  })
  const strictPrecision = hits / autoCount
  const strictRecall = hits / goldCount
  const laxPrecision = (precisionCounts[2] ?? 0) / ((precisionCounts[2] ?? 0) + (precisionCounts[3] ?? 0))
  const laxRecall = (recallCounts[2] ?? 0) / ((recallCounts[2] ?? 0) + (recallCounts[3] ?? 0))
  return {
    strict: { precision: strictPrecision, recall: strictRecall, f1: f1(strictPrecision, strictRecall) },
    lax: { precision: laxPrecision, recall: laxRecall, f1: f1(laxPrecision, laxRecall) },
    gold: goldCount,
    auto: autoCount,
    hits,
  }
}

function asDocuments(beads: readonly BeadPair[] | readonly (readonly BeadPair[])[]): (readonly BeadPair[])[] {
  if (beads.length > 0 && Array.isArray(beads[0])) return beads as (readonly BeadPair[])[]
  return [beads as readonly BeadPair[]]
}

function bothSides(beads: readonly BeadPair[]): BeadPair[] {
  return beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0)
}

function addInto(totals: number[], counts: readonly number[]): void {
  counts.forEach((count, index) => (totals[index] = (totals[index] ?? 0) + count))
}

function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

/** Vecalign's counts: [strict hits, strict misses, lax hits, lax misses] of `test` against `gold`. */
function laxCounts(gold: readonly BeadPair[], test: readonly BeadPair[]): [number, number, number, number] {
  const goldKeys = new Set(gold.filter((bead) => bead.source.length > 0 || bead.target.length > 0).map(beadKey))
  const targetsOf = new Map<number, Set<number>>()
  for (const bead of gold) {
    for (const i of bead.source) {
      const targets = targetsOf.get(i) ?? new Set<number>()
      for (const j of bead.target) targets.add(j)
      targetsOf.set(i, targets)
    }
  }
  let strictHits = 0
  let strictMisses = 0
  let laxHits = 0
  let laxMisses = 0
  const seen = new Set<string>()
  for (const bead of test) {
    const key = beadKey(bead)
    if ((bead.source.length === 0 && bead.target.length === 0) || seen.has(key)) continue
    seen.add(key)
    if (goldKeys.has(key)) {
      strictHits++
      laxHits++
      continue
    }
    strictMisses++
    const linked = new Set(bead.source.flatMap((i) => [...(targetsOf.get(i) ?? [])]))
    if (bead.target.some((j) => linked.has(j))) laxHits++
    else laxMisses++
  }
  return [strictHits, strictMisses, laxHits, laxMisses]
}

/** Merges consecutive beads that fall inside one verse, as the Bertalign Bible scorer does. */
function mergeByVerse(beads: readonly BeadPair[], verses: VerseLabels): BeadPair[] {
  const merged: Array<{ source: number[]; target: number[] }> = []
  let last = ''
  for (const bead of beads) {
    const verse = verseOf(bead, verses)
    const previous = merged[merged.length - 1]
    if (last !== '' && verse === last && previous !== undefined) {
      for (const index of bead.source) previous.source.push(index)
      for (const index of bead.target) previous.target.push(index)
    } else merged.push({ source: [...bead.source], target: [...bead.target] })
    last = verse
  }
  return merged
}

function verseOf(bead: BeadPair, verses: VerseLabels): string {
  const sourceVerses = [...new Set(bead.source.map((i) => verses.source[i]))]
  const targetVerses = [...new Set(bead.target.map((j) => verses.target[j]))]
  const a = bead.source.length > 0 ? sourceVerses : ['NULL']
  const b = bead.target.length > 0 ? targetVerses : ['NULL']
  if (a.length !== 1 || b.length !== 1) return ''
  if (a[0] === b[0]) return a[0] ?? ''
  if (a[0] === 'NULL') return b[0] ?? ''
  if (b[0] === 'NULL') return a[0] ?? ''
  return ''
}
