// The built `duiqi` command's input and output as the system gives them: a full disk, a file size limit,
// a closed pipe, /dev/zero and an endless pipe (`pnpm test` builds first).
import { spawn } from 'node:child_process'
import { openSync, closeSync } from 'node:fs'
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../packages/cli/bin/duiqi.js', import.meta.url))
const ZH = fileURLToPath(new URL('../packages/cli/src/__fixtures__/sme.zh.txt', import.meta.url))
const EN = fileURLToPath(new URL('../packages/cli/src/__fixtures__/sme.en.txt', import.meta.url))

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the bin with standard output going to `stdout` (a file descriptor, or captured when 'pipe'). */
async function runBin(argv: readonly string[], options: { stdout?: number | 'pipe'; env?: Record<string, string>; shell?: string } = {}): Promise<Run> {
  const command = options.shell === undefined ? [process.execPath, [BIN, ...argv]] as const : ['sh', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, BIN, ...argv]] as const
  const child = spawn(command[0], command[1], { stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'], env: { ...process.env, ...options.env } })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => void (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}

async function runToFile(path: string, argv: readonly string[], options: { shell?: string } = {}): Promise<Run> {
  const fd = openSync(path, 'w')
  try {
    return await runBin(argv, { ...options, stdout: fd })
  } finally {
    closeSync(fd)
  }
}

function expectOneLine(stderr: string, message: string): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at /)
  expect(stderr).toContain(message)
}

/** A shell line that limits files to 4 KiB (`ulimit -f` counts 512-byte blocks) and lets writes past it fail with EFBIG. */
const FILE_SIZE_LIMIT = "ulimit -f 8; trap '' XFSZ"

describe('duiqi writing standard output', () => {
  it.each([
    [['export', '--format', 'tsv']],
    [['export']],
    [['align', ZH, EN]],
    [['view', '--no-glossary', '--out', '-']],
    [['search', 'SMEs']],
  ])('reports a full disk (/dev/full) for %j in one line with exit code 1', async (argv) => {
    const result = await runToFile('/dev/full', argv)
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'duiqi: Cannot write standard output: no space left on device.')
  })

  it('reports a file cut short by a size limit (a disk that fills up mid-way), not exit code 0', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'duiqi-io-'))
    const result = await runToFile(join(folder, 'plan.tsv'), ['export', '--format', 'tsv'], { shell: FILE_SIZE_LIMIT })
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'duiqi: Cannot write standard output: file too large.')
  })

  it('writes the whole output to a file and exits 0', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'duiqi-io-'))
    const whole = await runBin(['export', '--format', 'tsv'])
    const result = await runToFile(join(folder, 'plan.tsv'), ['export', '--format', 'tsv'])
    expect(result.code).toBe(0)
    expect(await readFile(join(folder, 'plan.tsv'), 'utf8')).toBe(whole.stdout)
    expect(whole.stdout.length).toBeGreaterThan(20_000)
  })

  it('stops quietly with exit code 0 when the reader closes the pipe early (duiqi view --out - | head -1)', async () => {
    const child = spawn('bash', ['-c', `"$0" "$1" view --no-glossary --out - | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"`, process.execPath, BIN], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
    await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(stdout).toBe('0\n')
  })
})

describe('duiqi writing --out', () => {
  it('reports a device that is full, and leaves the device in place', async () => {
    const result = await runBin(['export', '--out', '/dev/full'])
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'duiqi: Cannot write /dev/full: no space left on device.')
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true)
  })

  it('keeps the previous file whole and leaves no temporary file when the write fails', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'duiqi-io-'))
    const out = join(folder, 'plan.tmx')
    await writeFile(out, 'the previous export\n')
    const result = await runBin(['export', '--format', 'tmx', '--out', out], { shell: FILE_SIZE_LIMIT })
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, `duiqi: Cannot write ${out}: file too large.`)
    expect(await readFile(out, 'utf8')).toBe('the previous export\n')
    expect(await readdir(folder)).toEqual(['plan.tmx'])
  })

  it('leaves one whole export, never a mix, when two export to one path at once', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'duiqi-io-'))
    const out = join(folder, 'plan.out')
    const tsv = (await runBin(['export', '--format', 'tsv'])).stdout
    const tmx = (await runBin(['export', '--format', 'tmx'])).stdout
    for (let round = 0; round < 4; round += 1) {
      const results = await Promise.all([runBin(['export', '--format', 'tmx', '--out', out]), runBin(['export', '--format', 'tsv', '--out', out])])
      expect(results.map((result) => result.code)).toEqual([0, 0])
      expect([tsv, tmx]).toContain(await readFile(out, 'utf8'))
    }
    expect(await readdir(folder)).toEqual(['plan.out'])
  })
})

describe('duiqi reading more than the input limit', () => {
  const env = { DUIQI_MAX_INPUT_BYTES: '65536' }
  const message = 'is larger than 65536 bytes, the most duiqi reads, so reading stopped there.'

  it('stops reading /dev/zero at the limit (its stated size is 0)', async () => {
    const result = await runBin(['align', '/dev/zero', EN], { env })
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, `duiqi: /dev/zero ${message}`)
  })

  it('stops reading an endless pipe on standard input at the limit', async () => {
    const child = spawn(process.execPath, [BIN, 'align', '-', EN], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
    child.stdin.on('error', () => undefined)
    const chunk = Buffer.alloc(16_384, 'a')
    let running = true
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => {
      running = false
      resolve(code)
    }))
    const feed = (): void => {
      while (running && child.stdin.writable && child.stdin.write(chunk));
      if (running && child.stdin.writable) child.stdin.once('drain', feed)
    }
    feed()
    expect(await closed).toBe(1)
    expectOneLine(stderr, `duiqi: standard input ${message}`)
  })

  it('refuses a malformed limit in one line', async () => {
    const result = await runBin(['align', ZH, EN], { env: { DUIQI_MAX_INPUT_BYTES: '0x10' } })
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'duiqi: DUIQI_MAX_INPUT_BYTES must be a whole number of bytes from 1 to 268435456, got "0x10".')
  })
})
