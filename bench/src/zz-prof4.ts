import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBeads } from '@duiqi/align'
import { corpusFromRecords, createCorpus, createSearchIndex, type PairRecord } from '@duiqi/core'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
const bible = join(benchDataDirectory(), 'bible')
const en = readLines(join(bible, 'en.txt')); const zh = readLines(join(bible, 'zh.txt'))
const records: PairRecord[] = parseBeads(readFileSync(join(bible, 'gold.align'), 'utf8')).map((bead, index) => ({ id: `b${index}`, section: 'body', part: 'body', score: 1, en: bead.source.map((l) => en[l]!), zh: bead.target.map((l) => zh[l]!), source: bead.source, target: bead.target }))
const corpus = createCorpus(corpusFromRecords(records, { id: 'bible', sourceLanguage: 'en' }))
const index = createSearchIndex(corpus, { segmentation: 'pairs' })
for (const q of ['耶和', '他们', 'LORD', 'father', 'wilderness']) {
  index.search(q)
  const ts = Array.from({ length: 9 }, () => { const t = performance.now(); index.search(q); return performance.now() - t }).sort((a, b) => a - b)
  console.log(q, ts.map((t) => t.toFixed(1)).join(' '))
}
