import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'

describe('duiqi concord', () => {
  it('gives keyword-in-context lines with the counterpart term marked from the glossary', async () => {
    const result = await runCli(['concord', 'SMEs', '--format', 'json'])
    const lines = JSON.parse(result.stdout) as { bead: string; left: string; match: string; right: string; counterpartMatches: { text: string }[] }[]
    expect(lines.length).toBeGreaterThanOrEqual(12)
    const background = lines.find((line) => line.bead === 'b35')!
    expect(background).toMatchObject({ left: 'Background: ', match: 'SMEs' })
    expect(background.counterpartMatches.map((match) => match.text)).toEqual(['中小企业'])
  })

  it('prints an aligned table for people', async () => {
    const result = await runCli(['concord', '知识产权', '--width', '8'])
    expect(result.stdout).toMatch(/^15 occurrences of "知识产权"/)
    expect(result.stdout).toMatch(/bead\s+left\s+match\s+right\s+counterpart/)
    expect(result.stdout).toContain('[IPR]')
  })
})
