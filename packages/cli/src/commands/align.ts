import { align, formatBeads, type AlignOptions } from '@duiqi/align'
import { corpusRecords, createCorpus, decodeBytes, detectFormat, formatJsonl, formatTsv, readFile, readHtml, textFormat, type AlignedCorpus, type Document, type InputFormat, type Language } from '@duiqi/core'
import { InvalidArgumentError } from 'commander'
import type { CommandIo } from '../io.js'
import { createAlignmentProgress } from '../progress.js'
import { readInputBytes } from '../read-text-file.js'

export interface AlignCommandOptions {
  readonly presplit?: boolean
  /** Commander's negation of `--no-cut`: false when given. */
  readonly cut?: boolean
  readonly format: 'beads' | 'jsonl' | 'tsv' | 'json'
  readonly sourceLang?: 'zh' | 'en'
  readonly targetLang?: 'zh' | 'en'
  readonly swap?: boolean
  readonly maxSentences?: number
  /** The reader for both files, instead of detecting each one's format. */
  readonly read?: InputFormat
  /** The encoding of both files (a WHATWG label), instead of detecting it. */
  readonly encoding?: string
}

/** `duiqi align SOURCE TARGET`: aligns two files and prints the beads in the chosen format. */
export async function runAlign(sourcePath: string, targetPath: string, options: AlignCommandOptions, io: CommandIo): Promise<void> {
  if (sourcePath === '-' && targetPath === '-') {
    throw new InvalidArgumentError('standard input (-) can be only one of the two texts, not both: give the other as a file.')
  }
  const source = await readInput(sourcePath, 'source', options.sourceLang, options, io)
  const target = await readInput(targetPath, 'target', options.targetLang, options, io)
  const progress = createAlignmentProgress(io, textOf(source), textOf(target))
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

/**
 * One side as `align` takes it: a plain text or markdown file as its text (so it is read exactly as a
 * string given to `align`, and only once), a web page, a Word file, an e-book or a PDF as the document its reader made.
 * Says on standard error which encoding a text file was read in when no byte-order mark said it and it
 * was not UTF-8, and warns when that was a guess.
 */
async function readInput(path: string, argument: 'source' | 'target', language: Language | undefined, options: AlignCommandOptions, io: CommandIo): Promise<string | Document> {
  const name = path === '-' ? 'standard input' : path
  const sourceFile = path === '-' ? `${argument}.txt` : path
  const bytes = await readInputBytes(path, argument, io)
  const detected = options.read ?? detectFormat(bytes, sourceFile, argument)
  if (detected === 'docx' || detected === 'epub' || detected === 'pdf') return (await readFile(bytes, { id: argument, sourceFile, format: detected, language })).document
  const decoded = decodeBytes(bytes, { encoding: options.encoding, name, argument })
  if (decoded.how !== 'bom' && decoded.how !== 'given' && decoded.encoding !== 'utf-8') {
    const guessed = decoded.how === 'guessed' ? ' (a guess on little text: pass --encoding if it reads wrong)' : ''
    io.stderr(`duiqi: read ${name} as ${decoded.encoding.toUpperCase()}${guessed}\n`)
  }
  if (textFormat(detected, decoded.text) !== 'html') return decoded.text
  return readHtml(decoded.text, { id: argument, sourceFile, language, encoding: decoded.encoding })
}

function textOf(side: string | Document): string {
  return typeof side === 'string' ? side : side.text
}
