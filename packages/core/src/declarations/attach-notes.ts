import type { Note, Paragraph, Section } from '../model/schemas.js'
import type { FootnoteDraft } from './footnote-zones.js'

/**
 * Ties each footnote to a paragraph: the one its marker stands in (the last paragraph that starts
 * before it); for a marker in a heading, the first paragraph after that heading; without a marker,
 * the paragraph the note's zone interrupts (or the last one before it). Notes come back in the order of their numbers.
 */
export function attachNotes(source: string, documentId: string, drafts: readonly FootnoteDraft[], sections: readonly Section[]): Note[] {
  const paragraphs = sections.flatMap((section) => section.children.flatMap((part) => part.children))
  const headings = sections.flatMap((section) => (section.heading ? [section.heading] : []))
  return [...drafts]
    .sort((a, b) => a.number - b.number)
    .map((draft) => {
      const paragraph = owningParagraph(draft, paragraphs, headings)
      return {
        type: 'note',
        id: `${documentId}:n${draft.number}`,
        number: String(draft.number),
        text: source.slice(draft.text.start, draft.text.end).replace(/\s+/g, ' ').trim(),
        start: draft.text.start,
        end: draft.text.end,
        ...(draft.label ? { label: draft.label } : {}),
        ...(draft.marker ? { marker: draft.marker } : {}),
        paragraph: paragraph.id,
      } satisfies Note
    })
}

function owningParagraph(
  draft: FootnoteDraft,
  paragraphs: readonly Paragraph[],
  headings: ReadonlyArray<{ start: number; end: number }>,
): Paragraph {
  const marker = draft.marker
  if (marker !== undefined) {
    const paragraph = lastStartingBefore(paragraphs, marker.start)
    const heading = lastStartingBefore(headings, marker.start)
    if (heading !== undefined && (paragraph === undefined || heading.start > paragraph.start)) {
      const after = paragraphs.find((other) => other.start >= heading.end)
      if (after) return after
    }
    if (paragraph) return paragraph
  }
  return lastStartingBefore(paragraphs, draft.text.start) ?? paragraphs[0]!
}

/** The last of `spans` (in document order) that starts before `offset`. */
function lastStartingBefore<Item extends { start: number }>(spans: readonly Item[], offset: number): Item | undefined {
  let found: Item | undefined
  for (const span of spans) if (span.start <= offset) found = span
  return found
}
