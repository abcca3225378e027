// Runs the duiqi command in-process with captured output, for the command tests.
import type { CommandIo } from '../io.js'
import { main } from '../index.js'

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `duiqi ARGV` and returns its exit code and output; `stderrIsTerminal` as a terminal would (progress bars). */
export async function runCli(argv: readonly string[], stdin = '', stderrIsTerminal = false): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const io: CommandIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => new TextEncoder().encode(stdin),
    stderrIsTerminal,
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}
