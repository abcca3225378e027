import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import MiniSearch from '../../packages/core/node_modules/minisearch/dist/es/index.js'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
import { englishWords, searchStopWords } from '@duiqi/core'
import { chineseSearchTerms } from '../../packages/core/src/search/chinese-search-terms.ts'
const bible = join(benchDataDirectory(), 'bible')
const en = readLines(join(bible, 'en.txt')); const zh = readLines(join(bible, 'zh.txt'))
let t = performance.now()
const enTokens = en.map((l) => englishWords(l).map((w) => w.form).filter((f) => !searchStopWords.has(f)))
const zhTokens = zh.map((l) => chineseSearchTerms(l, 'pairs'))
console.log('tokenize', performance.now() - t, enTokens.flat().length, zhTokens.flat().length)
for (const [name, toks] of [['en', enTokens], ['zh', zhTokens]] as const) {
  const ms = new MiniSearch({ fields: ['t'], tokenize: (_: string) => [], processTerm: (x: string) => x })
  t = performance.now()
  // @ts-ignore
  ms._options.tokenize = (_s: string, _f: string) => toks[cur]!
  let cur = 0
  for (cur = 0; cur < toks.length; cur++) ms.add({ id: cur, t: 'x' })
  console.log(name, performance.now() - t)
}
