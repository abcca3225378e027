// Aligns N Bible sentences a side (the Bible repeated to reach N), in its own process so that its peak
// memory is its own. Usage: reliability-child.ts N
import { alignSentences } from '@duiqi/align'
import { join } from 'node:path'
import { benchDataDirectory } from './bench-paths.js'
import { readLines } from './read-lines.js'
import { reportChild } from './run-child.js'
import { validateBeads } from './validate-beads.js'

const count = Number(process.argv[2])
const dataDirectory = benchDataDirectory()
const repeat = (lines: readonly string[]) => Array.from({ length: count }, (_, index) => lines[index % lines.length]!)
const english = repeat(readLines(join(dataDirectory, 'bible', 'en.txt')))
const chinese = repeat(readLines(join(dataDirectory, 'bible', 'zh.txt')))
const started = performance.now()
const beads = alignSentences(english, chinese, { sourceLanguage: 'en' })
const milliseconds = performance.now() - started
validateBeads(beads, count, count, `reliability ${count}`)
reportChild({ milliseconds, beads: beads.length })
