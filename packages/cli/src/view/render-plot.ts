import { escapeHtml, formatScore, scoreColour } from './html.js'
import type { ViewerModel, ViewerRow } from './viewer-model.js'

/** Side of the plot's square drawing area, in SVG units (it scales with the sidebar). */
const PLOT_SIZE = 240
/** Room for the axis labels left of and under the drawing area. */
const MARGIN = 26
/** A mark is drawn at least this wide and high, so a one-sentence bead stays visible and clickable. */
const MIN_MARK = 4

/** Where the plot puts sentence indices: scales for both axes (y grows upwards). */
interface PlotScale {
  readonly x: (index: number) => number
  readonly y: (index: number) => number
}

/**
 * The alignment path as an SVG dot plot: source sentence index across, target index up, one mark per
 * bead (a rectangle over the sentences it joins, a thin bar on the axis for a bead with an empty side),
 * coloured by score, weak beads ringed, each a link to its row. Faint lines mark where sections start;
 * the dashed diagonal is the path of a text translated sentence for sentence.
 */
export function renderAlignmentPlot(model: ViewerModel): string {
  const width = PLOT_SIZE + MARGIN
  const scale: PlotScale = {
    x: (index) => MARGIN + (index / Math.max(1, model.sourceCount)) * PLOT_SIZE,
    y: (index) => PLOT_SIZE - (index / Math.max(1, model.targetCount)) * PLOT_SIZE,
  }
  const rows = model.sections.flatMap((section) => section.rows)
  const marks: string[] = []
  let cursor = { source: 0, target: 0 }
  for (const row of rows) {
    marks.push(renderMark(row, scale, cursor))
    cursor = { source: Math.max(cursor.source, ...row.source.map((index) => index + 1)), target: Math.max(cursor.target, ...row.target.map((index) => index + 1)) }
  }
  const [sourceName, targetName] = model.sourceLanguage === 'zh' ? ['中文', 'English'] : ['English', '中文']
  return `<svg class="plot" viewBox="0 0 ${width} ${width}" role="img" aria-label="Alignment path: ${rows.length} beads, ${sourceName} sentences across, ${targetName} up">
<rect class="plot-area" x="${MARGIN}" y="0" width="${PLOT_SIZE}" height="${PLOT_SIZE}"/>
${renderSectionLines(model, scale)}
<line class="diagonal" x1="${scale.x(0)}" y1="${scale.y(0)}" x2="${scale.x(model.sourceCount)}" y2="${scale.y(model.targetCount)}"/>
${marks.join('\n')}
<text class="axis" x="${MARGIN + PLOT_SIZE / 2}" y="${PLOT_SIZE + 18}" text-anchor="middle">${sourceName} sentence → (${model.sourceCount})</text>
<text class="axis" x="12" y="${PLOT_SIZE / 2}" text-anchor="middle" transform="rotate(-90 12 ${PLOT_SIZE / 2})">${targetName} sentence → (${model.targetCount})</text>
</svg>`
}

/** One bead's mark; `cursor` is where the path stands (the next sentence of each side), for an empty side. */
function renderMark(row: ViewerRow, scale: PlotScale, cursor: { source: number; target: number }): string {
  const [x0, x1] = row.source.length > 0 ? [scale.x(Math.min(...row.source)), scale.x(Math.max(...row.source) + 1)] : [scale.x(cursor.source), scale.x(cursor.source)]
  const [y1, y0] = row.target.length > 0 ? [scale.y(Math.min(...row.target)), scale.y(Math.max(...row.target) + 1)] : [scale.y(cursor.target), scale.y(cursor.target)]
  const width = Math.max(MIN_MARK, x1 - x0)
  const height = Math.max(MIN_MARK, y1 - y0)
  const x = (x0 + x1) / 2 - width / 2
  const y = (y0 + y1) / 2 - height / 2
  const title = `${row.id} · section ${row.section} · ${row.part} · score ${formatScore(row.score)}${row.weak ? ' · weak' : ''}`
  return `<a href="#${escapeHtml(row.id)}" class="mark${row.weak ? ' weak' : ''}" data-bead="${escapeHtml(row.id)}"><rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" fill="${scoreColour(row.score)}"/><title>${escapeHtml(title)}</title></a>`
}

/** Faint lines where each section after the first starts, on both axes. */
function renderSectionLines(model: ViewerModel, scale: PlotScale): string {
  const lines: string[] = []
  for (const section of model.sections.slice(1)) {
    const first = section.rows.find((row) => row.source.length > 0 && row.target.length > 0)
    if (first === undefined) continue
    const x = round(scale.x(Math.min(...first.source)))
    const y = round(scale.y(Math.min(...first.target)))
    lines.push(`<line class="section-line" x1="${x}" y1="0" x2="${x}" y2="${PLOT_SIZE}"/><line class="section-line" x1="${MARGIN}" y1="${y}" x2="${MARGIN + PLOT_SIZE}" y2="${y}"/>`)
  }
  return lines.join('\n')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
