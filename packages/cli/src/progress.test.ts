import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { CommandIo } from './io.js'
import { runCli } from './__fixtures__/run-cli.js'
import { EXIT_OK } from './index.js'
import { createProgressBar, formatProgress, LONG_ALIGNMENT_CHARACTERS, REDRAW_MS } from './progress.js'

function captureIo(stderrIsTerminal: boolean): CommandIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readStdin: async () => new Uint8Array(),
    stderrIsTerminal,
  }
  return io
}

describe('formatProgress', () => {
  it('draws a bar with percent, counts and time', () => {
    expect(formatProgress('aligning', 12_600, 30_000, 1234)).toBe(`aligning [${'█'.repeat(12)}${'░'.repeat(16)}]  42% 12,600/30,000 1.2s`)
    expect(formatProgress('aligning', 0, 0, 0)).toBe(`aligning [${'░'.repeat(28)}]   0% 0/0 0.0s`)
  })
})

describe('createProgressBar', () => {
  it('draws on a terminal, at most every REDRAW_MS, always the last frame, and erases itself', () => {
    const io = captureIo(true)
    let time = 0
    const bar = createProgressBar(io, 'aligning', () => time)
    bar.update(1, 10)
    time += REDRAW_MS / 2
    bar.update(2, 10)
    time += REDRAW_MS
    bar.update(3, 10)
    bar.update(10, 10)
    bar.finish()
    const frames = io.err.split('\r\u001b[2K').filter((frame) => frame !== '')
    expect(frames.map((frame) => frame.match(/(\d+)\/10/)?.[1])).toEqual(['1', '3', '10'])
    expect(io.err.endsWith('\r\u001b[2K')).toBe(true)
  })

  it('writes nothing when standard error is a pipe or a file', () => {
    const io = captureIo(false)
    const bar = createProgressBar(io, 'aligning')
    bar.update(5, 10)
    bar.finish()
    expect(io.err).toBe('')
  })
})

describe('duiqi align on a long input', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

  /** The four-sentence fixture repeated until both sides pass the length that earns a bar. */
  async function longInput(): Promise<[string, string]> {
    const dir = await mkdtemp(join(tmpdir(), 'duiqi-progress-'))
    const [zh, en] = await Promise.all([readFile(fixture('sme.zh.txt'), 'utf8'), readFile(fixture('sme.en.txt'), 'utf8')])
    const times = Math.ceil(LONG_ALIGNMENT_CHARACTERS / (zh.length + en.length)) + 1
    const paths = [join(dir, 'zh.txt'), join(dir, 'en.txt')] as const
    await writeFile(paths[0], `${zh.trimEnd()}\n\n`.repeat(times))
    await writeFile(paths[1], `${en.trimEnd()}\n\n`.repeat(times))
    return [...paths]
  }

  it('shows progress on a terminal and none in a pipe, with the same output', async () => {
    const [zh, en] = await longInput()
    const terminal = await runCli(['align', zh, en], '', true)
    const pipe = await runCli(['align', zh, en])
    expect(terminal.code).toBe(EXIT_OK)
    expect(pipe.code).toBe(EXIT_OK)
    expect(terminal.stderr).toMatch(/^\r\u001b\[2Kaligning \[░+\]\s+0% 0\/\d[\d,]* \d+\.\ds/)
    expect(terminal.stderr.endsWith('\r\u001b[2K')).toBe(true)
    expect(pipe.stderr).toBe('')
    expect(terminal.stdout).toBe(pipe.stdout)
  })

  it('shows no bar for a short alignment, even on a terminal', async () => {
    const terminal = await runCli(['align', fixture('sme.zh.txt'), fixture('sme.en.txt')], '', true)
    expect(terminal.code).toBe(EXIT_OK)
    expect(terminal.stderr).toBe('')
  })
})
