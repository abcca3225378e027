// The built `duiqi` command as a user runs it (`pnpm test` builds first).
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../packages/cli/bin/duiqi.js', import.meta.url))

describe('the duiqi bin', () => {
  it('stops quietly with exit code 0 when the reader closes the pipe early (duiqi export | head -c 1)', async () => {
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'tsv'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})
