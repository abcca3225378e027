import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpusRecords, formatBilingualHtml, formatJsonl, formatTsv, readDocx, readHuggingFaceJsonl, readMoses, readTbx, readTmx, translationUnits } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'

const records = corpusRecords(nirActionPlan)
const units = translationUnits(records)

describe('duiqi export', () => {
  it('keeps the JSON lines and TSV output as they were', async () => {
    expect((await runCli(['export'])).stdout).toBe(formatJsonl(records))
    expect((await runCli(['export', '--format', 'tsv'])).stdout).toBe(formatTsv(records))
  })

  it('writes TMX 1.4b with a tu a bead', async () => {
    const result = await runCli(['export', '--format', 'tmx'])
    expect(readTmx(result.stdout)).toEqual(units)
  })

  it('writes the bilingual page, and the bilingual Word file only to a file', async () => {
    const html = await runCli(['export', '--format', 'html', '--scores'])
    expect(html.stdout).toBe(formatBilingualHtml(units, { title: nirActionPlan.title, scores: true }))
    const refused = await runCli(['export', '--format', 'docx'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/pass --out FILE\.docx/)
    const path = join(await mkdtemp(join(tmpdir(), 'duiqi-export-')), 'plan.docx')
    expect((await runCli(['export', '--format', 'docx', '--out', path])).code).toBe(0)
    const document = await readDocx(new Uint8Array(await readFile(path)), { id: 'x', sourceFile: 'plan.docx', language: 'zh' })
    expect(document.text).toContain(units[1]!.zh)
    expect(document.text).toContain(units[1]!.en)
  })

  it('reads an XLIFF file as the corpus, a bead a unit', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'duiqi-export-')), 'project.xlf')
    await writeFile(path, '<xliff version="1.2"><file source-language="zh-CN" target-language="en"><body><trans-unit id="a"><source>发布一份报告。</source><target>Release a report.</target></trans-unit></body></file></xliff>')
    const result = await runCli(['export', '--corpus', path, '--format', 'tsv'])
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n').slice(1)).toEqual(['b0\tbody\tbody\t0\t发布一份报告。\tRelease a report.'])
  })

  it('writes Hugging Face translation rows', async () => {
    const text = (await runCli(['export', '--format', 'hf'])).stdout
    expect(JSON.parse(text.split('\n')[0]!)).toMatchObject({ translation: { en: units[0]!.en, zh: units[0]!.zh } })
    expect(readHuggingFaceJsonl(text)).toEqual(units)
  })

  it('writes Moses files PREFIX.zh and PREFIX.en, and needs --out for them', async () => {
    const prefix = join(await mkdtemp(join(tmpdir(), 'duiqi-export-')), 'plan')
    expect((await runCli(['export', '--format', 'moses', '--out', prefix])).code).toBe(0)
    const pairs = readMoses(await readFile(`${prefix}.zh`, 'utf8'), await readFile(`${prefix}.en`, 'utf8'))
    expect(pairs.map((pair) => pair.en)).toEqual(units.map((unit) => unit.en))
    const refused = await runCli(['export', '--format', 'moses'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^duiqi: The Moses format is two files: pass --out PREFIX/)
  })

  it('writes the extracted glossary as TBX', async () => {
    const entries = readTbx((await runCli(['export', '--format', 'tbx'])).stdout)
    expect(entries.find((entry) => entry.en === 'SMEs')?.zh).toBe('中小企业')
  })

  it('refuses an unknown format as a usage error', async () => {
    const result = await runCli(['export', '--format', 'xliff'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Allowed choices are jsonl, tsv, tmx, tbx, hf, moses/)
  })
})
