// `pnpm --filter @duiqi/bench bench:segmenter` (part of `pnpm bench`): segmentChineseWords on adversarial
// runs of Han characters without punctuation, 40 to 40,000 characters, each size in its own process so
// that its peak memory is its own. Time should grow linearly with the size and memory stay flat.
// Prints one markdown table a README can quote.
import { runChild } from './run-child.js'
import { SEGMENTER_INPUTS, type SegmenterMeasure } from './segmenter-inputs.js'

/** Sizes in Han characters: each ten times the last, so linear time grows tenfold per column. */
const SIZES = [40, 400, 4_000, 40_000]

console.log('\n### Segmenting Han runs without punctuation (segmentChineseWords; own process per size)\n')
console.log(`| input | ${SIZES.map((size) => `${size.toLocaleString('en')} chars`).join(' | ')} | time ×, size ×1,000 | peak RSS (MB), by size |`)
console.log(`|---|${SIZES.map(() => '---:').join('|')}|---:|---:|`)
for (const input of SEGMENTER_INPUTS) {
  const measures = SIZES.map((size) => runChild<SegmenterMeasure>('./segmenter-child.ts', [input.name, String(size)]))
  const times = measures.map((measure) => formatMilliseconds(measure.milliseconds))
  const growth = measures.at(-1)!.milliseconds / Math.max(measures[0]!.milliseconds, 0.001)
  const rss = measures.map((measure) => Math.round(measure.peakMegabytes)).join(' / ')
  console.log(`| ${input.name} | ${times.join(' | ')} | ${Math.round(growth).toLocaleString('en')} | ${rss} |`)
}

function formatMilliseconds(milliseconds: number): string {
  return milliseconds < 10 ? `${milliseconds.toFixed(2)} ms` : `${Math.round(milliseconds).toLocaleString('en')} ms`
}
