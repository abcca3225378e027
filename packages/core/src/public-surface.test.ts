import { describe, expect, it } from 'vitest'

describe('@duiqi/core public surface', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('@duiqi/core')).sort()).toMatchSnapshot()
  })

  it('imports nothing from Node', async () => {
    const { readdir, readFile } = await import('node:fs/promises')
    const root = new URL('./', import.meta.url)
    // Tests and their __fixtures__ helpers run only under Node and are never imported by the library.
    const isTestOnly = (file: string): boolean => file.endsWith('.test.ts') || file.split(/[\\/]/).includes('__fixtures__')
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.ts') && !isTestOnly(file))
    for (const file of files) {
      const text = await readFile(new URL(file, root), 'utf8')
      expect(text, file).not.toMatch(/from ['"]node:|require\(['"]node:|from ['"](fs|path|os|url|child_process)['"]/)
    }
  })
})
