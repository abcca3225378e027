import { writeFile } from 'node:fs/promises'
import { corpusRecords, formatJsonl, formatTsv } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import type { CommandIo } from '../io.js'

export interface ExportCommandOptions {
  readonly format: 'jsonl' | 'tsv'
  readonly out?: string
}

/** `duiqi export`: the built-in corpus, one bead a line in document order. */
export async function runExport(options: ExportCommandOptions, io: CommandIo): Promise<void> {
  const records = corpusRecords(nirActionPlan)
  const text = options.format === 'jsonl' ? formatJsonl(records) : formatTsv(records)
  if (options.out === undefined || options.out === '-') io.stdout(text)
  else await writeFile(options.out, text)
}
