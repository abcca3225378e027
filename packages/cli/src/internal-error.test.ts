import { InternalError } from '@duiqi/core'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { runCli } from './__fixtures__/run-cli.js'
import { EXIT_INTERNAL } from './index.js'

// An aligner that breaks its promise, as a bug would: the command must say so, not print its beads.
vi.mock('@duiqi/align', async (original) => ({
  ...(await original<typeof import('@duiqi/align')>()),
  align: () => {
    throw new InternalError('The document alignment broke its own promise: bead 1 (3:3) holds source sentence 3 where 1 comes next.')
  },
}))

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

describe('an internal error', () => {
  it('is one line naming it as a bug, exit code 3, and nothing on standard output', async () => {
    const result = await runCli(['align', fixture('sme.zh.txt'), fixture('sme.en.txt')])
    expect(result.code).toBe(EXIT_INTERNAL)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^duiqi: internal error: The document alignment broke its own promise: bead 1/)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
