// `pnpm --filter @duiqi/bench bench:cli`: what a translator waits for at the command line. Runs the built
// `duiqi align` (packages/cli/bin/duiqi.js, as npm ships it; run `pnpm build` first) in fresh processes on a
// 1,000-line pair (the Bible's first 1,000 English lines and the Chinese lines of the same verses, presplit)
// and on each MAC-Dev chapter as running text; reports the median wall time of the whole process (Node
// start, reading, aligning, writing) and its peak RSS.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchDataDirectory, benchRoot, resultsDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
import { median } from './statistics.js'

/** Fresh processes per input: an odd number, so the median is one of them. */
const RUNS = 5

const CLI = join(benchRoot, '..', 'packages', 'cli', 'bin', 'duiqi.js')
const PRELOAD = fileURLToPath(new URL('./peak-memory-on-exit.mjs', import.meta.url))
const data = benchDataDirectory()
const folder = join(resultsDirectory, 'cli')
mkdirSync(folder, { recursive: true })

const inputs: Array<{ label: string; args: string[] }> = [{ label: 'Bible, first 1,000 English lines and their verses in Chinese (`--presplit`)', args: ['--presplit', ...bibleThousand()] }]
for (const file of readdirSync(join(data, 'mac-dev-raw', 'zh')).sort()) {
  inputs.push({ label: `MAC-Dev ${file.replace('.txt', '')} as running text`, args: [join(data, 'mac-dev-raw', 'zh', file), join(data, 'mac-dev-raw', 'en', file)] })
}
console.log('| `duiqi align` on | median wall time (fastest–slowest) | peak RSS |\n|---|---:|---:|')
for (const { label, args } of inputs) {
  const runs = Array.from({ length: RUNS }, () => timeRun(args)).sort((a, b) => a.seconds - b.seconds)
  const peak = Math.max(...runs.map((run) => run.megabytes))
  console.log(`| ${label} | ${median(runs.map((run) => run.seconds)).toFixed(2)} s (${runs[0]!.seconds.toFixed(2)}–${runs.at(-1)!.seconds.toFixed(2)}) | ${Math.round(peak)} MB |`)
}

/** The Bible pair: English lines 1–1,000, and the Chinese lines of the verses they hold. */
function bibleThousand(): [string, string] {
  const en = readLines(join(data, 'bible', 'en.txt')).slice(0, 1000)
  const verses = new Set(readLines(join(data, 'bible', 'en.verse')).slice(0, 1000))
  const zhVerses = readLines(join(data, 'bible', 'zh.verse'))
  const zh = readLines(join(data, 'bible', 'zh.txt')).filter((_, at) => verses.has(zhVerses[at] ?? ''))
  const files: [string, string] = [join(folder, 'bible-1000.en.txt'), join(folder, 'bible-1000.zh.txt')]
  writeFileSync(files[0], `${en.join('\n')}\n`)
  writeFileSync(files[1], `${zh.join('\n')}\n`)
  return files
}

/** One fresh `duiqi align` process: its wall time and the peak RSS it reported as it exited. */
function timeRun(args: readonly string[]): { seconds: number; megabytes: number } {
  const started = performance.now()
  const run = spawnSync(process.execPath, ['--import', PRELOAD, CLI, 'align', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`duiqi align ${args.join(' ')} failed (${run.status}): ${run.stderr}`)
  const report = JSON.parse(run.stderr.trim().split('\n').at(-1) ?? '{}') as { peakMegabytes?: number }
  return { seconds, megabytes: report.peakMegabytes ?? Number.NaN }
}
