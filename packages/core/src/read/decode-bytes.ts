import { analyse } from 'chardet'
import { InvalidInputError } from '../errors.js'
import { parseArgument } from '../parse-argument.js'
import { BYTES_HINT, bytesSchema, decodeOptionsSchema } from './read-arguments.js'

/** An encoding duiqi reads without being told: Unicode, and the two legacy encodings of Chinese. */
export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

/** Decoded text and how it was decoded. */
export interface DecodedText {
  readonly text: string
  /** The WHATWG name of the encoding used (`utf-8`, `gb18030`, `big5`, …, or the one given). */
  readonly encoding: string
  /**
   * How the encoding was found: `bom` (a byte-order mark), `valid` (the bytes are valid UTF-8, or UTF-16
   * by where their NUL bytes fall), `detected` (chardet's best guess among GB18030 and Big5, sure of it),
   * `guessed` (chardet could not tell GB18030 from Big5 or another encoding on so little text: check it),
   * or `given` (the caller named it).
   */
  readonly how: 'bom' | 'valid' | 'detected' | 'guessed' | 'given'
}

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** An encoding label `TextDecoder` knows (`gbk`, `big5`, `utf-16le`, …): used as given, no detection. */
  readonly encoding?: string | undefined
  /** Names the input in messages ("zh.txt", "standard input"). */
  readonly name?: string | undefined
  /** The argument a message blames (`source`, `target`). */
  readonly argument?: string | undefined
}

/** Bytes sampled to tell BOM-less UTF-16 by where its NUL bytes fall: enough for a few lines of text. */
const UTF16_SAMPLE_BYTES = 4096
/** UTF-16 text holds its NULs (the high bytes of ASCII, `\n`) on one side: that many times more than the other. */
const UTF16_NUL_SIDE_RATIO = 4
/** …and at least one a this many bytes (a line break a paragraph), so a few stray NULs in UTF-8 are not taken for it. */
const UTF16_BYTES_PER_NUL = 1024
/** chardet's confidence (0–100) above which its choice of a Chinese encoding is taken as sure. */
const SURE_CONFIDENCE = 50

/** chardet's names of the Chinese legacy encodings, and the WHATWG names `TextDecoder` takes. */
const CHINESE_ENCODINGS: Readonly<Record<string, DetectedEncoding>> = { GB18030: 'gb18030', Big5: 'big5' }

/** Control characters no text file holds (tab, line breaks and form feed aside): the sign of a wrong decoding. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/

/**
 * Decodes a file's bytes into text. Without `encoding`: a byte-order mark says UTF-8 or UTF-16; else valid
 * UTF-8 is UTF-8; else UTF-16 without a mark is known by its NUL bytes; else chardet (statistics of byte
 * pairs) chooses between GB18030 (which holds GBK and GB2312) and Big5, and the text must decode without
 * error in the encoding chosen. Anything else — Shift-JIS, EUC-KR, Latin-1, binary data — is refused
 * with an {@link InvalidInputError} that says where the bytes stop being UTF-8: a wrong guess would turn
 * the text into mojibake that would then be aligned. Runs in a browser (`TextDecoder`, chardet).
 *
 * @throws {InvalidInputError} For bytes that are none of these, NUL bytes in the text, or an unknown `encoding`.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  parseArgument(bytesSchema, bytes, 'bytes', BYTES_HINT)
  parseArgument(decodeOptionsSchema, options, 'options', 'Pass `{ encoding, name, argument }`, each a string, or nothing.')
  const name = options.name ?? 'the input'
  const argument = options.argument ?? 'bytes'
  const decoded = options.encoding === undefined ? detectAndDecode(bytes, name, argument) : decodeAsGiven(bytes, options.encoding, name, argument)
  if (decoded.text.includes('\u0000')) {
    throw new InvalidInputError(argument, `${name} holds NUL bytes, so it looks like binary data, not text. Give a text file (UTF-8, UTF-16, GB18030 or Big5).`)
  }
  return decoded
}

function decodeAsGiven(bytes: Uint8Array, label: string, name: string, argument: string): DecodedText {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label, { fatal: true })
  } catch {
    throw new InvalidInputError(argument, `Unknown encoding "${label}": give a label such as utf-8, utf-16le, gb18030, gbk or big5.`)
  }
  const text = decodeWith(decoder, bytes)
  if (text === undefined) throw new InvalidInputError(argument, `${name} is not valid ${decoder.encoding.toUpperCase()} text (first invalid byte at offset ${firstInvalidByte(bytes, decoder.encoding)}).`)
  return { text, encoding: decoder.encoding, how: 'given' }
}

function detectAndDecode(bytes: Uint8Array, name: string, argument: string): DecodedText {
  const bom = byteOrderMark(bytes)
  if (bom !== undefined) {
    const text = decodeWith(new TextDecoder(bom, { fatal: true }), bytes)
    if (text === undefined) throw new InvalidInputError(argument, `${name} is not valid ${bom.toUpperCase()} text though it starts with a ${bom.toUpperCase()} byte-order mark.`)
    return { text, encoding: bom, how: 'bom' }
  }
  const utf8 = decodeWith(new TextDecoder('utf-8', { fatal: true }), bytes)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', how: 'valid' }
  const utf16 = bomlessUtf16(bytes)
  if (utf16 !== undefined) {
    const text = decodeWith(new TextDecoder(utf16, { fatal: true }), bytes)
    if (text !== undefined) return { text, encoding: utf16, how: 'valid' }
  }
  const chinese = chineseEncoding(bytes)
  if (chinese !== undefined) return chinese
  throw new InvalidInputError(
    argument,
    `${name} is not valid UTF-8 text (first invalid byte at offset ${firstInvalidByte(bytes, 'utf-8')}), nor UTF-16, GB18030 or Big5. ` +
      'If you know its encoding, name it (`--encoding`, `encoding`), or convert it to UTF-8: `iconv -f ENCODING -t UTF-8`.',
  )
}

/**
 * GB18030 or Big5, when chardet ranks one of them first (or tied first) and the bytes decode in it to text
 * without control characters. `guessed` when chardet was not sure or a tie had to be broken.
 */
function chineseEncoding(bytes: Uint8Array): DecodedText | undefined {
  const ranked = analyse(bytes)
  const top = ranked[0]?.confidence ?? 0
  const tied = ranked.filter((match) => match.confidence === top)
  for (const match of tied) {
    const encoding = CHINESE_ENCODINGS[match.name]
    if (encoding === undefined) continue
    const text = decodeWith(new TextDecoder(encoding, { fatal: true }), bytes)
    if (text === undefined || CONTROL.test(text)) continue
    return { text, encoding, how: top >= SURE_CONFIDENCE && tied.length === 1 ? 'detected' : 'guessed' }
  }
  return undefined
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, stream = false): string | undefined {
  try {
    return decoder.decode(bytes, { stream })
  } catch {
    return undefined
  }
}

function byteOrderMark(bytes: Uint8Array): DetectedEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** `utf-16le` or `utf-16be` when the start of the bytes has its NULs on one side and decodes as that. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1)
  let even = 0
  let odd = 0
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] !== 0) continue
    if (index % 2 === 0) even++
    else odd++
  }
  const fewest = Math.max(2, sample.length / UTF16_BYTES_PER_NUL)
  const encoding = odd >= fewest && odd > even * UTF16_NUL_SIDE_RATIO ? 'utf-16le' : even >= fewest && even > odd * UTF16_NUL_SIDE_RATIO ? 'utf-16be' : undefined
  if (encoding === undefined) return undefined
  const text = decodeWith(new TextDecoder(encoding, { fatal: true }), sample.subarray(0, sample.length - 2))
  return text === undefined || CONTROL.test(text) ? undefined : encoding
}

/**
 * Offset of the first byte that is not valid in `encoding`. A streaming strict decoder fails on a
 * prefix exactly when the prefix holds an invalid sequence (one it ends inside is held back), so the
 * longest prefix it takes is found by bisection; the invalid sequence starts where the last complete
 * character of that prefix ends, a few bytes back at most.
 */
function firstInvalidByte(bytes: Uint8Array, encoding: string): number {
  const takes = (length: number, stream: boolean): boolean => decodeWith(new TextDecoder(encoding, { fatal: true }), bytes.subarray(0, length), stream) !== undefined
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (takes(middle, true)) low = middle
    else high = middle - 1
  }
  let complete = low
  while (complete > 0 && complete > low - MAX_SEQUENCE_BYTES && !takes(complete, false)) complete--
  return complete
}

/** Longest byte sequence of one character in the encodings read here (UTF-8 and GB18030: 4). */
const MAX_SEQUENCE_BYTES = 4
