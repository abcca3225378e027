import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { alignSentences, formatBeads } from '@duiqi/align'
import { readLines } from '../read-lines.js'
import { validateBeads } from '../validate-beads.js'
import { ablationOptions } from './ablations.js'

/** One row of `bible/sizes.tsv`: the first `enLines` English and `zhLines` Chinese lines, scored on `goldBeads`. */
export interface BibleSize {
  readonly verses: number
  readonly enLines: number
  readonly zhLines: number
  readonly goldBeads: number
}

/** The sizes the Bible benchmark is run at. */
export function readBibleSizes(dataDirectory: string): BibleSize[] {
  return readLines(join(dataDirectory, 'bible', 'sizes.tsv'))
    .slice(1)
    .map((line) => line.split('\t').map(Number))
    .map(([verses = 0, enLines = 0, zhLines = 0, goldBeads = 0]) => ({ verses, enLines, zhLines, goldBeads }))
}

/**
 * The Bible at one size: English source (KJV) → Chinese target (CUV). Writes the beads to
 * `outputFile`; returns the milliseconds spent aligning (lexicon load included).
 */
export function runBible(dataDirectory: string, outputFile: string, verses: number, ablation: string): number {
  const size = readBibleSizes(dataDirectory).find((row) => row.verses === verses)
  if (size === undefined) throw new Error(`No Bible size ${verses} in sizes.tsv.`)
  const en = readLines(join(dataDirectory, 'bible', 'en.txt')).slice(0, size.enLines)
  const zh = readLines(join(dataDirectory, 'bible', 'zh.txt')).slice(0, size.zhLines)
  const options = { ...ablationOptions(ablation), sourceLanguage: 'en' as const }
  validateBeads(alignSentences(en.slice(0, 20), zh.slice(0, 26), options), 20, 26, 'bible warm-up')
  const started = performance.now()
  const beads = alignSentences(en, zh, options)
  const milliseconds = performance.now() - started
  validateBeads(beads, en.length, zh.length, `bible ${verses}`)
  mkdirSync(dirname(outputFile), { recursive: true })
  writeFileSync(outputFile, formatBeads(beads))
  return milliseconds
}

/** The gold beads of one size (the first `goldBeads` lines of gold.align), written where score.mjs can read them. */
export function writeBibleGold(dataDirectory: string, verses: number, goldFile: string): void {
  const size = readBibleSizes(dataDirectory).find((row) => row.verses === verses)
  if (size === undefined) throw new Error(`No Bible size ${verses} in sizes.tsv.`)
  const lines = readFileSync(join(dataDirectory, 'bible', 'gold.align'), 'utf8').split('\n').slice(0, size.goldBeads)
  mkdirSync(dirname(goldFile), { recursive: true })
  writeFileSync(goldFile, `${lines.join('\n')}\n`)
}
