import { basename } from 'node:path'
import { corpusFromRecords, createCorpus, InvalidInputError, parseCorpus, readJsonlCorpus, readTmx, readXliff, type Corpus, type PairRecord, type TranslationUnit } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import type { CommandIo } from './io.js'
import { readTextFile } from './read-text-file.js'

/**
 * The corpus a command works on: the built-in G20 NIR Action Plan, or the file given with `--corpus`
 * (`-` for standard input):
 * JSON lines of bead records (`duiqi align --format jsonl`), a whole aligned corpus
 * (`duiqi align --format json`), checked against the schema so that a bad file is named with its field,
 * or a TMX or XLIFF 1.2/2.x file (one bead a translation unit; a unit without an `x-score` prop gets score 0).
 */
export async function loadCorpus(path: string | undefined, io: CommandIo): Promise<Corpus> {
  if (path === undefined) return nirActionPlan
  const text = await readTextFile(path, 'corpus', io)
  const id = path === '-' ? 'stdin' : basename(path).replace(/\.[^.]*$/, '') || 'corpus'
  const sourceFile = path === '-' ? 'standard input' : basename(path)
  if (text.trimStart().startsWith('<')) {
    const units = /<xliff[\s>]/.test(text.slice(0, 4096)) ? readXliff(text) : readTmx(text)
    return createCorpus(corpusFromRecords(unitRecords(units), { id, sourceFile }))
  }
  const whole = parseWholeJson(text)
  if (whole !== undefined && !looksLikeRecord(whole)) return createCorpus(parseCorpus(whole))
  if (!text.trimStart().startsWith('{')) {
    throw new InvalidInputError(
      'corpus',
      `${path} is not a duiqi corpus: expected JSON lines from \`duiqi align --format jsonl\`, JSON from \`duiqi align --format json\`, a TMX or an XLIFF file.`,
    )
  }
  return createCorpus(readJsonlCorpus(text, { id, sourceFile }))
}

/** The units of a TMX or XLIFF file as bead records, one sentence a side. */
function unitRecords(units: readonly TranslationUnit[]): PairRecord[] {
  return units.map((unit, index) => ({
    id: `b${index}`,
    section: unit.section ?? 'body',
    part: unit.part ?? 'body',
    score: unit.score ?? 0,
    zh: unit.zh === '' ? [] : [unit.zh],
    en: unit.en === '' ? [] : [unit.en],
    source: [],
    target: [],
  }))
}

function parseWholeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** A one-line JSON-lines file parses as a single record, which is not a corpus object. */
function looksLikeRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value && !('sections' in value)
}
