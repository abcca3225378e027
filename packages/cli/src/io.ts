/** Where the command reads and writes; tests pass their own, `main` defaults to the process's. */
export interface CommandIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Reads standard input whole (for `-`). */
  readonly readStdin: () => Promise<Uint8Array>
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTerminal: boolean
}

/** The process's own streams. */
export function processIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    stderrIsTerminal: process.stderr.isTTY === true,
  }
}
