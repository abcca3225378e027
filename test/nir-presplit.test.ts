// `duiqi align --presplit --format beads` on the NIR sentences, one a line, without any section
// structure: the same beads as the API in both directions, and strict F1 against the hand-made gold.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { alignSentences, parseBeads, scoreAlignment } from '@duiqi/align'
import { nirActionPlan } from '@duiqi/data'
import { describe, expect, it } from 'vitest'
import { runCli } from '../packages/cli/src/__fixtures__/run-cli.js'
import { nirGoldBeads, readNirGold } from '../packages/data/src/__fixtures__/nir-gold.js'

/** The acceptance floor for sentence alignment without structure. */
const FLAT_F1_FLOOR = 0.95

async function beadsFromCli(sourcePath: string, targetPath: string): Promise<string> {
  const { code, stdout, stderr } = await runCli(['align', '--presplit', '--format', 'beads', sourcePath, targetPath])
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return stdout
}

describe('duiqi align --presplit on the NIR sentences', () => {
  it(`gives the API's beads in both directions and strict F1 ≥ ${FLAT_F1_FLOOR} against the gold`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duiqi-nir-'))
    const zh = nirActionPlan.sentences('zh').map((sentence) => sentence.text)
    const en = nirActionPlan.sentences('en').map((sentence) => sentence.text)
    const zhPath = join(dir, 'nir.zh.txt')
    const enPath = join(dir, 'nir.en.txt')
    await writeFile(zhPath, `${zh.join('\n')}\n`)
    await writeFile(enPath, `${en.join('\n')}\n`)

    const forward = parseBeads(await beadsFromCli(zhPath, enPath))
    expect(forward).toEqual(alignSentences(zh, en).map(({ source, target }) => ({ source, target })))
    const backward = parseBeads(await beadsFromCli(enPath, zhPath))
    expect(backward).toEqual(alignSentences(en, zh).map(({ source, target }) => ({ source, target })))

    const gold = nirGoldBeads(await readNirGold())
    const score = scoreAlignment(gold, forward)
    const reversed = scoreAlignment(gold.map(({ source, target }) => ({ source: target, target: source })), backward)
    console.info(`NIR presplit via the CLI: strict F1 ${score.strict.f1.toFixed(4)} zh→en, ${reversed.strict.f1.toFixed(4)} en→zh`)
    expect(score.strict.f1).toBeGreaterThanOrEqual(FLAT_F1_FLOOR)
    expect(reversed.strict.f1).toBeGreaterThanOrEqual(FLAT_F1_FLOOR)
  })
})
