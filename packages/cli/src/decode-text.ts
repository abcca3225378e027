import { InvalidInputError } from '@duiqi/core'

/** Bytes sampled to tell BOM-less UTF-16 by where its NUL bytes fall: enough for a few lines of text. */
const UTF16_SAMPLE_BYTES = 4096
/** UTF-16 text holds its NULs (the high bytes of ASCII, `\n`) on one side: that many times more than the other. */
const UTF16_NUL_SIDE_RATIO = 4
/** …and at least one a this many bytes (a line break a paragraph), so a few stray NULs in UTF-8 are not taken for it. */
const UTF16_BYTES_PER_NUL = 1024

/**
 * Decodes bytes as UTF-8 (or UTF-16 with a byte-order mark); refuses NUL bytes and invalid UTF-8. The message
 * names an encoding only when it was detected for sure (BOM-less UTF-16, by its NUL bytes); for any other
 * legacy encoding (GB18030, Big5, Shift-JIS, EUC-KR, cp1252) it gives the offset of the first invalid byte
 * and no guess: a wrong guess turns the text into mojibake that would then be aligned.
 */
export function decodeText(bytes: Uint8Array, name: string, argument: string): string {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  const utf16 = bom ?? bomlessUtf16(bytes)
  if (bom === undefined && utf16 !== undefined) {
    const encoding = utf16.toUpperCase()
    throw new InvalidInputError(argument, `${name} looks like ${encoding} text without a byte-order mark (NUL bytes at every other place). Convert it to UTF-8 first, e.g. \`iconv -f ${encoding} -t UTF-8\`.`)
  }
  const text = decodeStrictly(bytes, bom ?? 'utf-8')
  if (text === undefined) {
    const where = bom === undefined ? ` (first invalid byte at offset ${firstInvalidUtf8Byte(bytes)})` : ` though it starts with a ${bom.toUpperCase()} byte-order mark`
    throw new InvalidInputError(argument, `${name} is not valid ${(bom ?? 'utf-8').toUpperCase()} text${where}. Convert it to UTF-8 first, naming its encoding: \`iconv -f ENCODING -t UTF-8\`.`)
  }
  if (text.includes('\u0000')) {
    throw new InvalidInputError(argument, `${name} holds NUL bytes, so it looks like binary data, not text. Give a UTF-8 text file.`)
  }
  return text
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** `utf-16le` or `utf-16be` when the start of the bytes has its NULs on one side and decodes as that. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1)
  const nuls = [0, 0]
  for (let index = 0; index < sample.length; index += 1) if (sample[index] === 0) nuls[index % 2]! += 1
  const [even, odd] = nuls as [number, number]
  const fewest = Math.max(2, sample.length / UTF16_BYTES_PER_NUL)
  const encoding = odd >= fewest && odd > even * UTF16_NUL_SIDE_RATIO ? 'utf-16le' : even >= fewest && even > odd * UTF16_NUL_SIDE_RATIO ? 'utf-16be' : undefined
  if (encoding === undefined) return undefined
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true })
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : encoding
  } catch {
    return undefined
  }
}

/** Offset of the first byte that is not valid UTF-8: where a lenient decoder put its first U+FFFD not in the bytes. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  let offset = 0
  let from = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    offset += Buffer.byteLength(text.slice(from, index))
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset
    offset += 3
    from = index + 1
  }
  return offset
}
