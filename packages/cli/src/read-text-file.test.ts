import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidInputError, LimitExceededError } from '@duiqi/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_INPUT_BYTES_VARIABLE, readTextFile } from './read-text-file.js'
import type { CommandIo } from './io.js'

const io: CommandIo = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => new TextEncoder().encode('a'.repeat(101)), stderrIsTerminal: false }

async function fileOf(bytes: number): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'duiqi-read-')), 'text.txt')
  await writeFile(path, 'a'.repeat(bytes))
  return path
}

afterEach(() => void vi.unstubAllEnvs())

describe('readTextFile and the input limit', () => {
  it('reads a file of exactly the limit and refuses one byte more', async () => {
    vi.stubEnv(MAX_INPUT_BYTES_VARIABLE, '100')
    expect(await readTextFile(await fileOf(100), 'source', io)).toHaveLength(100)
    const refused = readTextFile(await fileOf(101), 'source', io)
    await expect(refused).rejects.toThrow(LimitExceededError)
    await expect(refused).rejects.toThrow(/text\.txt is larger than 100 bytes, the most duiqi reads, so reading stopped there\./)
  })

  it('refuses standard input past the limit even when the reader returned it all', async () => {
    vi.stubEnv(MAX_INPUT_BYTES_VARIABLE, '100')
    await expect(readTextFile('-', 'source', io)).rejects.toThrow('standard input is larger than 100 bytes')
  })

  it.each(['', '0', '1e3', '0x10', '-1', '268435457'])('refuses the limit "%s" in the environment', async (value) => {
    vi.stubEnv(MAX_INPUT_BYTES_VARIABLE, value)
    await expect(readTextFile('-', 'source', io)).rejects.toThrow(InvalidInputError)
  })

  it('names a missing file and a folder in one line', async () => {
    await expect(readTextFile('/no/such/file.txt', 'source', io)).rejects.toThrow('Cannot read source file "/no/such/file.txt": no such file or folder.')
    await expect(readTextFile(tmpdir(), 'source', io)).rejects.toThrow(`Cannot read source file "${tmpdir()}": it is a folder.`)
  })
})
