import { createReadStream } from 'node:fs'
import { decodeBytes, DuiqiError, InvalidInputError } from '@duiqi/core'
import type { CommandIo } from './io.js'
import { inputTooLarge, readLimited } from './read-limited.js'
import { systemErrorReason } from './system-error-reason.js'

/** Larger inputs are refused before decoding: 256 MiB of text is far beyond any document we align in memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024
/** Lowers MAX_INPUT_BYTES for this process (a whole number of bytes): lets tests check the limit without 256 MiB of data. */
export const MAX_INPUT_BYTES_VARIABLE = 'DUIQI_MAX_INPUT_BYTES'

/**
 * Reads a text file (or standard input for `-`): UTF-8, UTF-16, GB18030 or Big5, as core's `decodeBytes`
 * detects them. Binary data, NUL bytes and other encodings are refused with a message that names the file.
 */
export async function readTextFile(path: string, argument: string, io: CommandIo): Promise<string> {
  const name = path === '-' ? 'standard input' : path
  return decodeBytes(await readInputBytes(path, argument, io), { name, argument }).text
}

/**
 * Reads a file's bytes (or standard input's for `-`). Reading stops at the size limit, whatever the file's
 * stated size (a device, a FIFO, an endless pipe), and the input is refused.
 */
export async function readInputBytes(path: string, argument: string, io: CommandIo): Promise<Uint8Array> {
  const limit = maxInputBytes()
  const name = path === '-' ? 'standard input' : path
  const bytes = path === '-' ? await io.readStdin(limit) : await readBytes(path, argument, limit)
  if (bytes.length > limit) throw inputTooLarge(name, limit, bytes.length)
  return bytes
}

/** The input limit in force: MAX_INPUT_BYTES, or less when the environment variable says so. */
export function maxInputBytes(): number {
  const value = process.env[MAX_INPUT_BYTES_VARIABLE]
  if (value === undefined) return MAX_INPUT_BYTES
  const limit = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN
  if (!(limit >= 1 && limit <= MAX_INPUT_BYTES)) {
    throw new InvalidInputError(MAX_INPUT_BYTES_VARIABLE, `${MAX_INPUT_BYTES_VARIABLE} must be a whole number of bytes from 1 to ${MAX_INPUT_BYTES}, got "${value}". Unset it to read up to 256 MiB.`)
  }
  return limit
}

async function readBytes(path: string, argument: string, limit: number): Promise<Uint8Array> {
  try {
    return await readLimited(createReadStream(path), limit, path)
  } catch (error) {
    if (error instanceof DuiqiError) throw error
    throw new InvalidInputError(argument, `Cannot read ${argument} file "${path}": ${systemErrorReason(error)}.`, { cause: error })
  }
}
