// Run by bench:profile under `node --cpu-prof`: aligns the Bible at one size, English source, as bench:align does.
import { alignSentences } from '@duiqi/align'
import { join } from 'node:path'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
import { readBibleSizes } from './scenarios/bible.js'

const verses = Number(process.argv[2] ?? 30_000)
const data = benchDataDirectory()
const size = readBibleSizes(data).find((row) => row.verses === verses)
if (size === undefined) throw new Error(`No Bible size ${verses} in sizes.tsv.`)
const en = readLines(join(data, 'bible', 'en.txt')).slice(0, size.enLines)
const zh = readLines(join(data, 'bible', 'zh.txt')).slice(0, size.zhLines)
const started = performance.now()
alignSentences(en, zh, { sourceLanguage: 'en' })
console.log(JSON.stringify({ milliseconds: performance.now() - started }))
