import { fstatSync, writeSync } from 'node:fs'
import { isatty } from 'node:tty'
import type { Writable } from 'node:stream'
import { WriteFailedError } from '@duiqi/core'
import { systemErrorReason } from './system-error-reason.js'
import { writeFailureHint } from './write-failure-hint.js'

/** A writer whose failures are kept, not thrown or crashed on; `flush` reports them. */
export interface CheckedOutput {
  readonly write: (text: string) => void
  /** Waits until everything written has reached the stream; throws `WriteFailedError` if a write failed. */
  readonly flush: () => Promise<void>
}

/**
 * Wraps a stream (standard output) so that every write is checked: the first failure (a full disk, an I/O
 * error) is kept, later writes are dropped, and `flush` throws it. A reader that closes the pipe early
 * (`duiqi export | head -1`, EPIPE) is not a failure: it has all it wanted, so the rest is dropped quietly.
 */
export function createCheckedOutput(stream: Writable, name: string): CheckedOutput {
  let failure: unknown
  let closedByReader = false
  let written: Promise<void> = Promise.resolve()
  const record = (error: unknown): void => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') closedByReader = true
    else failure ??= error
  }
  stream.on('error', record)
  return {
    write: (text) => {
      if (failure !== undefined || closedByReader) return
      written = new Promise((resolve) => {
        stream.write(text, (error) => {
          if (error) record(error)
          resolve()
        })
      })
    },
    flush: async () => {
      await written
      if (failure !== undefined) throw writeFailed(failure, name)
    },
  }
}

/**
 * Standard output as the process has it, checked. When it is a file or a device (`> out.tsv`, `> /dev/full`),
 * the bytes are written here, to the end: Node's own stream for files drops the rest of a short write
 * without an error (a disk that fills up mid-write, a file size limit), which cut files with exit code 0.
 */
export function createCheckedStdout(name = 'standard output'): CheckedOutput {
  return isFileOrDevice(process.stdout.fd) ? createCheckedFileOutput(process.stdout.fd, name) : createCheckedOutput(process.stdout, name)
}

/** A writer on a file descriptor of a file or device: every byte is written, or the first failure is kept. */
export function createCheckedFileOutput(fd: number, name: string): CheckedOutput {
  let failure: unknown
  return {
    write: (text) => {
      if (failure !== undefined) return
      try {
        const bytes = Buffer.from(text)
        for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset)
      } catch (error) {
        failure = error
      }
    },
    flush: async () => {
      if (failure !== undefined) throw writeFailed(failure, name)
    },
  }
}

function isFileOrDevice(fd: number): boolean {
  try {
    const status = fstatSync(fd)
    return status.isFile() || (status.isCharacterDevice() && !isatty(fd))
  } catch {
    return false
  }
}

function writeFailed(error: unknown, name: string): WriteFailedError {
  return new WriteFailedError(name, `Cannot write ${name}: ${systemErrorReason(error)}.${writeFailureHint(error, name)}`, { cause: error })
}
