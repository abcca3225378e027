import { relatedPassageSchema } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../index.js'

const run = runCli

describe('duiqi related', () => {
  it('prints a JSON array of passages: document id, paragraph id, text, score and shared terms', async () => {
    const result = await run(['related', '1', '--format', 'json'])
    expect(result.code).toBe(EXIT_OK)
    const passages = relatedPassageSchema.array().parse(JSON.parse(result.stdout))
    expect(passages).toHaveLength(5)
    expect(Object.keys(passages[0]!).sort()).toEqual(['document', 'paragraph', 'score', 'terms', 'text'])
    expect(passages[0]).toMatchObject({ document: 'g20-trieste-2021', text: expect.stringMatching(/^Since the 2016 G20 New Industrial Revolution Action Plan/) })
  })

  it('prints passages for people, with the reason, and honours --limit', async () => {
    const result = await run(['related', '4.2', '--limit', '2'])
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toMatch(/^1\. G7 Torino 2017 ¶ 10 {3}score \d+\.\d {3}shared: SMEs, /)
    expect(result.stdout.match(/^\d\. /gm)).toHaveLength(2)
  })

  it('exits 1 for an unknown section, naming those that exist, and 2 for a bad --limit', async () => {
    const unknown = await run(['related', '9.9'])
    expect(unknown.code).toBe(EXIT_BAD_INPUT)
    expect(unknown.stderr).toMatch(/^duiqi: No section "9\.9" in nir-action-plan; the sections are title, 1, 2, .*\n$/)
    const badLimit = await run(['related', '1', '--limit', '0'])
    expect(badLimit.code).toBe(EXIT_USAGE)
  })

  it('is listed in duiqi --help, and has examples', async () => {
    const help = await run(['--help'])
    expect(help.stdout).toMatch(/related \[options\] <section>/)
    expect(help.stdout).toMatch(/view \[options\]/)
    expect(help.stdout).toMatch(/Examples:\n[\s\S]*\$ duiqi view --out out\/plan\.html[\s\S]*Exit codes: 0 done, 1 bad input/)
    expect((await run(['related', '--help'])).stdout).toMatch(/Examples:\n\s+\$ duiqi related 4\.2/)
  })
})
