import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SOURCE = dirname(fileURLToPath(import.meta.url))

/** Each folder of packages/align/src and the folders its (non-test) modules import from. */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const entry of readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts') || entry.endsWith('.test.ts') || entry.includes('__')) continue
    const folder = dirname(entry)
    const targets = graph.get(folder) ?? new Set<string>()
    graph.set(folder, targets)
    for (const [, path] of readFileSync(join(SOURCE, entry), 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = dirname(relative(SOURCE, join(SOURCE, folder, path!)))
      if (target !== folder) targets.add(target)
    }
  }
  return graph
}

/** A cycle of folders, if any: each imports the next, the last the first. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (folder: string): string[] | undefined => {
    if (state.get(folder) === 'done') return undefined
    if (state.get(folder) === 'open') return [...stack.slice(stack.indexOf(folder)), folder]
    state.set(folder, 'open')
    stack.push(folder)
    for (const next of graph.get(folder) ?? []) {
      const cycle = visit(next)
      if (cycle !== undefined) return cycle
    }
    stack.pop()
    state.set(folder, 'done')
    return undefined
  }
  for (const folder of graph.keys()) {
    const cycle = visit(folder)
    if (cycle !== undefined) return cycle
  }
  return undefined
}

describe('the folders of packages/align/src', () => {
  it('import one way down, with no cycle (sections → sentences → score → lexicon)', () => {
    const graph = folderImports()
    expect(findCycle(graph)).toBeUndefined()
    expect([...(graph.get('score') ?? [])]).not.toContain('sentences')
    expect([...(graph.get('lexicon') ?? [])]).not.toContain('score')
  })
})
