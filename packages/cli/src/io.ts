import { createCheckedStdout } from './checked-output.js'
import { readLimited } from './read-limited.js'

/** Where the command reads and writes; tests pass their own, `main` defaults to the process's. */
export interface CommandIo {
  /** Writes to standard output; a failure is kept for `flush`, never thrown here. */
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Reads standard input (for `-`) to its end; may stop and throw `LimitExceededError` past `maxBytes`. */
  readonly readStdin: (maxBytes: number) => Promise<Uint8Array>
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTerminal: boolean
  /** Waits until standard output is written; throws `WriteFailedError` if a write failed. `main` calls it last. */
  readonly flush?: () => Promise<void>
}

/** The process's own streams; every write to standard output is checked (see `createCheckedStdout`). */
export function processIo(): CommandIo {
  const stdout = createCheckedStdout()
  // Nothing is left to tell the user if standard error itself fails: ignore it rather than crash.
  process.stderr.on('error', () => undefined)
  return {
    stdout: stdout.write,
    stderr: (text) => void process.stderr.write(text),
    readStdin: (maxBytes) => readLimited(process.stdin, maxBytes, 'standard input'),
    stderrIsTerminal: process.stderr.isTTY === true,
    flush: stdout.flush,
  }
}
