import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { align, alignSentences } from '@duiqi/align'
import { collectSentences, corpusRecords, createCorpus, formatJsonl, readPlainText, sentenceText, type AlignedCorpus, type Document, type Sentence } from '@duiqi/core'
import * as OpenCC from 'opencc-js/cn2t'
import { readLines } from '../read-lines.js'

/** Sentences a run made on each side, against the gold's. */
export interface SentenceCounts {
  readonly zh: number
  readonly en: number
  readonly goldZh: number
  readonly goldEn: number
}

/**
 * MAC-Dev as running text: each chapter's raw Chinese and English aligned by `align()` as a user's two
 * files are (`duiqi align zh.txt en.txt`), written as `NNN.jsonl` for score-text.mjs; with `cut` false,
 * without letting the aligner cut sentences (`cutSentences: false`), to measure what the cuts buy.
 * Returns the milliseconds spent aligning and the sentence counts against the gold's.
 */
export function runMacDevRaw(dataDirectory: string, outputDirectory: string, cut = true, traditional = false): { milliseconds: number; counts: SentenceCounts } {
  const folder = join(dataDirectory, 'mac-dev-raw')
  const toTraditional = traditional ? OpenCC.Converter({ from: 'cn', to: 'tw' }) : undefined
  mkdirSync(outputDirectory, { recursive: true })
  let milliseconds = 0
  const counts = { zh: 0, en: 0, goldZh: 0, goldEn: 0 }
  for (const id of chapterIds(folder)) {
    const simplified = readFileSync(join(folder, 'zh', `${id}.txt`), 'utf8')
    const zh = toTraditional === undefined ? simplified : toTraditional(simplified)
    if (zh.length !== simplified.length) throw new Error(`OpenCC changed the length of chapter ${id}: its sentences could not be scored at the same offsets.`)
    const en = readFileSync(join(folder, 'en', `${id}.txt`), 'utf8')
    const started = performance.now()
    const aligned = align(zh, en, { sourceLanguage: 'zh', targetLanguage: 'en', cutSentences: cut })
    // Scored on the same spans of the simplified original, which the gold is in (the conversion keeps every offset).
    const corpus = createCorpus(toTraditional === undefined ? aligned : withTextsOf(aligned, simplified))
    milliseconds += performance.now() - started
    const records = corpusRecords(corpus)
    writeFileSync(join(outputDirectory, `${id}.jsonl`), formatJsonl(records))
    counts.zh += corpus.sentences('zh').length
    counts.en += corpus.sentences('en').length
    const gold = goldBeads(folder, id)
    counts.goldZh += gold.reduce((sum, bead) => sum + bead.zh.length, 0)
    counts.goldEn += gold.reduce((sum, bead) => sum + bead.en.length, 0)
  }
  return { milliseconds, counts }
}

/** The corpus with each Chinese sentence's text read from `original` at the sentence's own span. */
function withTextsOf(corpus: AlignedCorpus, original: string): AlignedCorpus {
  const retext = (sentence: Sentence): Sentence => ({ ...sentence, text: sentenceText(original.slice(sentence.start, sentence.end)) })
  const source: Document = {
    ...corpus.source,
    text: original,
    children: corpus.source.children.map((section) => ({
      ...section,
      ...(section.heading === undefined ? {} : { heading: retext(section.heading) }),
      children: section.children.map((part) => ({ ...part, children: part.children.map((paragraph) => ({ ...paragraph, children: paragraph.children.map(retext) })) })),
    })),
  }
  return { ...corpus, source }
}

/**
 * The presplit MAC-Dev chapters aligned by `alignSentences` and written as `NNN.jsonl` of sentence
 * texts, so the same character-link measure scores them beside the running text.
 */
export function runMacDevPresplitAsText(dataDirectory: string, outputDirectory: string): { milliseconds: number } {
  const folder = join(dataDirectory, 'mac-dev')
  return alignSentenceLists(dataDirectory, outputDirectory, (id) => ({ zh: readLines(join(folder, 'zh', id)), en: readLines(join(folder, 'en', id)) }))
}

/**
 * A bound on what a better Chinese splitter could buy: the gold's own Chinese sentences aligned by
 * `alignSentences` with the English sentences duiqi's splitter makes of the raw chapter.
 */
export function runMacDevGoldChinese(dataDirectory: string, outputDirectory: string): { milliseconds: number } {
  const folder = join(dataDirectory, 'mac-dev-raw')
  return alignSentenceLists(dataDirectory, outputDirectory, (id) => {
    const document = readPlainText(readFileSync(join(folder, 'en', `${id}.txt`), 'utf8'), { id: 'en', sourceFile: `${id}.txt`, language: 'en' })
    return { zh: goldBeads(folder, id).flatMap((bead) => bead.zh), en: collectSentences(document).map((sentence) => sentence.text) }
  })
}

/** Aligns each chapter's sentence lists by `alignSentences`, written as `NNN.jsonl` of sentence texts; returns the milliseconds spent aligning. */
function alignSentenceLists(dataDirectory: string, outputDirectory: string, listsOf: (id: string) => { zh: string[]; en: string[] }): { milliseconds: number } {
  mkdirSync(outputDirectory, { recursive: true })
  let milliseconds = 0
  for (const id of chapterIds(join(dataDirectory, 'mac-dev-raw'))) {
    const { zh, en } = listsOf(id)
    const started = performance.now()
    const beads = alignSentences(zh, en, { sourceLanguage: 'zh' })
    milliseconds += performance.now() - started
    const lines = beads.map((bead) => JSON.stringify({ zh: bead.source.map((i) => zh[i]), en: bead.target.map((j) => en[j]) }))
    writeFileSync(join(outputDirectory, `${id}.jsonl`), `${lines.join('\n')}\n`)
  }
  return { milliseconds }
}

function chapterIds(rawFolder: string): string[] {
  return readdirSync(join(rawFolder, 'gold')).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -5)).sort()
}

function goldBeads(rawFolder: string, id: string): Array<{ zh: string[]; en: string[] }> {
  return (JSON.parse(readFileSync(join(rawFolder, 'gold', `${id}.json`), 'utf8')) as { beads: Array<{ zh: string[]; en: string[] }> }).beads
}
