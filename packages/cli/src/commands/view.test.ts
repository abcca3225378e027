import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nirActionPlan } from '@duiqi/data'
import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../index.js'

const fixture = (name: string) => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))

const run = runCli

describe('duiqi view', () => {
  it('writes one self-contained page for the built-in plan: a row per bead, plot, see also, glossary', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'duiqi-view-')), 'plan.html')
    const result = await run(['view', '--out', out])
    expect(result).toMatchObject({ code: EXIT_OK, stdout: '', stderr: '' })
    const html = await readFile(out, 'utf8')
    const beads = [...nirActionPlan.beads()]
    expect(html.match(/<tr id="b\d+" data-bead="b\d+"/g)).toHaveLength(beads.length)
    expect(html.match(/<a href="#b\d+" class="mark/g)).toHaveLength(beads.length)
    expect(html).toContain('<svg class="plot"')
    expect(html).toContain('See also in the related declarations')
    expect(html).toContain('Since the 2016 G20 New Industrial Revolution Action Plan')
    expect(html).toMatch(/"glossary":\[\{"id":"t1"/)
    expect(html).not.toMatch(/<(?:script|img|link|iframe)[^>]+(?:src|href)=/i)
    expect(html).not.toMatch(/url\(|@import/)
  })

  it('writes a corpus from `duiqi align --format json` to standard output, read from standard input', async () => {
    const aligned = await run(['align', fixture('sme.zh.txt'), fixture('sme.en.txt'), '--format', 'json'])
    const result = await run(['view', '--corpus', '-', '--out', '-', '--no-glossary'], aligned.stdout)
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toMatch(/^<!doctype html>/)
    expect(result.stdout.match(/<tr id="b\d+" data-bead=/g)).toHaveLength(4)
    expect(result.stdout).not.toContain('See also')
  })

  it('exits 2 without --out and 1 for a file that is no corpus, in one line', async () => {
    const missing = await run(['view'])
    expect(missing.code).toBe(EXIT_USAGE)
    expect(missing.stderr).toMatch(/^duiqi: required option '--out <file>' not specified \(see duiqi --help\)\n$/)
    const bad = await run(['view', '--corpus', fixture('sme.en.txt'), '--out', '-'])
    expect(bad.code).toBe(EXIT_BAD_INPUT)
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(bad.stderr).toMatch(/is not a duiqi corpus/)
  })

  it('has help with examples', async () => {
    const result = await run(['view', '--help'])
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toMatch(/Examples:\n\s+\$ duiqi view --out out\/plan\.html/)
  })
})
