/**
 * The viewer's style sheet: a sticky header with the search box, a sidebar (contents, plot, weakest
 * beads) beside the two-column rows on a laptop screen, one column on a narrow one, and a print
 * layout without sidebar or search, rows kept whole, colours kept.
 */
export const VIEWER_STYLES = `
:root {
  --ink: #1d2430; --muted: #5b6473; --line: #d9dde4; --paper: #fff; --tint: #f4f6f9; --accent: #1f5fbf;
  --lit: #ffe08a; --match: #bfe3ff; --weak: #b3261e;
  --latin: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --han: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--ink); background: var(--paper); font-family: var(--latin); line-height: 1.45; }
[lang="zh"] { font-family: var(--han); }
a { color: var(--accent); }
header.top { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center;
  padding: .55rem 1.2rem; background: rgba(255,255,255,.97); border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 1.05rem; margin: 0; }
header.top .stats { margin: 0; color: var(--muted); font-size: .85rem; }
.search { display: flex; gap: .6rem; align-items: center; margin-left: auto; }
.search input { width: 22rem; max-width: 60vw; padding: .35rem .6rem; font: inherit; border: 1px solid #aab2bf; border-radius: 6px; }
.search output { color: var(--muted); font-size: .85rem; min-width: 7.5rem; }
.legend { display: flex; align-items: center; gap: .35rem; font-size: .8rem; color: var(--muted); }
.legend .scale { width: 6rem; height: .6rem; border-radius: 3px;
  background: linear-gradient(to right, hsl(0 70% 38%), hsl(60 70% 38%), hsl(120 70% 38%)); }
.layout { display: grid; grid-template-columns: 17.5rem minmax(0, 1fr); gap: 1.2rem; padding: 0 1.2rem 2rem; }
aside.sidebar { position: sticky; top: 4.2rem; align-self: start; max-height: calc(100vh - 4.6rem); overflow-y: auto; padding: .8rem .2rem 1rem 0; font-size: .85rem; }
aside.sidebar h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .9rem 0 .35rem; }
.toc ol, .weakest { list-style: none; margin: 0; padding: 0; }
.toc li { display: flex; gap: .35rem; align-items: baseline; padding: .08rem 0; }
.toc li.depth-1 { padding-left: .9rem; }
.toc a { color: var(--ink); text-decoration: none; flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.toc a:hover { text-decoration: underline; }
.toc li.dim { opacity: .35; }
.toc .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .6rem; height: .6rem; border-radius: 2px; flex: none; }
.weakest li { padding: .1rem 0; }
.plot { width: 100%; height: auto; display: block; }
.plot .plot-area { fill: var(--tint); stroke: var(--line); }
.plot .diagonal { stroke: #9aa3b2; stroke-dasharray: 3 3; stroke-width: .8; }
.plot .section-line { stroke: #e3e6eb; stroke-width: .6; }
.plot .axis { font-size: 9px; fill: var(--muted); }
.plot .mark rect { stroke: none; }
.plot .mark.weak rect { stroke: var(--ink); stroke-width: 1.2; }
.plot .mark:hover rect, .plot .mark:focus rect { stroke: var(--accent); stroke-width: 2; }
main { min-width: 0; }
.section { margin-top: 1.1rem; }
.section h2 { font-size: 1.05rem; margin: 0 0 .4rem; padding-top: .3rem; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
.section.depth-1 h2 { font-size: .98rem; }
.section h2 .zh { color: var(--muted); font-weight: 600; }
table.beads { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: .92rem; }
table.beads col.c-score { width: 7.2rem; }
table.beads thead th { text-align: left; font-size: .75rem; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: .2rem .5rem; }
tr.part-row th { text-align: left; font-size: .78rem; color: var(--muted); background: var(--tint); padding: .15rem .5rem; font-weight: 600; }
tr.bead td { vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid #eceef2; }
tr.bead.heading td { font-weight: 600; }
tr.bead td.zh { line-height: 1.6; }
tr.bead:target, tr.bead.flash { outline: 3px solid var(--accent); outline-offset: -3px; background: #eef4ff; }
tr.bead { scroll-margin-top: 5rem; }
tr.bead.weak td.score { box-shadow: inset 4px 0 0 var(--weak); }
td.score { font-size: .8rem; white-space: nowrap; }
.bead-id { color: var(--muted); text-decoration: none; font-variant-numeric: tabular-nums; }
.pill { display: inline-block; min-width: 2.6rem; text-align: center; padding: 0 .3rem; border-radius: 999px; color: #fff;
  background: var(--score-colour); font-variant-numeric: tabular-nums; font-weight: 600; }
.flag { display: block; color: var(--weak); font-weight: 600; margin-top: .15rem; }
.empty { color: var(--muted); }
.term { border-bottom: 1px dotted #8a93a3; cursor: help; }
.term.lit { background: var(--lit); border-bottom-color: #b08900; }
mark { background: var(--match); color: inherit; border-radius: 2px; }
[hidden] { display: none !important; }
.see-also { margin: .5rem 0 0; padding: .5rem .8rem; background: var(--tint); border-left: 3px solid #9aa3b2; font-size: .85rem; }
.see-also h3 { margin: 0 0 .3rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.see-also ol { margin: 0; padding-left: 1.2rem; }
.see-also li { margin: .25rem 0 .45rem; }
.see-also p { margin: 0; }
.see-also .related-score { color: var(--muted); margin: 0 .4rem; }
.see-also .shared { display: inline-block; padding: 0 .3rem; margin: 0 .1rem; border-radius: 4px; background: #e2e7ef; }
.see-also .passage { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; color: #39414e; }
.see-also li:hover .passage { -webkit-line-clamp: unset; }
.no-match { padding: 2rem; color: var(--muted); }
footer { padding: 1rem 1.2rem 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); }
@media (max-width: 900px) {
  .layout { grid-template-columns: 1fr; }
  aside.sidebar { position: static; max-height: none; }
  .search { margin-left: 0; }
}
@media print {
  html { font-size: 10pt; }
  header.top { position: static; border: 0; padding: 0 0 .4rem; }
  .search, aside.sidebar, .legend { display: none !important; }
  .layout { display: block; padding: 0; }
  [hidden] { display: revert !important; }
  .no-match, .no-match[hidden] { display: none !important; }
  tr.bead:target, tr.bead.flash { outline: none; background: none; }
  .term { border-bottom: 0; }
  tr.bead { break-inside: avoid; }
  .section h2 { break-after: avoid; }
  .pill, .swatch, tr.bead.weak td.score { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .see-also { break-inside: avoid; }
  .see-also .passage { -webkit-line-clamp: unset; display: block; }
  a { color: inherit; text-decoration: none; }
  footer { border: 0; }
}
`
