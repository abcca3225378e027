import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * Runs a bench script (`./child.ts`, relative to bench/src) in its own Node process with this process's
 * flags (the source condition and tsx), and returns the JSON object it printed last.
 */
export function runChild<Result>(script: string, args: readonly string[]): Result {
  const child = fileURLToPath(new URL(script, import.meta.url))
  const output = execFileSync(process.execPath, [...process.execArgv, child, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Result
}

/** What a child prints last: its own measures and its peak memory (maxRSS is in kilobytes). */
export function reportChild(measures: Readonly<Record<string, unknown>>): void {
  console.log(JSON.stringify({ ...measures, peakMegabytes: process.resourceUsage().maxRSS / 1024 }))
}
