import type { RelatedPassage } from '@duiqi/core'
import { escapeHtml, formatScore, scoreColour } from './html.js'
import type { ViewerRow, ViewerSection } from './viewer-model.js'

/** Names of the parts as row-group labels. */
const PART_LABELS: Readonly<Record<string, string>> = {
  heading: 'Heading',
  background: 'Background · 背景',
  objective: 'Objective · 目标',
  actions: 'Actions · 行动',
  body: 'Text',
}

/** A section: its headings in both languages, a table of its beads (grouped by part), and its "see also" passages. */
export function renderSection(section: ViewerSection): string {
  const id = escapeHtml(section.id)
  return `<section class="section depth-${section.depth}" id="section-${id}" data-section="${id}">
<h2><span class="en">${escapeHtml(section.enHeading)}</span> <span class="zh" lang="zh">${escapeHtml(section.zhHeading)}</span></h2>
<table class="beads">
<colgroup><col class="c-score"><col class="c-zh"><col class="c-en"></colgroup>
<thead><tr><th scope="col">Bead · score</th><th scope="col" lang="zh">中文</th><th scope="col">English</th></tr></thead>
<tbody>
${renderRows(section.rows)}
</tbody>
</table>
${renderRelated(section.related)}
</section>`
}

function renderRows(rows: readonly ViewerRow[]): string {
  const lines: string[] = []
  let part: string | undefined
  for (const row of rows) {
    if (row.part !== part && row.part !== 'heading' && row.part !== 'body') {
      lines.push(`<tr class="part-row"><th colspan="3" scope="rowgroup">${escapeHtml(PART_LABELS[row.part] ?? row.part)}</th></tr>`)
    }
    part = row.part
    lines.push(renderRow(row))
  }
  return lines.join('\n')
}

/** A bead's row: id and score (colour, and a flag when weak), then the Chinese and English sentences. */
export function renderRow(row: ViewerRow): string {
  const id = escapeHtml(row.id)
  const components = Object.entries(row.components)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `${name} ${formatScore(value)}`)
  const detail = [`score ${formatScore(row.score)}`, ...components].join(' · ')
  const flag = row.weak ? '<span class="flag" title="Among the weakest beads: review first">⚠ weak</span>' : ''
  return `<tr id="${id}" data-bead="${id}" data-score="${row.score}" class="bead${row.weak ? ' weak' : ''}${row.part === 'heading' ? ' heading' : ''}">
<td class="score"><a class="bead-id" href="#${id}">${id}</a> <span class="pill" style="--score-colour:${scoreColour(row.score)}" title="${escapeHtml(detail)}">${formatScore(row.score)}</span>${flag}</td>
<td class="zh" lang="zh">${renderSentences(row.zh)}</td>
<td class="en" lang="en">${renderSentences(row.en)}</td>
</tr>`
}

function renderSentences(sentences: readonly string[]): string {
  if (sentences.length === 0) return '<span class="empty" title="No counterpart">—</span>'
  return sentences.map((sentence) => `<span class="sentence">${escapeHtml(sentence)}</span>`).join(' ')
}

/** "See also": the related declarations' paragraphs, with score and the shared terms as the reason. */
function renderRelated(passages: readonly RelatedPassage[]): string {
  if (passages.length === 0) return ''
  const items = passages.map((passage) => {
    const terms = passage.terms.map((term) => `<span class="shared">${escapeHtml(term)}</span>`).join(' ')
    return `<li data-paragraph="${escapeHtml(passage.paragraph)}"><p class="ref"><b>${escapeHtml(documentName(passage.document))}</b> ¶ ${escapeHtml(paragraphLabel(passage.paragraph))} <span class="related-score">score ${passage.score.toFixed(1)}</span> <span class="reason">shared terms: ${terms}</span></p><p class="passage">${escapeHtml(passage.text)}</p></li>`
  })
  return `<aside class="see-also"><h3>See also in the related declarations</h3><ol>${items.join('')}</ol></aside>`
}

/** A document id as a reader's name: `g20-trieste-2021` → "G20 Trieste 2021". */
export function documentName(documentId: string): string {
  return documentId
    .split('-')
    .map((word, index) => (index === 0 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ')
}

/** A paragraph id without its document: `g7-torino-2017:12a` → "12a". */
export function paragraphLabel(paragraphId: string): string {
  return paragraphId.slice(paragraphId.indexOf(':') + 1)
}
