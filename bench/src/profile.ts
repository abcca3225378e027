// `pnpm --filter @duiqi/bench bench:profile [VERSES]`: where the time of one Bible alignment goes. Runs the
// alignment (30,000 verses unless told) in a child under `node --cpu-prof` and prints, per phase of the
// aligner, the seconds of CPU samples spent inside its function (callees included), and the garbage
// collector's own samples. The phases nest as listed; a function called from two phases counts in both.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The aligner's phases, by the function that runs each, in the order a search meets them. */
const PHASES: ReadonlyArray<readonly [label: string, functionName: string]> = [
  ['reading the sentences (words, dictionary lookups, anchors)', 'extractPairFeatures'],
  ['… Chinese words (segmentit, or the dictionary for long texts)', 'chineseLookupWords'],
  ['lexical anchors for the first band', 'findAnchors'],
  ['first search', 'searchBand'],
  ['learning the models from the first path', 'refineModels'],
  ['… word pairs learnt', 'learnTranslations'],
  ['… names learnt', 'learnNames'],
  ['… each word\'s recall', 'estimateRecall'],
  ['… word order', 'createWordOrderEvidence'],
  ['second search, with posteriors', 'searchBandWithConfidence'],
  ['preparing each band (word-match masks), both searches', 'useBand'],
  ['bead evidence, both searches', 'evidence'],
]

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string }
  readonly children?: readonly number[]
}

const verses = process.argv[2] ?? '30000'
const folder = mkdtempSync(join(tmpdir(), 'duiqi-profile-'))
const child = fileURLToPath(new URL('./profile-child.ts', import.meta.url))
const output = execFileSync(process.execPath, [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${folder}`, child, verses], { encoding: 'utf8' })
const { milliseconds } = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { milliseconds: number }
const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'))
if (file === undefined) throw new Error('The child wrote no CPU profile.')
const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
rmSync(folder, { recursive: true, force: true })
const inside = insideTimes(profile)
console.log(`Bible ${Number(verses).toLocaleString('en')} verses, English source: the alignment took ${(milliseconds / 1000).toFixed(1)} s of wall time.\n`)
console.log('| phase | function | CPU seconds (callees included) |\n|---|---|---:|')
for (const [label, name] of PHASES) console.log(`| ${label} | \`${name}\` | ${((inside.get(name) ?? 0) / 1e6).toFixed(2)} |`)
console.log(`| garbage collection | (garbage collector) | ${((inside.get('(garbage collector)') ?? 0) / 1e6).toFixed(2)} |`)

/** Per function name, the microseconds of samples whose stack holds it (once per sample however deep it recurses). */
function insideTimes(data: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): Map<string, number> {
  const byId = new Map(data.nodes.map((node) => [node.id, node]))
  const parentOf = new Map<number, number>()
  for (const node of data.nodes) for (const childId of node.children ?? []) parentOf.set(childId, node.id)
  const times = new Map<string, number>()
  data.samples.forEach((sample, at) => {
    const seen = new Set<string>()
    for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
      const name = byId.get(id)?.callFrame.functionName ?? ''
      if (seen.has(name)) continue
      seen.add(name)
      times.set(name, (times.get(name) ?? 0) + (data.timeDeltas[at] ?? 0))
    }
  })
  return times
}
