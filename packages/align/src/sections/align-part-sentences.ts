import type { Bead, Sentence } from '@duiqi/core'
import type { CutAlignment, ParagraphEnds } from '../sentences/align-sentences.js'
import type { SentenceParts } from '../sentences/cut-sentences.js'
import type { PartPair } from './align-parts.js'

/**
 * Aligns two lists of sentences, told which of them end a paragraph. The beads index the lists after
 * any cuts the aligner made (each cut sentence replaced by its parts); `parts` says how each was cut.
 */
export type TextAligner = (source: readonly Sentence[], target: readonly Sentence[], paragraphEnds: ParagraphEnds) => CutAlignment

/**
 * Most parts a sentence is cut into (a bead side holds six pieces at most). A part of a cut sentence
 * has the place `index + part / PARTS_PER_SENTENCE` in its document's order, so the beads of a part
 * pair keep document order before the document is numbered again (see {@link partPlace}).
 */
export const PARTS_PER_SENTENCE = 8

/** The place in document order of part `part` of the sentence numbered `index`: exact in binary. */
export function partPlace(index: number, part: number): number {
  return index + part / PARTS_PER_SENTENCE
}

type Side = 'source' | 'target'

/**
 * Consecutive standalone labels of one side ("Objective:"), and where a bead of their own could go
 * without breaking the order of that side: before any bead from `from` to `to`, inclusive.
 */
interface LabelRun {
  readonly indices: number[]
  /** Document index of the text sentence the labels introduce, if any follows them in the part. */
  readonly next: number | undefined
  readonly from: number
  readonly to: number
}

/**
 * Aligns the sentences of a part pair and maps the beads to document sentence indices. Part labels that
 * stand alone ("Objective:") are kept out of the sentence alignment and put back where they stand: two
 * standalone labels at the same place on both sides form a bead of their own; a label with no
 * counterpart there joins the bead of the sentence it introduces, so "Objective:" + "Discuss NIR
 * trends…" ↔ "目标：讨论…". Either way the beads stay in document order on both sides, each holding
 * consecutive sentences.
 */
export function alignPartSentences(pair: PartPair, align: TextAligner): { beads: Bead[]; cuts: SideCuts } {
  const sourceText = pair.source.filter((sentence) => !isStandaloneLabel(sentence))
  const targetText = pair.target.filter((sentence) => !isStandaloneLabel(sentence))
  const { beads, cuts } = alignTexts(sourceText, targetText, pair.paragraphEnds, align)
  const sourceRuns = labelRuns(pair.source, 'source', beads)
  const targetRuns = labelRuns(pair.target, 'target', beads)
  const labelBeads: Array<{ at: number; bead: Bead }> = []
  let s = 0
  let t = 0
  // Two runs pair when some place between beads suits both; runs are visited in order on each side.
  while (s < sourceRuns.length && t < targetRuns.length) {
    const source = sourceRuns[s]!
    const target = targetRuns[t]!
    const from = Math.max(source.from, target.from)
    if (from <= Math.min(source.to, target.to)) {
      labelBeads.push({ at: from, bead: { source: source.indices, target: target.indices, score: 1 } })
      s++
      t++
    } else if (source.to < target.to) {
      joinOrStandAlone(source, 'source', beads, labelBeads)
      s++
    } else {
      joinOrStandAlone(target, 'target', beads, labelBeads)
      t++
    }
  }
  for (const run of sourceRuns.slice(s)) joinOrStandAlone(run, 'source', beads, labelBeads)
  for (const run of targetRuns.slice(t)) joinOrStandAlone(run, 'target', beads, labelBeads)
  // Insert from the last place back, so earlier places keep their meaning; equal places keep their order.
  for (const { at, bead } of [...labelBeads].reverse()) beads.splice(at, 0, bead)
  return { beads, cuts }
}

/** Per side, the sentences an aligner cut: document index → pieces in each part. */
export interface SideCuts {
  readonly source: ReadonlyMap<number, readonly number[]>
  readonly target: ReadonlyMap<number, readonly number[]>
}

function alignTexts(source: readonly Sentence[], target: readonly Sentence[], ends: PartPair['paragraphEnds'], align: TextAligner): { beads: Bead[]; cuts: SideCuts } {
  if (source.length === 0 && target.length === 0) return { beads: [], cuts: { source: new Map(), target: new Map() } }
  const flags = (sentences: readonly Sentence[], last: ReadonlySet<number>) => Uint8Array.from(sentences, (sentence) => (last.has(sentence.index) ? 1 : 0))
  const { beads, parts } = align(source, target, { source: flags(source, ends.source), target: flags(target, ends.target) })
  const sourcePlaces = placesAfterCuts(source, parts.source)
  const targetPlaces = placesAfterCuts(target, parts.target)
  return {
    beads: beads.map((bead) => ({ ...bead, source: bead.source.map((index) => sourcePlaces[index]!), target: bead.target.map((index) => targetPlaces[index]!) })),
    cuts: { source: cutsByDocumentIndex(source, parts.source), target: cutsByDocumentIndex(target, parts.target) },
  }
}

/** The document place of each sentence after the cuts: a whole sentence's index, or each part's {@link partPlace}. */
function placesAfterCuts(sentences: readonly Sentence[], parts: SentenceParts): number[] {
  return sentences.flatMap((sentence, at) => Array.from({ length: parts[at]?.length ?? 1 }, (_, part) => partPlace(sentence.index, part)))
}

function cutsByDocumentIndex(sentences: readonly Sentence[], parts: SentenceParts): Map<number, readonly number[]> {
  const cuts = new Map<number, readonly number[]>()
  parts.forEach((counts, at) => {
    if (counts !== undefined) cuts.set(sentences[at]!.index, counts)
  })
  return cuts
}

/**
 * The runs of standalone labels on one side of a part. A bead of labels fits after every bead holding
 * a sentence of this side before the run, and no later than the bead that opens with the sentence the
 * labels introduce (when a bead holds sentences on both sides of the run, nowhere).
 */
function labelRuns(sentences: readonly Sentence[], side: Side, beads: readonly Bead[]): LabelRun[] {
  const runs: LabelRun[] = []
  for (let at = 0; at < sentences.length; at++) {
    if (!isStandaloneLabel(sentences[at]!)) continue
    const indices: number[] = []
    while (at < sentences.length && isStandaloneLabel(sentences[at]!)) indices.push(sentences[at++]!.index)
    const next = sentences[at]?.index
    const first = indices[0]!
    const lastBefore = findLastIndex(beads, (bead) => bead[side].some((index) => index < first))
    const holder = next === undefined ? beads.length : beads.findIndex((bead) => bead[side].includes(next))
    runs.push({ indices, next, from: lastBefore + 1, to: next === undefined || beads[holder]![side][0] === next ? holder : -1 })
  }
  return runs
}

/**
 * A label with no counterpart joins the bead of the sentence it introduces, or, at the end of the part,
 * the bead of the sentence before it; with no sentence on its side at all it stands alone, and nothing
 * supports that bead: its score is 0.
 */
function joinOrStandAlone(run: LabelRun, side: Side, beads: Bead[], labelBeads: Array<{ at: number; bead: Bead }>): void {
  const home =
    run.next === undefined
      ? findLast(beads, (bead) => bead[side].length > 0)
      : beads.find((bead) => bead[side].includes(run.next!))
  if (home === undefined) {
    const bead: Bead = side === 'source' ? { source: run.indices, target: [], score: 0 } : { source: [], target: run.indices, score: 0 }
    labelBeads.push({ at: run.from, bead })
    return
  }
  home[side] = [...home[side], ...run.indices].sort((a, b) => a - b)
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let at = items.length - 1; at >= 0; at--) if (test(items[at]!)) return at
  return -1
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  return items[findLastIndex(items, test)]
}

function isStandaloneLabel(sentence: Sentence): boolean {
  return sentence.kind === 'label'
}
