import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../errors.js'
import { decodeBytes } from './decode-bytes.js'

const simplified = '中小企业是创新和就业的主要来源。\n我们鼓励成员建立平台，支持中小企业数字化转型。\n'
const traditional = '中小企業是創新和就業的主要來源。\n我們鼓勵成員建立平台，支持中小企業數位轉型。\n'
const encode = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding))

function refusal(bytes: Uint8Array, encoding?: string): InvalidInputError {
  try {
    decodeBytes(bytes, { name: 'zh.txt', argument: 'source', encoding })
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError)
    return error as InvalidInputError
  }
  throw new Error('decodeBytes accepted the bytes')
}

describe('decodeBytes', () => {
  it.each([
    ['utf-8', 'valid'],
    ['utf-16le', 'valid'],
    ['utf-16be', 'valid'],
    ['gb18030', 'detected'],
    ['gbk', 'detected'],
  ] as const)('reads simplified Chinese in %s without being told (%s)', (encoding, how) => {
    const decoded = decodeBytes(encode(simplified, encoding))
    expect(decoded.text).toBe(simplified)
    expect(decoded.encoding).toBe(encoding === 'gbk' ? 'gb18030' : encoding)
    expect(decoded.how).toBe(how)
  })

  it('reads traditional Chinese in Big5', () => {
    expect(decodeBytes(encode(traditional, 'big5'))).toEqual({ text: traditional, encoding: 'big5', how: 'detected' })
  })

  it('reads a byte-order mark as the encoding, and keeps the mark out of the text', () => {
    const withMark = (encoding: string) => decodeBytes(new Uint8Array(iconv.encode(simplified, encoding, { addBOM: true })))
    expect(withMark('utf-16le')).toEqual({ text: simplified, encoding: 'utf-16le', how: 'bom' })
    expect(withMark('utf-16be')).toEqual({ text: simplified, encoding: 'utf-16be', how: 'bom' })
    expect(withMark('utf-8')).toEqual({ text: simplified, encoding: 'utf-8', how: 'bom' })
  })

  it('says when it only guessed: two characters are too few to tell GB18030 from Big5', () => {
    const decoded = decodeBytes(encode('短文', 'gb18030'))
    expect(decoded.how).toBe('guessed')
  })

  it('decodes in the encoding given, and says when the bytes are not in it', () => {
    expect(decodeBytes(encode('短文', 'big5'), { encoding: 'big5' })).toEqual({ text: '短文', encoding: 'big5', how: 'given' })
    expect(refusal(encode(simplified, 'gb18030'), 'utf-8').message).toBe('zh.txt is not valid UTF-8 text (first invalid byte at offset 0).')
    expect(refusal(encode(simplified, 'gb18030'), 'no-such-encoding').message).toMatch(/^Unknown encoding "no-such-encoding"/)
  })

  it.each(['shift_jis', 'euc-kr', 'windows-1252'])('refuses text in %s, naming where it stops being UTF-8 and no guess', (encoding) => {
    const text = { shift_jis: '中小企業はイノベーションと雇用の主要な源泉です。私たちは加盟国にプラットフォームの設立を奨励します。', 'euc-kr': '중소기업은 혁신과 고용의 주요 원천입니다. 우리는 회원국이 플랫폼을 구축하도록 장려합니다.', 'windows-1252': 'Les petites et moyennes entreprises sont une source majeure d’innovation. Nous encourageons les membres à créer des plateformes.' }[encoding]
    const message = refusal(encode(text ?? '', encoding)).message
    expect(message).toMatch(/^zh\.txt is not valid UTF-8 text \(first invalid byte at offset \d+\), nor UTF-16, GB18030 or Big5\./)
    expect(message).not.toMatch(/Shift|EUC|1252|Latin/i)
  })

  it('does not take bytes with control characters for GB18030 text, though they decode in it', () => {
    const bytes = new Uint8Array([...encode(simplified, 'gb18030'), 0x01, 0x02, 0x1b, 0x7f])
    expect(refusal(bytes).message).toMatch(/nor UTF-16, GB18030 or Big5/)
  })

  it('gives the offset of the first invalid byte, past valid text and a genuine U+FFFD', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok \uFFFD 中'), 0xe4, 0x28, 0x80, 0x80])
    expect(refusal(bytes).message).toContain('first invalid byte at offset 10)')
  })

  it('refuses NUL bytes as binary data, and does not take UTF-8 with two stray NULs for UTF-16', () => {
    const bytes = new TextEncoder().encode(`${'SMEs are a major source of innovation. '.repeat(40)}\u0000ab\u0000`)
    expect(refusal(bytes).message).toMatch(/holds NUL bytes/)
  })
})
