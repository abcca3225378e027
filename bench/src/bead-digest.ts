// Digests of the beads (and their scores) the default aligner gives on MAC-Dev and the Bible, both
// directions: a refactoring of the aligner's inside must leave them unchanged, or say which changed.
// Run: pnpm --filter @duiqi/bench bench:digest [--bible VERSES]
import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { alignSentences, formatBeads } from '@duiqi/align'
import type { Bead } from '@duiqi/core'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
import { readBibleSizes } from './scenarios/bible.js'
import { validateBeads } from './validate-beads.js'

const { values } = parseArgs({ options: { bible: { type: 'string', default: '30000' } } })
const data = benchDataDirectory()

/** The beads' lines, then each bead's score and components: what a user of the beads sees. */
function digest(beads: readonly Bead[]): string {
  const scores = beads.map((bead) => `${bead.score} ${JSON.stringify(bead.components ?? {})}`).join('\n')
  return createHash('sha256').update(formatBeads(beads)).update(scores).digest('hex').slice(0, 16)
}

function report(name: string, source: readonly string[], target: readonly string[], sourceLanguage: 'zh' | 'en'): void {
  const started = performance.now()
  const beads = alignSentences(source, target, { sourceLanguage })
  validateBeads(beads, source.length, target.length, name)
  const beadsOnly = createHash('sha256').update(formatBeads(beads)).digest('hex').slice(0, 16)
  console.log(`${name}\t${beads.length} beads\tbeads ${beadsOnly}\twith scores ${digest(beads)}\t${((performance.now() - started) / 1000).toFixed(1)} s`)
}

const macDev = join(data, 'mac-dev')
for (const id of readdirSync(join(macDev, 'gold')).filter((file) => file.endsWith('.align')).map((file) => file.slice(0, -6)).sort()) {
  const zh = readLines(join(macDev, 'zh', id))
  const en = readLines(join(macDev, 'en', id))
  report(`mac-dev ${id} zh→en`, zh, en, 'zh')
  report(`mac-dev ${id} en→zh`, en, zh, 'en')
}
const size = readBibleSizes(data).find((row) => row.verses === Number(values.bible))
if (size === undefined) throw new Error(`No Bible size ${values.bible} in sizes.tsv.`)
const en = readLines(join(data, 'bible', 'en.txt')).slice(0, size.enLines)
const zh = readLines(join(data, 'bible', 'zh.txt')).slice(0, size.zhLines)
report(`bible ${size.verses} en→zh`, en, zh, 'en')
report(`bible ${size.verses} zh→en`, zh, en, 'zh')
