// Bad input through the command line: every case exits with a clear code and, for errors, one line.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../packages/cli/src/__fixtures__/run-cli.js'

const ZH = '中小企业是创新和就业的主要来源。\n鼓励成员建立平台，支持中小企业的数字化转型和能力建设。\n'
const EN = 'SMEs are a major source of innovation and employment.\nEncourage members to establish platforms to support SMEs digital transformation and capacity building.\n'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duiqi-bad-input-'))
})

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

const run = (argv: string[]) => runCli(argv)

async function expectRefused(argv: string[], pattern: RegExp): Promise<void> {
  const result = await run(argv)
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(/^duiqi: /)
  expect(result.stderr).toMatch(pattern)
}

async function expectAligned(source: string, target: string, lines: string[]): Promise<void> {
  const result = await run(['align', '--presplit', source, target])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  expect(result.stdout.trimEnd().split('\n')).toEqual(lines)
}

describe('bad input to duiqi align', () => {
  it('refuses an empty file and a file of white space only', async () => {
    const en = await file('en.txt', EN)
    await expectRefused(['align', await file('empty.txt', ''), en], /The source text is empty/)
    await expectRefused(['align', en, await file('blank.txt', ' \n\t\u3000\r\n')], /The target text is empty/)
  })

  it('refuses two files in the same language', async () => {
    await expectRefused(['align', await file('a.zh', ZH), await file('b.zh', ZH)], /Both texts look Chinese/)
  })

  it('names a third language: French, Japanese', async () => {
    const zh = await file('zh.txt', ZH)
    await expectRefused(['align', zh, await file('fr.txt', "Les petites et moyennes entreprises sont une source majeure d'innovation et d'emploi.\n")], /detected French \(fra\)/)
    await expectRefused(['align', await file('ja.txt', '日本政府は中小企業のデジタル化を支援するための新しい政策を発表しました。\n'), await file('en2.txt', EN)], /detected Japanese \(jpn\)/)
  })

  it('refuses binary data, invalid UTF-8 and NUL bytes', async () => {
    const en = await file('en3.txt', EN)
    await expectRefused(['align', await file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xc3, 0x28])), en], /not valid UTF-8/)
    await expectRefused(['align', await file('nul.txt', `中小企业\u0000是创新的来源。`), en], /NUL bytes/)
  })

  it('reads a UTF-8 byte-order mark, UTF-16 files, CRLF and lone CR line ends', async () => {
    const en = await file('en4.txt', EN)
    const expected = ['[0]:[0]', '[1]:[1]']
    await expectAligned(await file('bom.txt', `\ufeff${ZH}`), en, expected)
    const utf16le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(ZH, 'utf16le'))])
    await expectAligned(await file('utf16le.txt', utf16le), en, expected)
    const utf16be = Buffer.from(ZH, 'utf16le').swap16()
    await expectAligned(await file('utf16be.txt', new Uint8Array([0xfe, 0xff, ...utf16be])), en, expected)
    await expectAligned(await file('crlf.txt', ZH.replaceAll('\n', '\r\n')), await file('cr.txt', EN.replaceAll('\n', '\r')), expected)
  })

  it('refuses a missing file and a folder', async () => {
    await expectRefused(['align', join(dir, 'missing.txt'), await file('en5.txt', EN)], /no such file/)
    await expectRefused(['align', dir, await file('en6.txt', EN)], /it is a folder/)
  })
})

describe('large input to duiqi align', () => {
  it('refuses more sentences than --max-sentences, early and in one line', async () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => `Sentence number ${index} of the test.`).join('\n')
    const zhLines = Array.from({ length: 100_000 }, (_, index) => `这是第${index}句。`).join('\n')
    const started = performance.now()
    await expectRefused(
      ['align', '--presplit', '--max-sentences', '50000', await file('many.zh', zhLines), await file('many.en', lines)],
      /has 100000 sentences, more than the limit of 50000\. Align it in chapters, or raise the limit/,
    )
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('aligns a 10 MB line without punctuation', async () => {
    const words = ['industry', 'growth', 'members', 'the', 'of', 'and', 'cooperation', 'digital', 'platform', 'support']
    const long = Array.from({ length: 1_300_000 }, (_, index) => words[index % words.length]).join(' ')
    const result = await run(['align', await file('short.zh', '中小企业是创新和就业的主要来源。\n'), await file('long.en', `${long}\n`)])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('[0]:[0]\n')
  })
})

describe('bad corpus files given with --corpus', () => {
  const tmx = (seg: string, doctype = '') =>
    `<?xml version="1.0"?>${doctype}<tmx version="1.4"><header srclang="zh-CN" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="t" creationtool="t" creationtoolversion="1"/><body><tu><tuv xml:lang="zh-CN"><seg>${seg}</seg></tuv><tuv xml:lang="en"><seg>small and medium enterprises</seg></tuv></tu></body></tmx>\n`

  it('reads a TMX made elsewhere', async () => {
    const result = await run(['search', '中小企业', '--corpus', await file('ok.tmx', tmx('中小企业'))])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('small and medium enterprises')
  })

  it('refuses a TMX declaring entities ("billion laughs") or an external entity', async () => {
    const laughs = '<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    await expectRefused(['search', 'x', '--corpus', await file('laughs.tmx', tmx('&c;', laughs))], /declares <!ENTITY …>\. duiqi never expands declared or external entities/)
    await expectRefused(['search', 'x', '--corpus', await file('xxe.tmx', tmx('&x;', '<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'))], /never expands declared or external entities/)
  })

  it('names the line and column of a truncated TMX', async () => {
    const whole = tmx('中小企业')
    await expectRefused(['search', 'x', '--corpus', await file('cut.tmx', whole.slice(0, whole.length - 40))], /Expected a well-formed TMX file, but line \d+, column \d+ is wrong/)
  })

  it('names the field of a corpus JSON that fails the schema', async () => {
    const exported = await run(['export', '--format', 'jsonl'])
    expect(exported.code).toBe(0)
    const { nirActionPlan } = await import('@duiqi/data')
    const broken = structuredClone(nirActionPlan.data) as { sections: Array<{ score: unknown }> }
    broken.sections[2]!.score = 'high'
    await expectRefused(['search', 'x', '--corpus', await file('broken.json', JSON.stringify(broken))], /at sections\.2\.score/)
  })

  it('refuses a file that is no corpus at all', async () => {
    await expectRefused(['search', 'x', '--corpus', await file('notes.txt', 'just some notes\n')], /is not a duiqi corpus/)
  })
})
