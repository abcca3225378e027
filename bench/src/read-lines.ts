import { readFileSync } from 'node:fs'

/** The lines of a sentence file: one sentence a line, a final newline not counted as a line. */
export function readLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}
