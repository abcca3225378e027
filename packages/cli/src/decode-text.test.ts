import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { InvalidInputError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text.js'
import { runCli } from './__fixtures__/run-cli.js'

const encodingFixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/encodings/${name}`, import.meta.url))
const english = fileURLToPath(new URL('./__fixtures__/sme.en.txt', import.meta.url))

function decodeError(bytes: Uint8Array): InvalidInputError {
  try {
    decodeText(bytes, 'zh.txt', 'source')
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError)
    return error as InvalidInputError
  }
  throw new Error('decodeText accepted the bytes')
}

describe('decodeText', () => {
  it.each(['big5.txt', 'shift-jis.txt', 'euc-kr.txt', 'cp1252.txt', 'gb18030.txt'])('names no guessed encoding for %s, only where it stops being UTF-8', async (name) => {
    const error = decodeError(await readFile(encodingFixture(name)))
    expect(error.message).toMatch(/^zh\.txt is not valid UTF-8 text \(first invalid byte at offset \d+\)\. Convert it to UTF-8 first/)
    expect(error.message).not.toMatch(/GB18030|GBK|Big5|Shift|EUC|1252|Latin/i)
  })

  it('gives the offset of the first invalid byte, past valid text and a genuine U+FFFD', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok \uFFFD 中'), 0xe4, 0x28])
    expect(decodeError(bytes).message).toContain('first invalid byte at offset 10)')
  })

  it.each([
    ['utf-16le-no-bom.txt', 'UTF-16LE'],
    ['utf-16be-no-bom.txt', 'UTF-16BE'],
  ])('names UTF-16 without a byte-order mark by its NUL bytes (%s)', async (name, encoding) => {
    const error = decodeError(await readFile(encodingFixture(name)))
    expect(error.message).toBe(`zh.txt looks like ${encoding} text without a byte-order mark (NUL bytes at every other place). Convert it to UTF-8 first, e.g. \`iconv -f ${encoding} -t UTF-8\`.`)
  })

  it('does not take UTF-8 with two stray NUL bytes for UTF-16', () => {
    const bytes = new TextEncoder().encode(`${'SMEs are a major source of innovation. '.repeat(40)}\u0000ab\u0000`)
    expect(decodeError(bytes).message).toMatch(/holds NUL bytes/)
  })

  it('still decodes UTF-8 and UTF-16 with a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('中文 text'), 'a', 'source')).toBe('中文 text')
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x41, 0x00]), 'a', 'source')).toBe('中A')
  })
})

describe('duiqi align on a file that is not UTF-8', () => {
  it.each(['shift-jis.txt', 'big5.txt'])('never hints GB18030 for %s', async (name) => {
    const result = await runCli(['align', encodingFixture(name), english])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^duiqi: .*shift-jis\.txt|^duiqi: .*big5\.txt/)
    expect(result.stderr).not.toMatch(/GB18030/)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
