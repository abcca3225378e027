import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchDataDirectory } from './bench-paths.js'

/** One run of the segmenter bench, as its child process reports it. */
export interface SegmenterMeasure {
  /** Time of one call, the median of the repeats. */
  readonly milliseconds: number
  readonly words: number
  /** Peak resident memory of the process, segmentit's dictionary included. */
  readonly peakMegabytes: number
}

/** An adversarial input: a run of `size` Han characters without punctuation. */
export interface SegmenterInput {
  readonly name: string
  readonly make: (size: number) => string
}

export const SEGMENTER_INPUTS: readonly SegmenterInput[] = [
  { name: 'one character repeated (哈哈哈…)', make: (size) => '哈'.repeat(size) },
  { name: 'the most ambiguous character repeated (一一一…)', make: (size) => '一'.repeat(size) },
  { name: 'one term repeated (中小企业中小企业…)', make: (size) => '中小企业'.repeat(size / 4) },
  { name: 'MAC-Dev novels, punctuation removed', make: (size) => repeatTo(macDevHan(), size) },
]

/** The Han characters of the six MAC-Dev chapters (Chinese side), in order: novel prose with nothing between its clauses. */
function macDevHan(): string {
  const folder = join(benchDataDirectory(), 'mac-dev', 'zh')
  const chapters = readdirSync(folder).sort().map((name) => readFileSync(join(folder, name), 'utf8'))
  return chapters.join('').replace(/\P{Script=Han}/gu, '')
}

function repeatTo(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size)
}
