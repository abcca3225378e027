import type { Section } from '../model/schemas.js'
import type { Span } from '../segment/span.js'
import type { PartLabel } from './part-labels.js'

/** What a heading says about its section: the fields of `Section` a reader decides. */
export type SectionHead = Pick<Section, 'id' | 'kind' | 'number' | 'title' | 'parent'>

/**
 * A block of a source as a reader classified it, with its span (trimmed of white space, markup
 * kept): a heading, a part label alone on its line, or a paragraph. A paragraph may open with a
 * label or a list number, and may bring its sentences already split (one per line, say).
 */
export type OutlineBlock =
  | (Span & { type: 'heading'; section: SectionHead })
  | (Span & { type: 'label'; label: PartLabel })
  | (Span & { type: 'paragraph'; label?: PartLabel; number?: string; sentences?: Span[] })

/** Whether a block is a paragraph (not a heading or a label). */
export function isParagraphBlock(block: OutlineBlock): boolean {
  return block.type === 'paragraph'
}

/** The title heading's text, if the blocks have one. */
export function findTitle(blocks: readonly OutlineBlock[]): string | undefined {
  const title = blocks.find((block) => block.type === 'heading' && block.section.kind === 'title')
  return title?.type === 'heading' ? title.section.title : undefined
}
