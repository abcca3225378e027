import type { SectionHead } from './outline-block.js'

/**
 * Reads a numbered heading ("4.1 Research collaboration", "（一）合作研究"), given the number of the
 * last top-level section (for headings that number subsections alone); `undefined` if unnumbered.
 */
export type NumberedHeadingParser = (heading: string, lastTopLevel: number) => SectionHead | undefined

/**
 * Returns a function that gives each heading, in document order, its section. A numbered heading
 * says its own id; the first heading, if unnumbered, is the document title (id `title`); any later
 * unnumbered heading is the next top-level section, without a `number` (the English NIR plan omits
 * the numbers of its sections 3 and 4).
 */
export function createSectionNumberer(parseNumbered: NumberedHeadingParser): (heading: string) => SectionHead {
  let lastTopLevel = 0
  let isFirst = true
  return (heading) => {
    const numbered = parseNumbered(heading, lastTopLevel)
    const wasFirst = isFirst
    isFirst = false
    if (numbered) {
      lastTopLevel = Number.parseInt(numbered.id, 10) || lastTopLevel
      return numbered
    }
    if (wasFirst) return { id: 'title', kind: 'title', title: heading }
    lastTopLevel += 1
    return { id: String(lastTopLevel), kind: 'section', title: heading }
  }
}
