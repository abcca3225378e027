/**
 * @duiqi/core runs in browsers: bundled by esbuild for `platform: 'browser'`, whole, it must import
 * nothing from Node. And the viewer page's script (the bundle `pnpm generate` writes into the CLI)
 * is the viewer with the parts of @duiqi/core it uses inside it.
 */
import { build, type Plugin } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VIEWER_SCRIPT } from '../packages/cli/src/view/generated/viewer-script.js'
import { VIEWER_ENTRY } from '../scripts/bundle-viewer-script.js'

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url))
const CORE_ENTRY = fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url))
/** The viewer takes only what it uses from core (word matching), so the page stays light. */
const MAX_VIEWER_SCRIPT_BYTES = 50_000
/** Node's built-in modules that a browser bundle must not reach, with or without the `node:` prefix. */
const NODE_BUILTIN = /^(?:node:.*|fs|fs\/promises|path|os|url|child_process|crypto|stream|util|module|worker_threads|process|buffer)$/

/** Records every import of a Node built-in, with the file that imports it. */
function nodeImportRecorder(found: string[]): Plugin {
  return {
    name: 'node-imports',
    setup(setup) {
      setup.onResolve({ filter: NODE_BUILTIN }, (args) => {
        found.push(`${args.path} imported by ${args.importer.replace(REPOSITORY_ROOT, '')}`)
        return { path: args.path, external: true }
      })
    },
  }
}

async function bundleForBrowser(entry: string, found: string[]) {
  return build({
    entryPoints: [entry],
    absWorkingDir: REPOSITORY_ROOT,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    conditions: ['@duiqi/source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeImportRecorder(found)],
  })
}

describe('@duiqi/core in the browser', () => {
  it('bundles whole for the browser with no Node import', async () => {
    const found: string[] = []
    const result = await bundleForBrowser(CORE_ENTRY, found)
    expect(found).toEqual([])
    expect(result.errors).toEqual([])
    expect(Object.keys(result.metafile.inputs).filter((input) => input.startsWith('packages/core/src/')).length).toBeGreaterThan(40)
  }, 60_000)

  it('is inside the viewer’s script (CI checks the committed bundle is current: `pnpm generate`, then git diff)', async () => {
    const found: string[] = []
    const result = await bundleForBrowser(VIEWER_ENTRY, found)
    expect(found).toEqual([])
    expect(Object.keys(result.metafile.inputs)).toEqual(expect.arrayContaining(['packages/core/src/search/find-term.ts', 'packages/core/src/search/english-words.ts']))
    expect(VIEWER_SCRIPT).toContain('duiqi-viewer-data')
    expect(VIEWER_SCRIPT.length).toBeLessThan(MAX_VIEWER_SCRIPT_BYTES)
  }, 60_000)
})
