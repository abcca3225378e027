import { CommanderError } from 'commander'
import { DuiqiError } from '@duiqi/core'
import { processIo, type CommandIo } from './io.js'
import { createProgram } from './program.js'

export type { CommandIo } from './io.js'

/**
 * Exit codes: success, bad input (a file, a language, a corpus, an output that cannot be written), bad
 * usage (unknown command or option), and a bug in duiqi (an internal check failed).
 */
export const EXIT_OK = 0
export const EXIT_BAD_INPUT = 1
export const EXIT_USAGE = 2
export const EXIT_INTERNAL = 3

/**
 * Runs the `duiqi` command with the given arguments (without `node` and the script) and returns the
 * exit code once standard output is written. Errors are printed on one line, never as a stack trace; a
 * failed write (a full disk) is an error too, exit code 1.
 */
export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const code = await runProgram(argv, io)
  try {
    await io.flush?.()
    return code
  } catch (error) {
    return reportError(error, io)
  }
}

async function runProgram(argv: readonly string[], io: CommandIo): Promise<number> {
  const program = createProgram(io)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return EXIT_OK
  } catch (error) {
    return reportError(error, io)
  }
}

function reportError(error: unknown, io: CommandIo): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT_OK
    const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')
    io.stderr(`duiqi: ${message} (see duiqi --help)\n`)
    return EXIT_USAGE
  }
  if (error instanceof DuiqiError && error.code === 'INTERNAL') {
    io.stderr(`duiqi: internal error: ${error.message}\n`)
    return EXIT_INTERNAL
  }
  if (error instanceof DuiqiError) {
    io.stderr(`duiqi: ${error.message}\n`)
    return EXIT_BAD_INPUT
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr(`duiqi: unexpected failure: ${message.split('\n')[0]}. Please report it with the command you ran.\n`)
  return EXIT_BAD_INPUT
}
