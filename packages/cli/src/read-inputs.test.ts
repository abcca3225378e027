import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { gardenPlan, sampleHtml, sampleMarkdown, samplePlainText } from '../../core/src/read/__fixtures__/garden-plan.js'
import { sampleDocx } from '../../core/src/read/__fixtures__/garden-plan-docx.js'
import { sampleEpub } from '../../core/src/read/__fixtures__/garden-plan-epub.js'
import { hasPdfFonts, samplePdf } from '../../core/src/read/__fixtures__/garden-plan-pdf.js'
import { runCli } from './__fixtures__/run-cli.js'

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
const english = fixture('sme.en.txt')

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'duiqi-read-'))
}

describe('duiqi align on text files in other encodings', () => {
  it.each([
    ['gb18030.txt', 'gb18030', 'GB18030'],
    ['big5.txt', 'big5', 'BIG5'],
    ['utf-16le-no-bom.txt', 'utf-16le', 'UTF-16LE'],
  ])('reads %s and gives the beads of the same text in UTF-8, saying which encoding it read', async (name, encoding, shown) => {
    const bytes = await readFile(fixture(`encodings/${name}`))
    const asUtf8 = join(await folder(), 'zh.txt')
    await writeFile(asUtf8, new TextDecoder(encoding).decode(bytes))
    const read = await runCli(['align', fixture(`encodings/${name}`), english, '--format', 'jsonl'])
    const plain = await runCli(['align', asUtf8, english, '--format', 'jsonl'])
    expect(read.code).toBe(0)
    expect(read.stderr).toBe(`duiqi: read ${fixture(`encodings/${name}`)} as ${shown}\n`)
    expect(read.stdout.replaceAll(fixture(`encodings/${name}`), 'zh')).toBe(plain.stdout.replaceAll(asUtf8, 'zh'))
    expect(read.stdout.split('\n').length).toBeGreaterThan(2)
  })

  it('decodes in the encoding given with --encoding', async () => {
    const result = await runCli(['align', fixture('encodings/gb18030.txt'), english, '--encoding', 'gbk'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
  })

  it.each(['shift-jis.txt', 'euc-kr.txt'])('refuses %s in one line, guessing no encoding', async (name) => {
    const result = await runCli(['align', fixture(`encodings/${name}`), english])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/is not valid UTF-8 text \(first invalid byte at offset \d+\), nor UTF-16, GB18030 or Big5\./)
    expect(result.stderr).not.toMatch(/Shift|EUC/)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('duiqi align on web pages and Word files', () => {
  it('gives the beads of the same text in markdown for HTML and .docx, each side read by its own format', async () => {
    const where = await folder()
    const write = async (name: string, content: string | Uint8Array) => {
      const path = join(where, name)
      await writeFile(path, content)
      return path
    }
    const zhText = await write('zh.md', sampleMarkdown(gardenPlan.zh))
    const enText = await write('en.md', sampleMarkdown(gardenPlan.en))
    const zhHtml = await write('zh.html', sampleHtml(gardenPlan.zh, 'zh'))
    const enDocx = await write('en.docx', await sampleDocx(gardenPlan.en))
    const zhDocx = await write('zh-page', await sampleDocx(gardenPlan.zh))
    const plain = await runCli(['align', zhText, enText])
    expect(plain.code).toBe(0)
    for (const [zh, en] of [[zhHtml, enDocx], [zhDocx, enText]] as const) {
      const result = await runCli(['align', zh, en])
      expect(result).toEqual({ code: 0, stdout: plain.stdout, stderr: '' })
    }
    expect(plain.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(10)
  })

  it('aligns the structure a page or a Word file gives, where the same text without markup reads no headings on one side', async () => {
    const where = await folder()
    const zh = join(where, 'zh.txt')
    const en = join(where, 'en.txt')
    await writeFile(zh, samplePlainText(gardenPlan.zh))
    await writeFile(en, samplePlainText(gardenPlan.en))
    const paired = (beads: string) => beads.split('\n').filter((line) => /^\[\d/.test(line) && !/:\[\]$/.test(line)).length
    const plain = await runCli(['align', zh, en])
    const page = join(where, 'en.html')
    await writeFile(page, sampleHtml(gardenPlan.en, 'en'))
    const structured = await runCli(['align', zh, page])
    expect(paired(plain.stdout)).toBeLessThan(5)
    expect(paired(structured.stdout)).toBeGreaterThan(15)
  })

  it('aligns two EPUB books chapter by chapter', async () => {
    const where = await folder()
    const zh = join(where, 'zh.epub')
    const en = join(where, 'en.epub')
    await writeFile(zh, sampleEpub(gardenPlan.zh, 'zh'))
    await writeFile(en, sampleEpub(gardenPlan.en, 'en'))
    const result = await runCli(['align', zh, en, '--format', 'tsv'])
    expect(result.code).toBe(0)
    const rows = result.stdout.trim().split('\n').slice(1).map((line) => line.split('\t'))
    expect(rows.find((row) => row[4] === '招募志愿者；')?.[5]).toBe('Recruit volunteers;')
    expect(rows.find((row) => row[4] === '二、目标')?.[5]).toBe('2. Objectives')
  })

  it.skipIf(!hasPdfFonts)('aligns two PDFs to the beads of the same text in markdown', async () => {
    const where = await folder()
    const write = async (name: string, content: string | Uint8Array) => {
      const path = join(where, name)
      await writeFile(path, content)
      return path
    }
    const markdown = await runCli(['align', await write('zh.md', sampleMarkdown(gardenPlan.zh)), await write('en.md', sampleMarkdown(gardenPlan.en))])
    const pdf = await runCli(['align', await write('zh.pdf', await samplePdf(gardenPlan.zh, 'zh')), await write('en.pdf', await samplePdf(gardenPlan.en, 'en'))])
    expect(pdf).toEqual({ code: 0, stdout: markdown.stdout, stderr: '' })
  })

  it('refuses an old .doc in one line, saying to save it as .docx', async () => {
    const path = join(await folder(), 'old.doc')
    await writeFile(path, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    const result = await runCli(['align', path, english])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^duiqi: .*old\.doc is an old Word \.doc .*save it as \.docx\.\n$/)
  })
})
