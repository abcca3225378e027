import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { alignSentences, componentSimilarity, formatBeads } from '@duiqi/align'
import { readLines } from '../read-lines.js'
import { validateBeads } from '../validate-beads.js'
import { ablationOptions } from './ablations.js'

/**
 * MAC-Dev: six literary chapters, Chinese source → English target. Aligns each chapter and writes
 * `NNN.align` into `outputDirectory`, and beside it `NNN.scores`: per bead, its score and the mean of
 * its components, tab-separated, for judging the scores. Returns the milliseconds spent aligning
 * (lexicon load included).
 */
export function runMacDev(dataDirectory: string, outputDirectory: string, ablation: string): number {
  const folder = join(dataDirectory, 'mac-dev')
  const ids = readdirSync(join(folder, 'gold')).filter((file) => file.endsWith('.align')).map((file) => file.slice(0, -6)).sort()
  const chapters = ids.map((id) => ({ id, zh: readLines(join(folder, 'zh', id)), en: readLines(join(folder, 'en', id)) }))
  const options = { ...ablationOptions(ablation), sourceLanguage: 'zh' as const }
  const warmup = chapters[0]
  if (warmup !== undefined) {
    const beads = alignSentences(warmup.zh.slice(0, 20), warmup.en.slice(0, 20), options)
    validateBeads(beads, Math.min(20, warmup.zh.length), Math.min(20, warmup.en.length), 'mac-dev warm-up')
  }
  mkdirSync(outputDirectory, { recursive: true })
  let milliseconds = 0
  for (const chapter of chapters) {
    const started = performance.now()
    const beads = alignSentences(chapter.zh, chapter.en, options)
    milliseconds += performance.now() - started
    validateBeads(beads, chapter.zh.length, chapter.en.length, `mac-dev ${chapter.id}`)
    writeFileSync(join(outputDirectory, `${chapter.id}.align`), formatBeads(beads))
    const scores = beads.map((bead) => `${bead.score}\t${componentSimilarity(bead.components ?? {})}\n`).join('')
    writeFileSync(join(outputDirectory, `${chapter.id}.scores`), scores)
  }
  return milliseconds
}
