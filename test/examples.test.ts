import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

/** Runs an example as the README says, against the sources (no build needed). */
async function runExample(name: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--conditions=@duiqi/source', '--import', 'tsx', `examples/${name}`], {
    cwd: new URL('..', import.meta.url),
  })
  return stdout
}

describe('examples', () => {
  it('nir-plan.ts prints section 4.2 with both languages', async () => {
    const output = await runExample('nir-plan.ts')
    expect(output).toContain('（二） 中小企业的角色定位 · 4.2 Role of small and medium sized enterprises (SMEs)')
    expect(output).toContain('en: Encourage members to establish platforms to support SMEs digital transformation and capacity building.')
    expect(output).toMatch(/\d+ beads mention SMEs, in sections 4\.2/)
  })

  it('align-your-own.ts aligns its three sentence pairs', async () => {
    const lines = (await runExample('align-your-own.ts')).trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toContain('鼓励成员建立平台')
    expect(lines[2]).toContain('Encourage members to establish platforms')
  })
})
