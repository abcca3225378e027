import { join } from 'node:path'
import MiniSearch from '../../packages/core/node_modules/minisearch/dist/es/index.js'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
const bible = join(benchDataDirectory(), 'bible')
const zh = readLines(join(bible, 'zh.txt'))
const encoders: Record<string, (c: number) => string> = {
  b36x4: (c) => c.toString(36).padStart(4, '0'),
  hex6: (c) => c.toString(16).padStart(6, '0'),
  b8x7: (c) => c.toString(8).padStart(7, '0'),
  b4: (c) => c.toString(4).padStart(11, '0'),
  b36x3rel: (c) => (c >= 0x4e00 && c <= 0x9fff ? (c - 0x4e00).toString(36).padStart(3, '0') : '!' + c.toString(36).padStart(4, '0')),
  hex4rel: (c) => (c >= 0x4e00 && c <= 0x9fff ? (c - 0x4e00).toString(16).padStart(4, '0') : '!' + c.toString(16).padStart(6, '0')),
  b32x3rel: (c) => (c >= 0x4e00 && c <= 0x9fff ? (c - 0x4e00).toString(32).padStart(3, '0') : '!' + c.toString(32).padStart(5, '0')),
}
for (const [name, enc] of Object.entries(encoders)) {
  const toks = zh.map((l) => { const out: string[] = []; for (const [run] of l.matchAll(/\p{Script=Han}+/gu)) { const cs = [...run]; for (let i = 0; i + 1 < cs.length; i++) out.push('~' + enc(cs[i]!.codePointAt(0)!) + enc(cs[i+1]!.codePointAt(0)!)) } return out })
  const ms = new MiniSearch({ fields: ['t'], processTerm: (x: string) => x })
  let cur = 0
  // @ts-ignore
  ms._options.tokenize = () => toks[cur]!
  const t = performance.now()
  for (cur = 0; cur < toks.length; cur++) ms.add({ id: cur, t: 'x' })
  console.log(name, (performance.now() - t).toFixed(0))
}
