// `pnpm bench` (reliability part): reading adversarial text grows linearly with its size, and the memory
// of aligning 100,000 sentences a side. Prints markdown tables a README can quote.
import { collectSentences, readPlainText, type Language } from '@duiqi/core'
import { runChild } from './run-child.js'

/** Sizes in characters: each doubles the last, so linear time doubles too. */
const SIZES = [262_144, 524_288, 1_048_576, 2_097_152]
/** Time each reading this many times and keep the fastest, against noise from other processes. */
const REPEATS = 5

interface Adversary {
  readonly name: string
  readonly language: Language
  readonly make: (size: number) => string
}

const ADVERSARIES: readonly Adversary[] = [
  { name: 'a run of dots', language: 'en', make: (size) => '.'.repeat(size) },
  { name: 'dots and spaces (". . .")', language: 'en', make: (size) => '. '.repeat(size / 2) },
  { name: 'nested brackets', language: 'en', make: (size) => `${'('.repeat(size / 2 - 1)}a.${')'.repeat(size / 2 - 1)}` },
  { name: 'no white space', language: 'en', make: (size) => 'a'.repeat(size) },
  { name: 'abbreviations ("No. i.e. U.S.")', language: 'en', make: (size) => 'No. 9 i.e. U.S. e.g. '.repeat(size / 21) },
  { name: 'full stops without spaces ("。。。")', language: 'zh', make: (size) => '。'.repeat(size) },
  { name: 'Han text without punctuation', language: 'zh', make: (size) => '中小企业是创新和就业的主要来源'.repeat(size / 15) },
  { name: 'quotes and brackets ("“（「")', language: 'zh', make: (size) => '“（「'.repeat(size / 3) },
]

console.log('\n### Reading adversarial text (readPlainText: paragraphs, PDF repair, sentences)\n')
console.log(`| input | ${SIZES.map((size) => `${size / 1024} KB`).join(' | ')} | time ×, size ×8 |`)
console.log(`|---|${SIZES.map(() => '---:').join('|')}|---:|`)
for (const adversary of ADVERSARIES) {
  const times = SIZES.map((size) => timeReading(adversary, size))
  const growth = times.at(-1)! / Math.max(times[0]!, 0.01)
  console.log(`| ${adversary.name} (${adversary.language}) | ${times.map((ms) => `${ms.toFixed(1)} ms`).join(' | ')} | ${growth.toFixed(1)} |`)
}

console.log('\n### Aligning many sentences (alignSentences, the Bible repeated; own process)\n')
console.log('| sentences a side | beads | wall time (s) | peak RSS (MB) |\n|---:|---:|---:|---:|')
for (const count of [30_000, 100_000]) {
  const result = runChild<{ milliseconds: number; peakMegabytes: number; beads: number }>('./reliability-child.ts', [String(count)])
  console.log(`| ${count.toLocaleString('en')} | ${result.beads.toLocaleString('en')} | ${(result.milliseconds / 1000).toFixed(1)} | ${Math.round(result.peakMegabytes)} |`)
}

function timeReading(adversary: Adversary, size: number): number {
  const text = adversary.make(size)
  const document = readPlainText(text, { id: 'adversary', language: adversary.language, sourceFile: 'adversary.txt' })
  const covered = collectSentences(document).reduce((sum, sentence) => sum + (sentence.end - sentence.start), 0)
  if (covered === 0 && /\S/.test(text)) throw new Error(`${adversary.name}: no sentence read.`)
  let fastest = Infinity
  for (let run = 0; run < REPEATS; run++) {
    const started = performance.now()
    readPlainText(text, { id: 'adversary', language: adversary.language, sourceFile: 'adversary.txt' })
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}
