import { join } from 'node:path'
import MiniSearch from '../../packages/core/node_modules/minisearch/dist/es/index.js'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
import { chineseSearchTerms, encodeHanTerm } from '../../packages/core/src/search/chinese-search-terms.ts'
const zh = readLines(join(join(benchDataDirectory(), 'bible'), 'zh.txt'))
const ms = new MiniSearch({ fields: ['zh'], tokenize: (t: string) => chineseSearchTerms(t, 'pairs'), processTerm: (x: string) => x, searchOptions: { tokenize: (t: string) => [t], processTerm: (x: string) => x } })
ms.addAll(zh.map((t, id) => ({ id, zh: t })))
const term = encodeHanTerm('耶和')
const tree = { combineWith: 'OR', queries: [{ combineWith: 'AND', fields: ['zh'], boost: { zh: 1 }, queries: [{ combineWith: 'OR', prefix: false, queries: [term] }] }] }
const bench = (name: string, f: () => unknown) => { for (let i = 0; i < 5; i++) f(); const ts = Array.from({ length: 15 }, () => { const t = performance.now(); f(); return performance.now() - t }).sort((a, b) => a - b); console.log(name, ts[0]!.toFixed(2), ts[7]!.toFixed(2)) }
bench('search simple', () => ms.search(term))
bench('search tree', () => ms.search(tree as never))
// @ts-ignore
bench('executeQuery', () => ms.executeQuery(term, {}))
console.log(ms.search(term).length)
