import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The bench package folder (bench/), whatever the working directory. */
export const benchRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where bead files go; git-ignored. */
export const resultsDirectory = join(benchRoot, 'results')

/**
 * The shared benchmark data: `DUIQI_BENCH_DIR`, else `../shared/bench` next to the repository.
 * The texts are other people's work, read at run time and never copied into the repository.
 */
export function benchDataDirectory(): string {
  const directory = process.env['DUIQI_BENCH_DIR'] ?? resolve(benchRoot, '..', '..', 'shared', 'bench')
  if (!existsSync(join(directory, 'score.mjs'))) {
    throw new Error(`Expected the benchmark data (with score.mjs) in ${directory}. Set DUIQI_BENCH_DIR to its folder.`)
  }
  return directory
}
