/**
 * Integration test: a real translation tool reads what duiqi writes. Debian's translate-toolkit
 * (`apt-get install translate-toolkit`, Python module `translate.storage`) parses the exported TMX and
 * TBX; the units must be the beads, texts equal. Skipped, with the reason, where the toolkit is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractTerminology } from '@duiqi/align'
import { beadText, corpusRecords, formatTbx, formatTmx, readXliff, translationUnits } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import { describe, expect, it } from 'vitest'

/** Debian's module is installed for the system Python, which may not be the first python3 on PATH. */
const PYTHON = '/usr/bin/python3'

const toolkit = spawnSync(PYTHON, ['-c', 'import translate.storage.tmx, translate.storage.tbx'], { encoding: 'utf8' })
const missing = toolkit.error !== undefined || toolkit.status !== 0
if (missing) {
  console.warn(`tmx-client: skipped, translate-toolkit is not importable by ${PYTHON} (install it with \`apt-get install -y translate-toolkit\`).`)
}

/** Reads a TMX or TBX file with translate-toolkit and prints its units as JSON. */
const READER = `
import json, sys
from translate.storage import tbx, tmx
kind, path = sys.argv[1], sys.argv[2]
with open(path, 'rb') as handle:
    store = (tmx.tmxfile if kind == 'tmx' else tbx.tbxfile)(handle)
print(json.dumps([{'id': unit.getid(), 'source': unit.source, 'target': unit.target} for unit in store.units]))
`

function readWithToolkit(kind: 'tmx' | 'tbx', path: string): { id: string; source: string; target: string }[] {
  return JSON.parse(execFileSync(PYTHON, ['-c', READER, kind, path], { encoding: 'utf8' })) as { id: string; source: string; target: string }[]
}

describe.skipIf(missing)('translate-toolkit reads duiqi exports', () => {
  it('writes an XLIFF file (translate-toolkit, as a CAT tool would) that readXliff reads back unit for unit', () => {
    const pairs = [...nirActionPlan.beads()].slice(0, 20).map((bead) => [beadText(bead, 'zh'), beadText(bead, 'en')])
    const writer = `
import json, sys
from translate.storage import xliff
store = xliff.xlifffile(sourcelanguage='zh-CN', targetlanguage='en')
for source, target in json.loads(sys.argv[1]):
    unit = store.addsourceunit(source)
    unit.target = target
sys.stdout.write(bytes(store).decode('utf-8'))
`
    const written = execFileSync(PYTHON, ['-c', writer, JSON.stringify(pairs)], { encoding: 'utf8' })
    expect(readXliff(written).map((unit) => [unit.zh, unit.en])).toEqual(pairs)
  })

  it('reads the TMX: one unit a bead, Chinese source and English target equal to the beads', async () => {
    const beads = [...nirActionPlan.beads()]
    const path = join(await mkdtemp(join(tmpdir(), 'duiqi-tmx-')), 'plan.tmx')
    await writeFile(path, formatTmx(translationUnits(corpusRecords(nirActionPlan))))
    const units = readWithToolkit('tmx', path)
    expect(units).toHaveLength(beads.length)
    expect(units.map((unit) => unit.id)).toEqual(beads.map((bead) => bead.id))
    expect(units.map((unit) => unit.source)).toEqual(beads.map((bead) => beadText(bead, 'zh')))
    expect(units.map((unit) => unit.target)).toEqual(beads.map((bead) => beadText(bead, 'en')))
  })

  it('reads escaped markup back as the original text', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'duiqi-tmx-')), 'tricky.tmx')
    await writeFile(path, formatTmx([{ id: 'x', zh: '「R&D」<标准>', en: 'R&D <b> "quoted" 5 > 3' }]))
    expect(readWithToolkit('tmx', path)).toEqual([{ id: 'x', source: '「R&D」<标准>', target: 'R&D <b> "quoted" 5 > 3' }])
  })

  it('reads the TBX glossary: one unit an entry, English term and Chinese term', async () => {
    const glossary = extractTerminology(nirActionPlan)
    const path = join(await mkdtemp(join(tmpdir(), 'duiqi-tbx-')), 'plan.tbx')
    await writeFile(path, formatTbx(glossary))
    const units = readWithToolkit('tbx', path)
    expect(units).toHaveLength(glossary.length)
    expect(units.map((unit) => [unit.source, unit.target])).toEqual(glossary.map((entry) => [entry.en, entry.zh]))
  })
})
