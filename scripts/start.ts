// `pnpm start`: the main job. Aligns the NIR Action Plan from seeds/, prints a side-by-side summary,
// and writes the corpus to out/ as JSON lines and TSV.
import { mkdir, writeFile } from 'node:fs/promises'
import { corpusRecords, createCorpus, formatJsonl, formatTsv, type BeadView } from '@duiqi/core'
import { pad, truncate } from '../packages/cli/src/format-table.js'
import { buildNirActionPlan } from './nir-plan.js'

/** How many of the weakest beads to show for review. */
const WEAKEST_SHOWN = 8
/** Column width of each language in the side-by-side view (Han characters count double). */
const COLUMN_WIDTH = 58

const started = performance.now()
const corpus = createCorpus(await buildNirActionPlan())
const beads = [...corpus.beads()]
const seconds = ((performance.now() - started) / 1000).toFixed(2)

console.log(`${corpus.title}\n`)
console.log(`Aligned ${corpus.sentences('zh').length} Chinese and ${corpus.sentences('en').length} English sentences into ${beads.length} beads in ${seconds} s.\n`)
console.log('Sections')
for (const section of corpus.sections) {
  const zh = section.source?.heading?.text ?? '—'
  const en = section.target?.heading?.text ?? '—'
  console.log(`  ${section.id.padEnd(6)} ${sideBySide(zh, en)}  ${section.beads.length} bead${section.beads.length === 1 ? '' : 's'}`)
}
console.log('\nBead types (Chinese-English)')
for (const [type, count] of countTypes(beads)) console.log(`  ${type.padEnd(6)} ${count}`)
console.log(`\nThe ${WEAKEST_SHOWN} lowest-scoring beads (check these first)`)
for (const bead of [...beads].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).slice(0, WEAKEST_SHOWN)) {
  console.log(`  ${bead.id.padEnd(5)} ${bead.section.padEnd(5)} ${bead.score.toFixed(2)}  ${sideBySide(bead.zh.join(''), bead.en.join(' '))}`)
}
await mkdir('out', { recursive: true })
const records = corpusRecords(corpus)
await writeFile('out/nir-action-plan.jsonl', formatJsonl(records))
await writeFile('out/nir-action-plan.tsv', formatTsv(records))
console.log(`\nWrote out/nir-action-plan.jsonl and out/nir-action-plan.tsv (${records.length} beads each).`)

function countTypes(views: readonly BeadView[]): Array<[string, number]> {
  const counts = new Map<string, number>()
  for (const view of views) {
    const type = `${view.bead.source.length}-${view.bead.target.length}`
    counts.set(type, (counts.get(type) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

function sideBySide(zh: string, en: string): string {
  return `${fit(zh, COLUMN_WIDTH)} │ ${fit(en, COLUMN_WIDTH)}`
}

/** Cuts or pads a string to a display width, counting wide (CJK) characters as two columns. */
function fit(text: string, width: number): string {
  return pad(truncate(text, width), width)
}
