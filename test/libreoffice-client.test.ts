/**
 * Integration test: a real word processor opens the bilingual Word file duiqi writes. LibreOffice
 * (Debian's `libreoffice-writer-nogui`, run headless) converts the exported .docx to plain text; every
 * bead's two sides must come out as its table row, in order. Skipped, with the reason, where LibreOffice is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beadText, corpusRecords, formatBilingualDocx, translationUnits } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import { describe, expect, it } from 'vitest'

const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' })
const missing = probe.error !== undefined || probe.status !== 0
if (missing) console.warn('libreoffice-client: skipped, `soffice` is not installed (`apt-get install -y --no-install-recommends libreoffice-writer-nogui`).')

describe.skipIf(missing)('LibreOffice opens the bilingual .docx', () => {
  it('reads one table row a bead: the Chinese cell, then the English, then the score', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'duiqi-docx-'))
    const path = join(folder, 'plan.docx')
    await writeFile(path, await formatBilingualDocx(translationUnits(corpusRecords(nirActionPlan)), { title: 'NIR plan', scores: true }))
    // A profile of its own, so a LibreOffice already running for the user is not asked instead.
    execFileSync('soffice', [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', folder, path], { stdio: 'ignore', timeout: 120_000 })
    const lines = (await readFile(join(folder, 'plan.txt'), 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/)
    const expected = ['NIR plan', '中文', 'English', 'score']
    for (const bead of nirActionPlan.beads()) {
      for (const side of [beadText(bead, 'zh'), beadText(bead, 'en')]) if (side !== '') expected.push(side)
      expected.push(bead.score.toFixed(2))
    }
    expect(lines.filter((line) => line !== '')).toEqual(expected)
  }, 150_000)
})
