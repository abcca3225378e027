import {
  corpusRecords,
  formatBilingualDocx,
  formatBilingualHtml,
  formatHuggingFaceJsonl,
  formatJsonl,
  formatMoses,
  formatTbx,
  formatTmx,
  formatTsv,
  InvalidInputError,
  translationUnits,
  type Corpus,
} from '@duiqi/core'
import type { CommandIo } from '../io.js'
import { loadCorpus } from '../load-corpus.js'
import { corpusGlossary } from '../corpus-glossary.js'
import { writeOutputFiles } from '../write-output-files.js'

/** What `duiqi export` writes. */
export const EXPORT_FORMATS = ['jsonl', 'tsv', 'tmx', 'tbx', 'hf', 'moses', 'docx', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportCommandOptions {
  readonly format: ExportFormat
  readonly out?: string
  readonly corpus?: string
  /** For docx and html: a column with each bead's score. */
  readonly scores?: boolean
}

/**
 * `duiqi export`: the corpus (built-in, or `--corpus FILE`) one bead a line in document order (jsonl,
 * tsv, hf = Hugging Face `translation` JSON lines), as a TMX 1.4b memory, as two line-aligned Moses files
 * (`--out PREFIX` writes PREFIX.zh and PREFIX.en), its extracted glossary as TBX-Basic, or side by side
 * as a bilingual Word file or web page (a table of one bead a row; `--scores` adds each bead's score).
 */
export async function runExport(options: ExportCommandOptions, io: CommandIo): Promise<void> {
  const corpus = await loadCorpus(options.corpus, io)
  if (options.format === 'moses') {
    await writeMoses(corpus, options.out)
    return
  }
  if (options.format === 'docx') {
    if (options.out === undefined || options.out === '-') throw new InvalidInputError('out', 'A .docx file is binary: pass --out FILE.docx to write it.')
    const bytes = await formatBilingualDocx(translationUnits(corpusRecords(corpus)), bilingualOptions(corpus, options))
    await writeOutputFiles([{ path: options.out, text: bytes }])
    return
  }
  const text = options.format === 'html' ? formatBilingualHtml(translationUnits(corpusRecords(corpus)), bilingualOptions(corpus, options)) : formatCorpus(corpus, options.format)
  if (options.out === undefined || options.out === '-') io.stdout(text)
  else await writeOutputFiles([{ path: options.out, text }])
}

function bilingualOptions(corpus: Corpus, options: ExportCommandOptions) {
  return { title: corpus.title, sourceLanguage: corpus.source.language, scores: options.scores === true }
}

function formatCorpus(corpus: Corpus, format: Exclude<ExportFormat, 'moses' | 'docx' | 'html'>): string {
  if (format === 'tbx') return formatTbx(corpusGlossary(corpus), { title: `${corpus.title}: glossary` })
  const records = corpusRecords(corpus)
  if (format === 'jsonl') return formatJsonl(records)
  if (format === 'tsv') return formatTsv(records)
  const units = translationUnits(records)
  return format === 'hf' ? formatHuggingFaceJsonl(units) : formatTmx(units, { sourceLanguage: corpus.source.language })
}

async function writeMoses(corpus: Corpus, prefix: string | undefined): Promise<void> {
  if (prefix === undefined || prefix === '-') {
    throw new InvalidInputError('out', 'The Moses format is two files: pass --out PREFIX to write PREFIX.zh and PREFIX.en.')
  }
  const texts = formatMoses(translationUnits(corpusRecords(corpus)))
  // Both files are written before either replaces an old one: the pair stays a pair.
  await writeOutputFiles([
    { path: `${prefix}.zh`, text: texts.zh },
    { path: `${prefix}.en`, text: texts.en },
  ])
}
