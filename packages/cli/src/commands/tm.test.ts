import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'

describe('duiqi tm', () => {
  it('returns the 4.2 action with its Chinese at 80% or better', async () => {
    const result = await runCli(['tm', 'Encourage members to establish platform to support SME digital transformation', '--format', 'json'])
    const [match] = JSON.parse(result.stdout) as { id: string; section: string; score: number; zh: string; en: string }[]
    expect(match).toMatchObject({ id: 'b41', section: '4.2' })
    expect(match!.score).toBeGreaterThanOrEqual(0.8)
    expect(match!.score).toBeLessThanOrEqual(1)
    expect(match!.zh).toContain('鼓励成员建立平台')
    expect(match!.en).toMatch(/^Encourage members to establish platforms/)
  })

  it('prints the match percentage and both sides for people', async () => {
    const result = await runCli(['tm', '鼓励成员建立平台，支持中小企业的数字化转型'])
    expect(result.stdout).toMatch(/^\d+%  b41  section 4\.2\n  zh  2．鼓励成员建立平台.*\n  en  Encourage members/)
  })

  it('takes the threshold as a share or a percentage', async () => {
    const strict = await runCli(['tm', 'Encourage members to establish platform to support SME digital transformation', '--threshold', '90%'])
    expect(strict.stdout).toBe('No match at 90% or better. Lower it with --threshold.\n')
    expect((await runCli(['tm', 'SMEs', '--threshold', '150%'])).code).toBe(2)
  })
})
