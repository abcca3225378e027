// `pnpm --filter @duiqi/bench bench:loading`: what a user of the published package waits for. Imports the
// built `@duiqi/align` (dist/, as npm ships it; run `pnpm build` first) in fresh Node processes: the import
// alone, then the first alignment, whose CC-CEDICT load is read from `cedictLoadMilliseconds()`.
import { execFileSync } from 'node:child_process'
import { benchRoot } from './bench-paths.js'
import { median } from './statistics.js'

/** Fresh processes timed for the import: an odd number, so the median is one of them. */
const RUNS = 11

const importOnly = `
const started = performance.now()
await import('@duiqi/align')
console.log(JSON.stringify({ importMilliseconds: performance.now() - started }))
`

const firstAlignment = `
const { alignSentences, cedictLoadMilliseconds } = await import('@duiqi/align')
const started = performance.now()
alignSentences(['我们支持发展中国家。', '二十国集团成员同意。'], ['We support developing countries.', 'G20 members agree.'])
console.log(JSON.stringify({ alignMilliseconds: performance.now() - started, cedictMilliseconds: cedictLoadMilliseconds() }))
`

const imports = Array.from({ length: RUNS }, () => run<{ importMilliseconds: number }>(importOnly).importMilliseconds).sort((a, b) => a - b)
const first = run<{ alignMilliseconds: number; cedictMilliseconds: number }>(firstAlignment)
console.log('| measure | value | target |\n|---|---:|---|')
console.log(`| \`import('@duiqi/align')\`, ${RUNS} fresh processes: median (fastest–slowest) | ${ms(median(imports))} (${ms(imports[0])}–${ms(imports.at(-1))}) | ≤ 300 ms |`)
console.log(`| first alignment (two sentence pairs), lexicon load included | ${ms(first.alignMilliseconds)} | |`)
console.log(`| … of which loading CC-CEDICT (\`cedictLoadMilliseconds()\`) | ${ms(first.cedictMilliseconds)} | |`)

function run<Result>(script: string): Result {
  try {
    const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: benchRoot, encoding: 'utf8' })
    return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Result
  } catch (error) {
    throw new Error(`Could not import the built @duiqi/align: run \`pnpm build\` first. (${String(error).split('\n')[0]})`)
  }
}

function ms(value: number | undefined): string {
  return `${Math.round(value ?? 0)} ms`
}
