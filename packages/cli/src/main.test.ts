import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './__fixtures__/run-cli.js'
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from './index.js'

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

const run = runCli

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'duiqi-cli-'))
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

/** An error is one line on stderr, prefixed with the command's name, with no stack trace. */
function expectOneLineError(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(stderr).toMatch(/^duiqi: /)
  expect(stderr).not.toMatch(/\n\s+at /)
  expect(stderr).toMatch(pattern)
}

describe('duiqi align', () => {
  it('aligns a Chinese and an English file and prints one bead a line', async () => {
    const result = await run(['align', fixture('sme.zh.txt'), fixture('sme.en.txt')])
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout.trimEnd().split('\n')).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]'])
  })

  it('aligns in the other direction too, English source first', async () => {
    const result = await run(['align', fixture('sme.en.txt'), fixture('sme.zh.txt')])
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout.trimEnd().split('\n')).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]'])
  })

  it('writes JSON lines with both languages', async () => {
    const result = await run(['align', fixture('sme.zh.txt'), fixture('sme.en.txt'), '--format', 'jsonl'])
    const first = JSON.parse(result.stdout.split('\n')[0]!)
    expect(first).toMatchObject({ zh: ['中小企业是创新和就业的主要来源。'], en: ['SMEs are a major source of innovation and employment.'] })
  })

  it('cuts a sentence at ； where the translation has two, and keeps it whole with --no-cut', async () => {
    const zhOf = (stdout: string) => stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { zh: string[] }).zh)
    const cut = await run(['align', fixture('family.zh.txt'), fixture('family.en.txt'), '--format', 'jsonl'])
    expect(zhOf(cut.stdout)[1]).toEqual(['我的哥哥在北京的一家医院工作，他每天很早起床；'])
    const whole = await run(['align', fixture('family.zh.txt'), fixture('family.en.txt'), '--format', 'jsonl', '--no-cut'])
    expect(zhOf(whole.stdout)[1]).toEqual(['我的哥哥在北京的一家医院工作，他每天很早起床；我的妹妹在上海读大学，她喜欢音乐和电影。'])
  })

  it('refuses a missing file in one line', async () => {
    const result = await run(['align', 'no-such-file.txt', fixture('sme.en.txt')])
    expect(result.code).toBe(EXIT_BAD_INPUT)
    expectOneLineError(result.stderr, /Cannot read source file "no-such-file.txt": no such file/)
  })

  it('refuses an empty file', async () => {
    const empty = await tempFile('empty.txt', '')
    const result = await run(['align', empty, fixture('sme.en.txt')])
    expect(result.code).toBe(EXIT_BAD_INPUT)
    expectOneLineError(result.stderr, /source text is empty/)
  })

  it('names the language of a French file', async () => {
    const result = await run(['align', fixture('sme.zh.txt'), fixture('fr.txt')])
    expect(result.code).toBe(EXIT_BAD_INPUT)
    expectOneLineError(result.stderr, /detected French \(fra\)/)
  })

  it('refuses two files in the same language', async () => {
    const result = await run(['align', fixture('sme.en.txt'), fixture('sme.en.txt')])
    expect(result.code).toBe(EXIT_BAD_INPUT)
    expectOneLineError(result.stderr, /Both texts look English/)
  })

  it('refuses files that look swapped against --source-lang, or swaps them with a warning on --swap', async () => {
    const refused = await run(['align', fixture('sme.en.txt'), fixture('sme.zh.txt'), '--source-lang', 'zh'])
    expect(refused.code).toBe(EXIT_BAD_INPUT)
    expectOneLineError(refused.stderr, /Expected Chinese as the source and English as the target, detected the reverse/)
    const swapped = await run(['align', fixture('sme.en.txt'), fixture('sme.zh.txt'), '--source-lang', 'zh', '--swap'])
    expect(swapped.code).toBe(EXIT_OK)
    expect(swapped.stderr).toMatch(/^duiqi: warning: .*Aligning them the other way round\.\n$/)
    expect(swapped.stdout.trimEnd().split('\n')).toHaveLength(4)
  })

  it('refuses binary data', async () => {
    const binary = await tempFile('data.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]))
    const result = await run(['align', binary, fixture('sme.en.txt')])
    expect(result.code).toBe(EXIT_BAD_INPUT)
    expectOneLineError(result.stderr, /not valid UTF-8|NUL bytes/)
  })

  it('reads the source from standard input with -', async () => {
    const { readFile } = await import('node:fs/promises')
    const result = await run(['align', '-', fixture('sme.en.txt')], await readFile(fixture('sme.zh.txt'), 'utf8'))
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout.trimEnd().split('\n')).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]'])
  })
})

describe('duiqi usage', () => {
  it('prints help with examples and exits 0', async () => {
    const result = await run(['align', '--help'])
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toMatch(/Examples:/)
  })

  it('exits 2 on an unknown command or a bad option value', async () => {
    const unknown = await run(['allign'])
    expect(unknown.code).toBe(EXIT_USAGE)
    expectOneLineError(unknown.stderr, /unknown command 'allign'/)
    const badFormat = await run(['align', 'a', 'b', '--format', 'xml'])
    expect(badFormat.code).toBe(EXIT_USAGE)
  })
})

describe('duiqi export', () => {
  it('prints the built-in corpus, one bead a line in document order', async () => {
    const result = await run(['export'])
    expect(result.code).toBe(EXIT_OK)
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(records[0]).toMatchObject({ id: 'b0', section: 'title' })
    const sme = records.find((record) => record.section === '4.2' && record.en.join(' ').includes('establish platforms'))
    expect(sme.zh.join('')).toContain('鼓励成员建立平台')
    expect(typeof sme.score).toBe('number')
  })

  it('writes TSV with a header', async () => {
    const result = await run(['export', '--format', 'tsv'])
    expect(result.stdout.split('\n')[0]).toBe('id\tsection\tpart\tscore\tzh\ten')
  })
})
