// Writes a file into a fresh temporary folder, for the tests that run the command on files.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Writes `content` to `name` in a new temporary folder and returns the file's path. */
export async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'duiqi-test-')), name)
  await writeFile(path, content)
  return path
}
