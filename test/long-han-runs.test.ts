// Long runs of Han characters without punctuation through the command line: a laugh in a quote, prose
// without punctuation (classical text, OCR output), a long search query. segmentit once took
// exponential time on them (48 × 哈 ran out of memory at 4.6 GB; a 20,000-character query overflowed
// the stack); its work must now be linear in the text.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../packages/cli/src/__fixtures__/run-cli.js'
import { measureSegmentitWorkAsync } from '../packages/core/src/segment/__fixtures__/segmentit-work.js'
import { hanWindowLimits } from '../packages/core/src/segment/chinese-words.js'

const PROSE = '为有效应对新工业革命让更多民众从中受益我们倡议二十国集团成员共同行动提升现有沟通协作机制继续开展研究'

/** segmentit's work per Han character of its input that a test allows: every window enumerates at most maxSegmentations. */
const PER_CHARACTER = hanWindowLimits.maxSegmentations

/** Runs `duiqi ARGV`, failing once segmentit's work passes `limit` calls. */
async function bounded(argv: string[], limit: number) {
  return measureSegmentitWorkAsync(() => runCli(argv), limit)
}

describe('long Han runs through duiqi', () => {
  it('aligns a novel excerpt with a 48-character laugh and 300 characters of prose without punctuation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duiqi-han-runs-'))
    const zh = join(dir, 'zh.txt')
    const en = join(dir, 'en.txt')
    await writeFile(zh, `他笑道：“${'哈'.repeat(48)}！”说完就走了。\n${PROSE.repeat(6)}。\n`)
    await writeFile(en, 'He laughed: "Ha ha ha ha ha ha ha ha!" Then he left.\nTo respond to the new industrial revolution, we call on members to act together and continue research.\n')
    const hanCharacters = (await readFile(zh, 'utf8')).match(/\p{Script=Han}/gu)!.length
    const { result } = await bounded(['align', zh, en, '--format', 'tsv'], PER_CHARACTER * hanCharacters)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`“${'哈'.repeat(48)}！”`)
  }, 20_000)

  it('searches the built-in corpus for a 20,000-character query and a term repeated 12 times', async () => {
    // An ordinary query's work (building the index of the built-in corpus) plus work linear in the query.
    const { work } = await bounded(['search', '中小企业'], Number.POSITIVE_INFINITY)
    for (const query of [PROSE.repeat(400).slice(0, 20_000), '中小企业'.repeat(12)]) {
      const { result } = await bounded(['search', query], work.calls + PER_CHARACTER * query.length)
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
    }
  }, 20_000)
})
