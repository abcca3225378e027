import { readFile } from 'node:fs/promises'
import { InvalidInputError, LimitExceededError } from '@duiqi/core'
import type { CommandIo } from './io.js'

/** Larger inputs are refused before decoding: 256 MiB of text is far beyond any document we align in memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024

/**
 * Reads a text file (or standard input for `-`) as UTF-8, or UTF-16 when it starts with a byte-order mark.
 * Binary data, NUL bytes and invalid UTF-8 are refused with a message that names the file.
 */
export async function readTextFile(path: string, argument: string, io: CommandIo): Promise<string> {
  const bytes = path === '-' ? await io.readStdin() : await readBytes(path, argument)
  const name = path === '-' ? 'standard input' : path
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new LimitExceededError(MAX_INPUT_BYTES, bytes.length, `${name} is ${bytes.length} bytes; duiqi reads at most ${MAX_INPUT_BYTES}. Split it into chapters and align them one by one.`)
  }
  return decodeText(bytes, name, argument)
}

async function readBytes(path: string, argument: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? error)
    throw new InvalidInputError(argument, `Cannot read ${argument} file "${path}": ${reason}.`, { cause: error })
  }
}

/** Decodes bytes as UTF-8 (or UTF-16 with a byte-order mark); refuses NUL bytes and invalid UTF-8. */
export function decodeText(bytes: Uint8Array, name: string, argument: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch (error) {
    throw new InvalidInputError(argument, `${name} is not valid ${encoding.toUpperCase()} text (binary data?). Convert it to UTF-8 first, e.g. \`iconv -f GB18030 -t UTF-8\`.`, { cause: error })
  }
  if (text.includes('\u0000')) {
    throw new InvalidInputError(argument, `${name} holds NUL bytes, so it looks like binary data, not text. Give a UTF-8 text file.`)
  }
  return text
}
