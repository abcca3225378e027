import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../__fixtures__/run-cli.js'

const english = fileURLToPath(new URL('../__fixtures__/sme.en.txt', import.meta.url))

describe('duiqi align and standard input', () => {
  it('refuses standard input given for both texts as bad usage (exit 2), before reading it', async () => {
    const result = await runCli(['align', '-', '-'], '中小企业是创新和就业的主要来源。\n')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('duiqi: standard input (-) can be only one of the two texts, not both: give the other as a file. (see duiqi --help)\n')
  })

  it('reads one of the two from standard input', async () => {
    const result = await runCli(['align', '-', english], '中小企业是创新和就业的主要来源。\n')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('[0]:[0,1,2,3]\n')
  })
})
