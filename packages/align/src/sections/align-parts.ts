import type { Part, PartKind, Section, Sentence } from '@duiqi/core'

/** The sentences of one part kind on both sides, ready for sentence alignment. */
export interface PartPair {
  readonly kind: PartKind
  readonly source: readonly Sentence[]
  readonly target: readonly Sentence[]
  /** Document indices of the sentences that end a paragraph, on each side. */
  readonly paragraphEnds: { readonly source: ReadonlySet<number>; readonly target: ReadonlySet<number> }
}

/**
 * Pairs the parts of two matched sections by kind (background ↔ 背景, objective ↔ 目标, actions ↔ 行动).
 * When the two sections do not hold the same kinds in the same order, their parts are merged into one
 * `body` pair, so no sentence is left out and the sentence aligner decides.
 */
export function alignParts(source: Section | undefined, target: Section | undefined): PartPair[] {
  const sourceParts = source?.children ?? []
  const targetParts = target?.children ?? []
  const sameKinds =
    sourceParts.length === targetParts.length &&
    sourceParts.every((part, index) => part.kind === targetParts[index]?.kind)
  if (sameKinds) {
    return sourceParts.map((part, index) => ({
      kind: part.kind,
      source: partSentences(part),
      target: partSentences(targetParts[index]!),
      paragraphEnds: { source: paragraphEnds([part]), target: paragraphEnds([targetParts[index]!]) },
    }))
  }
  const merged = {
    kind: 'body' as const,
    source: sourceParts.flatMap(partSentences),
    target: targetParts.flatMap(partSentences),
    paragraphEnds: { source: paragraphEnds(sourceParts), target: paragraphEnds(targetParts) },
  }
  return merged.source.length + merged.target.length === 0 ? [] : [merged]
}

/** The last sentence of each paragraph of some parts, by document index. */
function paragraphEnds(parts: readonly Part[]): Set<number> {
  return new Set(parts.flatMap((part) => part.children.map((paragraph) => paragraph.children.at(-1)!.index)))
}

function partSentences(part: Part): Sentence[] {
  return part.children.flatMap((paragraph) => paragraph.children)
}
