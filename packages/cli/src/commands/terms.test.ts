import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'

interface TermJson {
  en: string
  zh: string
  enVariants: string[]
  frequency: number
  beads: string[]
  confidence: number
}

const glossary = JSON.parse((await runCli(['terms', '--format', 'json'])).stdout) as TermJson[]
const has = (en: string, zh: string): boolean =>
  glossary.some((entry) => (entry.en === en || entry.enVariants.includes(en)) && entry.zh === zh)

/** Pairs judged correct by hand on the built-in plan; at least 20 must come out. */
const CORRECT_PAIRS: readonly (readonly [string, string])[] = [
  ['NIR', '新工业革命'], ['SMEs', '中小企业'], ['IPR', '知识产权'], ['G20', '二十国集团'], ['IoT', '物联网'],
  ['smart manufacturing', '智能制造'], ['standards', '标准'], ['developing countries', '发展中国家'],
  ['G20 members', '二十国集团成员'], ['members', '成员'], ['infrastructure', '基础设施'], ['business models', '商业模式'],
  ['new industrial infrastructure', '新型工业基础设施'], ['best practices', '最佳实践'], ['industrialization', '工业化'],
  ['sustainable development', '可持续发展'], ['capacity building', '能力建设'], ['IPR protection', '知识产权保护'],
  ['Artificial Intelligence', '人工智能'], ['big data', '大数据'], ['cloud computing', '云计算'], ['steam engine', '蒸汽机'],
  ['technology transfer', '技术转移'], ['emerging technologies', '新兴技术'], ['international cooperation', '国际合作'],
  ['challenges', '挑战'], ['opportunities', '机遇'], ['cooperation', '合作'], ['employment', '就业'], ['private sector', '私营部门'],
]

describe('duiqi terms', () => {
  it('extracts the example terms of the plan', () => {
    for (const [en, zh] of CORRECT_PAIRS.slice(0, 8)) expect(has(en, zh), `${en} ↔ ${zh}`).toBe(true)
    expect(has('intellectual property rights', '知识产权')).toBe(true)
    expect(has('Internet of Things', '物联网')).toBe(true)
  })

  it('gets at least 20 hand-checked pairs right', () => {
    expect(CORRECT_PAIRS.filter(([en, zh]) => has(en, zh)).length).toBeGreaterThanOrEqual(20)
  })

  it('prints a JSON array whose entries carry en and zh strings and their figures', () => {
    const [first] = glossary
    expect(typeof first!.en).toBe('string')
    expect(typeof first!.zh).toBe('string')
    expect(first).toMatchObject({ id: 't1', frequency: expect.any(Number), dice: expect.any(Number), logLikelihood: expect.any(Number), confidence: expect.any(Number) })
    expect(first!.beads.length).toBe(first!.frequency)
  })

  it('prints a table for people, limited', async () => {
    const result = await runCli(['terms', '--limit', '5', '--no-cedict'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^5 of \d+ terms, best first/)
    expect(result.stdout).toMatch(/id\s+English\s+Chinese\s+freq\s+Dice\s+G²\s+CC-CEDICT\s+confidence/)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2 + 2 + 5)
  })

  it('checks consistency: one-sided beads and terms with several renderings', async () => {
    const result = await runCli(['terms', '--check', '--format', 'json'])
    const report = JSON.parse(result.stdout) as { missing: { bead: string; found: string }[]; renderings: { term: string }[] }
    expect(report.missing.some((item) => item.bead === 'b13' && item.found === 'zh')).toBe(true)
    expect(report.renderings.some((item) => item.term === '机构')).toBe(true)
  })

  it('refuses a bad limit as a usage error', async () => {
    const result = await runCli(['terms', '--limit', 'many'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^duiqi: .*expected a whole number/)
  })
})
