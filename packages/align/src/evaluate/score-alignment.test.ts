import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatBeads, type BeadPair } from './bead-lines.js'
import { scoreAlignment } from './score-alignment.js'

const gold: BeadPair[] = [
  { source: [0], target: [0] },
  { source: [1, 2], target: [1] },
  { source: [3], target: [2, 3] },
  { source: [], target: [4] },
  { source: [4], target: [5] },
]
const auto: BeadPair[] = [
  { source: [0], target: [0] },
  { source: [1], target: [1] },
  { source: [2], target: [] },
  { source: [3], target: [2, 3, 4] },
  { source: [4], target: [5] },
]

const benchDirectory = process.env['DUIQI_BENCH_DIR'] ?? resolve(import.meta.dirname, '../../../../../shared/bench')
const scorer = join(benchDirectory, 'score.mjs')

describe('scoreAlignment', () => {
  it('counts exact bead matches (strict) and overlaps (lax)', () => {
    const score = scoreAlignment(gold, auto)
    expect(score.hits).toBe(2)
    expect(score.strict.precision).toBeCloseTo(2 / 5)
    expect(score.strict.recall).toBeCloseTo(2 / 5)
    // [2]:[] overlaps nothing in gold, so it is the one lax miss.
    expect(score.lax.precision).toBeCloseTo(4 / 5)
  })

  it('is perfect on the gold itself', () => {
    expect(scoreAlignment(gold, gold).strict.f1).toBe(1)
  })

  it('merges beads inside one verse in Bible mode', () => {
    const verses = { source: ['a', 'b', 'b', 'c', 'd'], target: ['a', 'b', 'c', 'c', 'c', 'd'] }
    const score = scoreAlignment([{ source: [1, 2], target: [1] }], [{ source: [1], target: [1] }, { source: [2], target: [] }], verses)
    expect(score.strict.f1).toBe(1)
  })

  it.skipIf(!existsSync(scorer))('agrees with the benchmark scorer score.mjs', () => {
    const folder = mkdtempSync(join(tmpdir(), 'duiqi-score-'))
    writeFileSync(join(folder, 'gold.align'), formatBeads(gold))
    writeFileSync(join(folder, 'auto.align'), formatBeads(auto))
    const output = execFileSync('node', [scorer, '--gold', join(folder, 'gold.align'), '--auto', join(folder, 'auto.align'), '--json'])
    const expected = JSON.parse(output.toString()) as { total: { strict: { f1: number }; lax: { f1: number; precision: number } } }
    const score = scoreAlignment(gold, auto)
    expect(score.strict.f1).toBeCloseTo(expected.total.strict.f1, 3)
    expect(score.lax.f1).toBeCloseTo(expected.total.lax.f1, 3)
    expect(score.lax.precision).toBeCloseTo(expected.total.lax.precision, 3)
  })
})
