/** A range of a text to mark: a glossary term (with its entry id and a tooltip) or a search match. */
export interface MarkedRange {
  readonly start: number
  readonly end: number
  /** Glossary entry id, for a term. */
  readonly term?: string
  readonly title?: string
}

/**
 * A text as HTML with its glossary terms in `<span class="term" data-term="…">` and its search matches
 * in `<mark>`, the two nesting where they overlap; everything else escaped. `terms` must not overlap
 * one another (matches may).
 *
 * @example markText('SMEs grow', [{ start: 0, end: 4, term: 't3' }], []) // '<span class="term" data-term="t3">SMEs</span> grow'
 */
export function markText(text: string, terms: readonly MarkedRange[], matches: readonly MarkedRange[]): string {
  const cuts = new Set([0, text.length])
  for (const range of [...terms, ...matches]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)))
    cuts.add(Math.max(0, Math.min(text.length, range.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  let html = ''
  let openTerm: MarkedRange | undefined
  for (let index = 0; index + 1 < points.length; index++) {
    const [start, end] = [points[index]!, points[index + 1]!]
    const term = terms.find((range) => range.start <= start && end <= range.end)
    if (term !== openTerm) {
      if (openTerm) html += '</span>'
      if (term) html += `<span class="term" data-term="${escape(term.term ?? '')}"${term.title ? ` title="${escape(term.title)}"` : ''}>`
      openTerm = term
    }
    const marked = matches.some((range) => range.start <= start && end <= range.end)
    html += marked ? `<mark>${escape(text.slice(start, end))}</mark>` : escape(text.slice(start, end))
  }
  return openTerm ? `${html}</span>` : html
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}
