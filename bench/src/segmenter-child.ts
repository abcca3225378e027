// Segments one adversarial Han run in its own process and reports time and memory.
// Usage: segmenter-child.ts INPUT_NAME SIZE
import { segmentChineseWords } from '@duiqi/core'
import { reportChild } from './run-child.js'
import { median } from './statistics.js'
import { SEGMENTER_INPUTS } from './segmenter-inputs.js'

/** Han characters segmented in all at each size: small sizes repeat for a stable time. */
const CHARACTERS_PER_SIZE = 40_000
/** Fewest timed calls, their median counted, against noise from other processes. */
const MIN_REPEATS = 3

const [name, sizeArgument] = process.argv.slice(2)
const input = SEGMENTER_INPUTS.find((candidate) => candidate.name === name)
if (input === undefined) throw new Error(`Unknown input "${name}"; expected one of ${SEGMENTER_INPUTS.map((candidate) => candidate.name).join(', ')}.`)
const size = Number(sizeArgument)
const text = input.make(size)
if ([...text].length !== size) throw new Error(`Expected ${size} Han characters, made ${[...text].length}.`)

// The first call loads the dictionary and warms the code up; it is checked, not timed.
const words = segmentChineseWords(text)
if (words.join('') !== text) throw new Error(`${name}, ${size}: the words do not spell the input.`)
const times: number[] = []
for (let run = 0; run < Math.max(MIN_REPEATS, CHARACTERS_PER_SIZE / size); run++) {
  const started = performance.now()
  segmentChineseWords(text)
  times.push(performance.now() - started)
}
reportChild({ milliseconds: median(times), words: words.length })

