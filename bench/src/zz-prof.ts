import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBeads } from '@duiqi/align'
import { beadText, corpusFromRecords, createCorpus, createSearchIndex, englishWords, type PairRecord } from '@duiqi/core'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
const bible = join(benchDataDirectory(), 'bible')
const en = readLines(join(bible, 'en.txt')); const zh = readLines(join(bible, 'zh.txt'))
const records: PairRecord[] = parseBeads(readFileSync(join(bible, 'gold.align'), 'utf8')).map((bead, index) => ({ id: `b${index}`, section: 'body', part: 'body', score: 1, en: bead.source.map((l) => en[l]!), zh: bead.target.map((l) => zh[l]!), source: bead.source, target: bead.target }))
let t = performance.now()
const corpus = createCorpus(corpusFromRecords(records, { id: 'bible', sourceLanguage: 'en' }))
console.log('corpus', performance.now() - t)
const beads = [...corpus.beads()]
t = performance.now(); let n = 0
for (const b of beads) n += englishWords(beadText(b, 'en')).length
console.log('englishWords', performance.now() - t, n)
t = performance.now(); createSearchIndex(corpus, { segmentation: 'pairs' }); console.log('index', performance.now() - t)
const index = createSearchIndex(corpus, { segmentation: 'pairs' })
const qs: string[] = []
const step = Math.floor(beads.length / 100)
for (let i = 0; i < 100; i++) {
  const text = beadText(beads[i * step]!, 'en')
  qs.push([...text.matchAll(/\p{L}{5,}/gu)].map(([w]) => w).sort((a, b) => b.length - a.length)[0] ?? 'LORD')
  const han = [...beadText(beads[i * step]!, 'zh').matchAll(/\p{Script=Han}{2,}/gu)].map(([r]) => r)[0] ?? '耶和华'
  qs.push(han.slice(0, 2))
}
const times = qs.map((q) => { const t0 = performance.now(); const h = index.search(q); return [performance.now() - t0, q, index.search(q, { limit: 100000 }).length] as const })
console.log(times.sort((a, b) => b[0] - a[0]).slice(0, 12).map(([t, q, n]) => `${t.toFixed(2)}ms ${q} ${n}`).join('\n'))
