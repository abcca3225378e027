import { align, formatBeads, type AlignOptions } from '@duiqi/align'
import { corpusRecords, createCorpus, formatJsonl, formatTsv, type AlignedCorpus } from '@duiqi/core'
import { InvalidArgumentError } from 'commander'
import type { CommandIo } from '../io.js'
import { createAlignmentProgress } from '../progress.js'
import { readTextFile } from '../read-text-file.js'

export interface AlignCommandOptions {
  readonly presplit?: boolean
  /** Commander's negation of `--no-cut`: false when given. */
  readonly cut?: boolean
  readonly format: 'beads' | 'jsonl' | 'tsv' | 'json'
  readonly sourceLang?: 'zh' | 'en'
  readonly targetLang?: 'zh' | 'en'
  readonly swap?: boolean
  readonly maxSentences?: number
}

/** `duiqi align SOURCE TARGET`: aligns two files and prints the beads in the chosen format. */
export async function runAlign(sourcePath: string, targetPath: string, options: AlignCommandOptions, io: CommandIo): Promise<void> {
  if (sourcePath === '-' && targetPath === '-') {
    throw new InvalidArgumentError('standard input (-) can be only one of the two texts, not both: give the other as a file.')
  }
  const source = await readTextFile(sourcePath, 'source', io)
  const target = await readTextFile(targetPath, 'target', io)
  const progress = createAlignmentProgress(io, source, target)
  const alignOptions: AlignOptions = {
    read: options.presplit === true ? 'presplit' : 'auto',
    sourceFile: sourcePath,
    targetFile: targetPath,
    ...(options.sourceLang === undefined ? {} : { sourceLanguage: options.sourceLang }),
    ...(options.targetLang === undefined ? {} : { targetLanguage: options.targetLang }),
    onSwapped: options.swap === true ? 'swap' : 'error',
    cutSentences: options.cut !== false,
    ...(options.maxSentences === undefined ? {} : { maxSentences: options.maxSentences }),
    onWarning: (message) => {
      progress.finish()
      io.stderr(`duiqi: warning: ${message}\n`)
    },
    onProgress: (done, total) => progress.update(done, total),
  }
  let corpus: AlignedCorpus
  try {
    corpus = align(source, target, alignOptions)
  } finally {
    progress.finish()
  }
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(corpus)}\n`)
    return
  }
  const view = createCorpus(corpus)
  if (options.format === 'beads') {
    io.stdout(formatBeads([...view.beads()].map((bead) => bead.bead)))
    return
  }
  const records = corpusRecords(view)
  io.stdout(options.format === 'jsonl' ? formatJsonl(records) : formatTsv(records))
}
