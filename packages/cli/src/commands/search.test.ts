import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beadText } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'

interface HitJson {
  id: string
  section: string
  zh: string
  en: string
  language: 'zh' | 'en'
  matches: { language: string; start: number; end: number; text: string }[]
  counterpartMatches: { language: string; start: number; end: number; text: string }[]
}

const beadsHolding = (term: string): string[] => [...nirActionPlan.beads()].filter((bead) => beadText(bead, 'zh').includes(term)).map((bead) => bead.id)
const fixture = (name: string) => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))

async function searchJson(...argv: string[]): Promise<HitJson[]> {
  const result = await runCli(['search', ...argv, '--format', 'json', '--limit', '200'])
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as HitJson[]
}

describe('duiqi search', () => {
  it('returns every bead whose Chinese holds 中小企业, with the English side and the 12 occurrences', async () => {
    const hits = await searchJson('中小企业')
    expect(hits.map((hit) => hit.id).sort()).toEqual(beadsHolding('中小企业').sort())
    expect(hits.every((hit) => hit.en.length > 0 && hit.zh.includes('中小企业') && hit.section === '4.2')).toBe(true)
    const occurrences = hits.flatMap((hit) => hit.matches)
    expect(occurrences).toHaveLength(12)
    expect(occurrences.every((match) => match.language === 'zh' && match.text === '中小企业')).toBe(true)
    for (const hit of hits) {
      for (const match of [...hit.matches, ...hit.counterpartMatches]) expect(hit[match.language as 'zh' | 'en'].slice(match.start, match.end)).toBe(match.text)
    }
    expect(hits.find((hit) => hit.id === 'b34')!.counterpartMatches.map((match) => match.text)).toEqual(['small and medium sized enterprises', 'SMEs'])
  })

  it('finds the 知识产权 beads for "intellectual property"', async () => {
    const hits = await searchJson('intellectual property')
    expect(hits.map((hit) => hit.id).sort()).toEqual(beadsHolding('知识产权').sort())
    expect((await searchJson('intellectual property', '--no-expand')).length).toBeLessThan(hits.length)
  })

  it('prints hits for people with the matches marked', async () => {
    const result = await runCli(['search', '物联网'])
    expect(result.stdout).toMatch(/^2 beads match "物联网" \(Chinese side/)
    expect(result.stdout).toContain('【物联网】')
    expect(result.stdout).toContain('[Internet of Things]')
  })

  it('filters by section and says when nothing matches', async () => {
    expect(await searchJson('standards', '--section', '4.4')).not.toHaveLength(0)
    expect((await runCli(['search', 'standards', '--section', '4.2'])).stdout).toBe('No bead matches "standards".\n')
  })

  it('searches a corpus made by duiqi align, as JSON lines or as a JSON corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duiqi-search-'))
    for (const format of ['jsonl', 'json']) {
      const aligned = await runCli(['align', fixture('sme.zh.txt'), fixture('sme.en.txt'), '--format', format])
      const file = join(dir, `pairs.${format}`)
      await writeFile(file, aligned.stdout)
      const hits = await searchJson('中小企业', '--corpus', file)
      expect(hits[0]!.en).toMatch(/SMEs/)
    }
  })

  it('names the field of an invalid corpus file in one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duiqi-search-'))
    const file = join(dir, 'bad.json')
    await writeFile(file, JSON.stringify({ type: 'aligned-corpus', id: 'x', title: 'x', source: {}, target: {}, sections: [] }))
    const result = await runCli(['search', 'SMEs', '--corpus', file])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^duiqi: The corpus does not fit the AlignedCorpus schema at source\.type/)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('refuses an empty query', async () => {
    const result = await runCli(['search', ' '])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^duiqi: The search query is empty/)
  })
})
