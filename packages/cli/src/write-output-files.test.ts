import { mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WriteFailedError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { writeOutputFiles } from './write-output-files.js'
import { runCli } from './__fixtures__/run-cli.js'

async function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'duiqi-write-'))
}

describe('writeOutputFiles', () => {
  it('writes new files and replaces old ones whole, keeping the old mode and leaving no temporary file', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, 'a.txt'), 'old', { mode: 0o600 })
    await writeOutputFiles([
      { path: join(folder, 'a.txt'), text: 'new a' },
      { path: join(folder, 'b.txt'), text: 'new b' },
    ])
    expect(await readFile(join(folder, 'a.txt'), 'utf8')).toBe('new a')
    expect(await readFile(join(folder, 'b.txt'), 'utf8')).toBe('new b')
    expect((await stat(join(folder, 'a.txt'))).mode & 0o777).toBe(0o600)
    expect((await readdir(folder)).sort()).toEqual(['a.txt', 'b.txt'])
  })

  it('writes through a symbolic link to its target', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, 'target.txt'), 'old')
    await symlink(join(folder, 'target.txt'), join(folder, 'link.txt'))
    await writeOutputFiles([{ path: join(folder, 'link.txt'), text: 'new' }])
    expect(await readFile(join(folder, 'target.txt'), 'utf8')).toBe('new')
    expect((await readdir(folder)).sort()).toEqual(['link.txt', 'target.txt'])
  })

  it('changes neither file of a pair when the second cannot be written', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, 'corpus.zh'), 'old zh')
    const failed = writeOutputFiles([
      { path: join(folder, 'corpus.zh'), text: 'new zh' },
      { path: join(folder, 'missing', 'corpus.en'), text: 'new en' },
    ])
    await expect(failed).rejects.toThrow(WriteFailedError)
    expect(await readFile(join(folder, 'corpus.zh'), 'utf8')).toBe('old zh')
    expect(await readdir(folder)).toEqual(['corpus.zh'])
  })

  it('writes a device in place instead of renaming over it, and reports its failure', async () => {
    await expect(writeOutputFiles([{ path: '/dev/full', text: 'x' }])).rejects.toThrow('Cannot write /dev/full: no space left on device. Free some space and run it again.')
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true)
  })
})

describe('duiqi export --out', () => {
  it('names a missing folder in one line, exit code 1, instead of an unexpected failure', async () => {
    const folder = await tempFolder()
    const out = join(folder, 'no-such-folder', 'plan.tsv')
    const result = await runCli(['export', '--format', 'tsv', '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`duiqi: Cannot write ${out}: no such file or folder. The folder ${join(folder, 'no-such-folder')} does not exist: create it first or give another path.\n`)
  })

  it('writes the Moses pair and view --out through the same atomic writer', async () => {
    const folder = await tempFolder()
    expect((await runCli(['export', '--format', 'moses', '--out', join(folder, 'corpus')])).code).toBe(0)
    expect((await runCli(['view', '--no-glossary', '--out', join(folder, 'plan.html')])).code).toBe(0)
    expect((await readdir(folder)).sort()).toEqual(['corpus.en', 'corpus.zh', 'plan.html'])
    const zh = (await readFile(join(folder, 'corpus.zh'), 'utf8')).split('\n')
    expect(zh.length).toBe((await readFile(join(folder, 'corpus.en'), 'utf8')).split('\n').length)
  })
})
