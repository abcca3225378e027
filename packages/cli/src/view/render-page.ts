import { escapeHtml, formatScore, scoreColour, scriptJson } from './html.js'
import { renderAlignmentPlot } from './render-plot.js'
import { renderSection } from './render-sections.js'
import { VIEWER_DATA_ID } from './viewer-data-id.js'
import { VIEWER_STYLES } from './viewer-styles.js'
import type { ViewerModel } from './viewer-model.js'

/** What the page's script reads: the glossary whose term pairs light up together. */
export interface ViewerData {
  readonly glossary: ViewerModel['glossary']
}

/**
 * The whole viewer as one self-contained HTML page: styles, data and script inline, no network.
 * Without the script the page still reads and prints (rows, colours, plot links); the script adds
 * the search box's filter and the glossary highlighting.
 *
 * @param script - The browser script (the bundled viewer), inlined as is.
 */
export function renderViewerPage(model: ViewerModel, script: string): string {
  const rows = model.sections.reduce((sum, section) => sum + section.rows.length, 0)
  const data: ViewerData = { glossary: model.glossary }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="duiqi">
<title>${escapeHtml(model.title)} · duiqi</title>
<style>${VIEWER_STYLES}</style>
</head>
<body>
<header class="top">
<div class="title"><h1>${escapeHtml(model.title)}</h1>
<p class="stats">${rows} beads · ${sentenceCounts(model)} · mean score ${formatScore(model.meanScore)} · ${model.weakest.length} weakest flagged ⚠</p></div>
<div class="search"><input type="search" id="filter" placeholder="Filter rows: 中小企业, SMEs, standards…" aria-label="Filter rows by words in either language" autocomplete="off"><output id="filter-count" for="filter" aria-live="polite">${rows} of ${rows} beads</output></div>
<div class="legend" aria-hidden="true">score 0 <span class="scale"></span> 1</div>
</header>
<div class="layout">
<aside class="sidebar">
${renderContents(model)}
<h2>Alignment path</h2>
${renderAlignmentPlot(model)}
${renderWeakest(model)}
</aside>
<main>
${model.sections.map(renderSection).join('\n')}
<p class="no-match" id="no-match" hidden>No bead matches the filter.</p>
</main>
</div>
<footer>Made by duiqi from the aligned corpus “${escapeHtml(model.id)}”. A bead’s score is the aligner’s probability that the bead is right; colours run from red (0) through amber to green (1), and ⚠ marks the weakest beads. Click a mark of the alignment path to go to its row; hover a dotted term to see its counterpart.</footer>
<script type="application/json" id="${VIEWER_DATA_ID}">${scriptJson(data)}</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`
}

/** The table of contents: each section with its weakest score as a swatch and its bead count. */
function renderContents(model: ViewerModel): string {
  const items = model.sections.map((section) => {
    const id = escapeHtml(section.id)
    const swatch = `<span class="swatch" style="background:${scoreColour(section.minScore)}" title="lowest score ${formatScore(section.minScore)}"></span>`
    const label = section.id === 'title' || section.enHeading.startsWith(section.id) ? section.enHeading : `${section.id} ${section.enHeading}`
    return `<li class="depth-${section.depth}" data-section="${id}">${swatch}<a href="#section-${id}" title="${escapeHtml(`${section.enHeading} · ${section.zhHeading}`)}">${escapeHtml(label)}</a><span class="count">${section.rows.length}</span></li>`
  })
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${items.join('')}</ol></nav>`
}

/** "100 中文 · 102 English sentences", source first. */
function sentenceCounts(model: ViewerModel): string {
  const [source, target] = model.sourceLanguage === 'zh' ? ['中文', 'English'] : ['English', '中文']
  return `${model.sourceCount} ${source} · ${model.targetCount} ${target} sentences`
}

/** The flagged beads, weakest first, as links to their rows. */
function renderWeakest(model: ViewerModel): string {
  if (model.weakest.length === 0) return ''
  const items = model.weakest.map(
    (row) => `<li><a href="#${escapeHtml(row.id)}">${escapeHtml(row.id)}</a> <span class="pill" style="--score-colour:${scoreColour(row.score)}">${formatScore(row.score)}</span> ${escapeHtml(row.section)} · ${escapeHtml(row.part)}</li>`,
  )
  return `<h2>Weakest beads ⚠</h2><ol class="weakest">${items.join('')}</ol>`
}
