import { LimitExceededError } from '@duiqi/core'

/**
 * Reads a stream (standard input, a file, a device) to its end, but stops as soon as more than `maxBytes`
 * have come: then it closes the stream and throws `LimitExceededError`, so `/dev/zero` or an endless pipe
 * never holds more than `maxBytes` plus one chunk in memory. `name` names the input in the message.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array>, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let length = 0
  for await (const chunk of stream) {
    chunks.push(chunk)
    length += chunk.length
    if (length > maxBytes) throw inputTooLarge(name, maxBytes, length)
  }
  return Buffer.concat(chunks, length)
}

/** The error for an input larger than the limit (`actual` is what was read before stopping). */
export function inputTooLarge(name: string, maxBytes: number, actual: number): LimitExceededError {
  return new LimitExceededError(maxBytes, actual, `${name} is larger than ${maxBytes} bytes, the most duiqi reads, so reading stopped there. Split it into chapters and align them one by one.`)
}
