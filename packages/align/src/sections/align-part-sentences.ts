import type { Bead, Sentence } from '@duiqi/core'
import type { PartPair } from './align-parts.js'

/** Aligns two lists of sentence texts; beads index into the lists given. */
export type TextAligner = (source: readonly string[], target: readonly string[]) => Bead[]

/**
 * Aligns the sentences of a part pair and maps the beads to document sentence indices. Part labels that
 * stand alone ("Objective:") are kept out of the sentence alignment: two standalone labels form a bead of
 * their own; a standalone label facing a label written inline ("目标：讨论…") joins the bead of the
 * sentence it introduces, so "Objective:" + "Discuss NIR trends…" ↔ "目标：讨论…".
 */
export function alignPartSentences(pair: PartPair, align: TextAligner): Bead[] {
  const sourceLabels = pair.source.filter(isStandaloneLabel)
  const targetLabels = pair.target.filter(isStandaloneLabel)
  const sourceText = pair.source.filter((sentence) => !isStandaloneLabel(sentence))
  const targetText = pair.target.filter((sentence) => !isStandaloneLabel(sentence))
  const beads: Bead[] = alignTexts(sourceText, targetText, align)
  const labelBead: Bead = { source: [], target: [], score: 1 }
  for (const label of sourceLabels) attachLabel(label.index, 'source', targetLabels.length > 0, beads, labelBead)
  for (const label of targetLabels) attachLabel(label.index, 'target', sourceLabels.length > 0, beads, labelBead)
  if (labelBead.source.length + labelBead.target.length === 0) return beads
  // Labels with no counterpart on the other side are a structural mismatch: nothing supports the bead.
  if (labelBead.source.length === 0 || labelBead.target.length === 0) labelBead.score = 0
  return [labelBead, ...beads]
}

function alignTexts(source: readonly Sentence[], target: readonly Sentence[], align: TextAligner): Bead[] {
  if (source.length === 0 && target.length === 0) return []
  const toDocument = (indices: readonly number[], sentences: readonly Sentence[]) =>
    indices.map((index) => sentences[index]!.index)
  return align(
    source.map((sentence) => sentence.text),
    target.map((sentence) => sentence.text),
  ).map((bead) => ({ ...bead, source: toDocument(bead.source, source), target: toDocument(bead.target, target) }))
}

/** A label goes to the labels' own bead when the other side has one too, else into the first bead of its side. */
function attachLabel(index: number, side: 'source' | 'target', otherHasLabel: boolean, beads: Bead[], labelBead: Bead): void {
  const home = otherHasLabel ? labelBead : (beads.find((bead) => bead[side].length > 0) ?? labelBead)
  home[side] = [index, ...home[side]].sort((a, b) => a - b)
}

function isStandaloneLabel(sentence: Sentence): boolean {
  return sentence.kind === 'label'
}
