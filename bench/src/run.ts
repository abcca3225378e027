// `pnpm bench`: aligns MAC-Dev, MAC-Dev as running text and the Bible at every size, scores them with the benchmark's own
// score.mjs, and prints one markdown table. Each run is a child process (own time, own peak memory).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { benchDataDirectory, resultsDirectory } from './bench-paths.js'
import { confidenceTables, judgeMacDevScores } from './confidence.js'
import { runChild } from './run-child.js'
import { ablations } from './scenarios/ablations.js'
import { readBibleSizes, writeBibleGold } from './scenarios/bible.js'
import { prepareHunalign } from './scenarios/hunalign.js'
import type { SentenceCounts } from './scenarios/mac-dev-raw.js'

interface Row {
  readonly benchmark: string
  readonly configuration: string
  readonly strict: number
  readonly lax: number
  readonly seconds: number
  readonly megabytes: number
}

const dataDirectory = benchDataDirectory()
const only = process.argv.slice(2)
const wanted = (name: string): boolean => only.length === 0 || only.includes(name)
const rows: Row[] = []
/** Per Bible size, the full configuration's run and hunalign's, for the ratio table. */
const duiqiFull = new Map<number, { seconds: number; megabytes: number }>()
const hunalignRuns = new Map<number, { seconds: number; megabytes: number }>()
const hunalignFailures: string[] = []
const HUNALIGN_LABEL = 'hunalign (WebAssembly, CC-CEDICT, `-onebyteencoding -realign`)'
let confidence = ''

if (wanted('mac-dev')) {
  for (const ablation of ablations) {
    const output = join(resultsDirectory, 'mac-dev', ablation.id)
    const run = runScenario(['mac-dev', ablation.id, output])
    const score = scoreWith(['--gold', join(dataDirectory, 'mac-dev', 'gold'), '--auto', output])
    rows.push({ benchmark: 'MAC-Dev (6 chapters)', configuration: ablation.label, ...score, ...run })
    report(rows.at(-1))
    if (ablation.id === 'full') confidence = confidenceTables(judgeMacDevScores(dataDirectory, output))
  }
}
if (wanted('bible')) {
  const verseFiles = ['--src-verse', join(dataDirectory, 'bible', 'en.verse'), '--tgt-verse', join(dataDirectory, 'bible', 'zh.verse')]
  const sizes = readBibleSizes(dataDirectory)
  const largest = Math.max(...sizes.map((size) => size.verses))
  for (const { verses } of sizes) {
    const gold = join(resultsDirectory, 'bible', `gold-${verses}.align`)
    writeBibleGold(dataDirectory, verses, gold)
    for (const ablation of verses === largest ? ablations : ablations.filter((a) => a.growth)) {
      const output = join(resultsDirectory, 'bible', `${verses}-${ablation.id}.align`)
      const run = runScenario(['bible', String(verses), ablation.id, output])
      const score = scoreWith(['--gold', gold, '--auto', output, ...verseFiles])
      rows.push({ benchmark: `Bible ${verses.toLocaleString('en')}`, configuration: ablation.label, ...score, ...run })
      report(rows.at(-1))
      if (ablation.id === 'full') duiqiFull.set(verses, run)
    }
    const input = join(resultsDirectory, 'bible', `hunalign-${verses}`)
    prepareHunalign(dataDirectory, input, verses)
    const output = join(resultsDirectory, 'bible', `${verses}-hunalign.align`)
    const run = tryRunScenario(['hunalign', input, output])
    if (typeof run === 'string') {
      hunalignFailures.push(`hunalign did not finish at ${verses.toLocaleString('en')} verses: ${run}`)
      console.error(hunalignFailures.at(-1))
      continue
    }
    rows.push({ benchmark: `Bible ${verses.toLocaleString('en')}`, configuration: HUNALIGN_LABEL, ...scoreWith(['--gold', gold, '--auto', output, ...verseFiles]), ...run })
    report(rows.at(-1))
    hunalignRuns.set(verses, run)
  }
}
const runningText: string[] = []
const RUNNING_TEXT_LABELS = {
  text: 'running text: `align(zh, en)` (`duiqi align zh.txt en.txt`)',
  uncut: 'running text, the aligner cutting no sentence (`cutSentences: false`, `--no-cut`)',
  traditional: 'running text, the Chinese in traditional characters (OpenCC `cn` → `tw`, offsets unchanged), scored on the same spans',
  'gold-zh': 'bound: the gold\'s Chinese sentences, duiqi\'s English ones (`alignSentences`)',
  presplit: 'presplit sentences: `alignSentences` (`--presplit`)',
} as const
if (wanted('mac-dev-raw')) {
  for (const input of ['text', 'uncut', 'traditional', 'gold-zh', 'presplit'] as const) {
    const output = join(resultsDirectory, 'mac-dev-raw', input)
    const run = runChild<{ milliseconds: number; peakMegabytes: number; counts: Partial<SentenceCounts> }>('./child.ts', ['mac-dev-raw', input, output])
    const score = scoreTextWith(output)
    const counts = run.counts
    const sentences = input === 'gold-zh' ? "the gold's zh, duiqi's en" : counts.zh === undefined ? 'as the gold' : `${counts.zh} / ${counts.goldZh} zh, ${counts.en} / ${counts.goldEn} en`
    const label = RUNNING_TEXT_LABELS[input]
    runningText.push(`| ${label} | ${score.f1.toFixed(4)} | ${score.precision.toFixed(4)} | ${score.recall.toFixed(4)} | ${sentences} | ${(run.milliseconds / 1000).toFixed(1)} | ${Math.round(run.peakMegabytes)} |`)
    console.error(`MAC-Dev running text · ${input}: char-link F1 ${score.f1.toFixed(4)}`)
  }
}
if (rows.length > 0) console.log(`\n${markdownTable(rows)}`)
if (hunalignRuns.size > 0) {
  const ratios = [...hunalignRuns].map(([verses, peer]) => {
    const own = duiqiFull.get(verses)
    return own === undefined ? '' : `| ${verses.toLocaleString('en')} | ${own.seconds.toFixed(1)} | ${peer.seconds.toFixed(1)} | ${(own.seconds / peer.seconds).toFixed(2)} | ${Math.round(own.megabytes)} | ${Math.round(peer.megabytes)} |`
  })
  console.log(`\n**duiqi against hunalign on the Bible**, the same run (wall time of the alignment, lexicon or dictionary load included; peak RSS of each child process):\n`)
  console.log(`| verses | duiqi (s) | hunalign (s) | wall ratio | duiqi peak RSS (MB) | hunalign peak RSS (MB) |\n|---:|---:|---:|---:|---:|---:|\n${ratios.filter(Boolean).join('\n')}`)
}
for (const failure of hunalignFailures) console.log(`\n${failure}`)
if (runningText.length > 0) {
  console.log('\n**MAC-Dev as running text** (char-link F1, macro over 6 chapters, `score-text.mjs`; sentences made against the gold\'s):\n')
  console.log(`| input | F1 | precision | recall | sentences | time (s) | peak RSS (MB) |\n|---|---:|---:|---:|---|---:|---:|\n${runningText.join('\n')}`)
}
if (confidence !== '') console.log(`\nHow well the scores of the full configuration point at its wrong beads:\n\n${confidence}`)

function runScenario(args: string[]): { seconds: number; megabytes: number } {
  const { milliseconds, peakMegabytes } = runChild<{ milliseconds: number; peakMegabytes: number }>('./child.ts', args)
  return { seconds: milliseconds / 1000, megabytes: peakMegabytes }
}

/** {@link runScenario}, or the last line of the child's error when it fails (a peer that runs out of memory, say). */
function tryRunScenario(args: string[]): { seconds: number; megabytes: number } | string {
  try {
    return runScenario(args)
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error)
    return stderr.split('\n').find((line) => /^\w*Error: /.test(line.trim()))?.trim() ?? 'the child process failed'
  }
}

function scoreWith(args: string[]): { strict: number; lax: number } {
  const output = execFileSync(process.execPath, [join(dataDirectory, 'score.mjs'), ...args, '--json'], { encoding: 'utf8' })
  const { total } = JSON.parse(output) as { total: { strict: { f1: number }; lax: { f1: number } } }
  return { strict: total.strict.f1, lax: total.lax.f1 }
}

function scoreTextWith(output: string): { f1: number; precision: number; recall: number } {
  const json = execFileSync(process.execPath, [join(dataDirectory, 'score-text.mjs'), '--gold', join(dataDirectory, 'mac-dev-raw', 'gold'), '--auto', output, '--json'], { encoding: 'utf8' })
  return (JSON.parse(json) as { macro: { f1: number; precision: number; recall: number } }).macro
}

function report(row: Row | undefined): void {
  if (row !== undefined) console.error(`${row.benchmark} · ${row.configuration}: strict F1 ${row.strict.toFixed(3)}, ${row.seconds.toFixed(1)} s`)
}

function markdownTable(table: readonly Row[]): string {
  const header = '| Benchmark | Configuration | Strict F1 | Lax F1 | Wall time (s) | Peak RSS (MB) |\n|---|---|---:|---:|---:|---:|'
  const lines = table.map(
    (row) =>
      `| ${row.benchmark} | ${row.configuration} | ${row.strict.toFixed(3)} | ${row.lax.toFixed(3)} | ${row.seconds.toFixed(1)} | ${Math.round(row.megabytes)} |`,
  )
  return [header, ...lines].join('\n')
}
