import { randomBytes } from 'node:crypto'
import { open, realpath, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { WriteFailedError } from '@duiqi/core'
import { systemErrorReason } from './system-error-reason.js'
import { writeFailureHint } from './write-failure-hint.js'

/** A file the command writes (`--out`), and its whole content (text, or bytes for a binary format). */
export interface OutputFile {
  readonly path: string
  readonly text: string | Uint8Array
}

/** A file written so far: a temporary file beside its target, or a device or pipe to write in place. */
type StagedFile = { readonly path: string; readonly target: string; readonly temporary: string } | { readonly path: string; readonly inPlace: true }

/**
 * Writes each file whole or not at all, so that a full disk, a killed export or two exports to one path never
 * leave a cut or mixed file: each text goes to a temporary file in its target's folder, is synced to disk,
 * and only when all of them are written do they replace their targets, by rename. On failure the targets
 * keep their old content, the temporary files are removed, and a `WriteFailedError` names the path.
 * A target that is not a regular file (`/dev/stdout`, a FIFO) is written in place: renaming over it would
 * replace the device. A symbolic link is followed, as a plain write would.
 */
export async function writeOutputFiles(files: readonly OutputFile[]): Promise<void> {
  const staged: StagedFile[] = []
  try {
    for (const file of files) staged.push(await stageFile(file))
    for (const [index, file] of staged.entries()) {
      if ('inPlace' in file) await guard(file.path, writeFile(file.path, files[index]!.text))
      else await guard(file.path, rename(file.temporary, file.target))
    }
  } catch (error) {
    await Promise.all(staged.map((file) => ('inPlace' in file ? undefined : unlink(file.temporary).catch(() => undefined))))
    throw error
  }
}

async function stageFile(file: OutputFile): Promise<StagedFile> {
  const target = await guard(file.path, resolveTarget(file.path))
  const existing = await stat(target).catch(() => undefined)
  if (existing !== undefined && !existing.isFile()) return { path: file.path, inPlace: true }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`)
  const handle = await guard(file.path, open(temporary, 'wx'))
  try {
    await guard(file.path, writeAndClose(handle, file.text, existing?.mode))
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
  return { path: file.path, target, temporary }
}

/** Writes the whole text, syncs it to disk (so a rename never exposes an empty file) and closes the file. */
async function writeAndClose(handle: FileHandle, text: string | Uint8Array, mode: number | undefined): Promise<void> {
  try {
    if (mode !== undefined) await handle.chmod(mode & 0o7777)
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The file a write to `path` changes: the target of a symbolic link, or `path` itself when it does not exist yet. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path
    throw error
  }
}

/** Awaits a file operation, turning its failure into a one-line `WriteFailedError` about `path`. */
async function guard<T>(path: string, operation: Promise<T>): Promise<T> {
  try {
    return await operation
  } catch (error) {
    if (error instanceof WriteFailedError) throw error
    throw new WriteFailedError(path, `Cannot write ${path}: ${systemErrorReason(error)}.${writeFailureHint(error, path)}`, { cause: error })
  }
}
