import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SOURCE = dirname(fileURLToPath(import.meta.url))

/** The folders whose functions are held to the house limit (issue 15). */
const CHECKED_FOLDERS = ['score', 'sentences']

/** House style: aim for functions under 40 lines, counted from the function's first line to its last. */
const MAX_LINES = 40

/** Functions allowed to run longer, as `folder/file.ts:name`: none today. */
const EXCEPTIONS = new Set<string>()

/** A function too long for the house limit: where it is and how many lines it spans. */
interface LongFunction {
  readonly file: string
  readonly name: string
  readonly line: number
  readonly lines: number
}

/** The non-test TypeScript modules of a folder, recursively, relative to packages/align/src. */
function modulesOf(folder: string): string[] {
  return readdirSync(join(SOURCE, folder), { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts') && !entry.endsWith('.test-d.ts') && !entry.includes('__'))
    .map((entry) => join(folder, entry))
    .sort()
}

/** A function-like node with a body: declaration, expression, arrow, method, accessor or constructor. */
function isFunctionWithBody(node: ts.Node): node is ts.FunctionLikeDeclaration & { body: ts.Node } {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isConstructorDeclaration(node)) &&
    node.body !== undefined
  )
}

/** A function's own name, else the name of the variable or property it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  if (node.name !== undefined) return node.name.getText(file)
  const parent = node.parent
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name !== undefined) return parent.name.getText(file)
  return '<anonymous>'
}

/** Every function of a module whose lines, first to last inclusive, number more than {@link MAX_LINES}. */
function longFunctionsOf(path: string): LongFunction[] {
  const file = ts.createSourceFile(path, readFileSync(join(SOURCE, path), 'utf8'), ts.ScriptTarget.Latest, true)
  const found: LongFunction[] = []
  const visit = (node: ts.Node): void => {
    if (isFunctionWithBody(node)) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = last - first + 1
      if (lines > MAX_LINES) found.push({ file: path, name: nameOf(node, file), line: first + 1, lines })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe(`functions in ${CHECKED_FOLDERS.map((folder) => `${folder}/`).join(' and ')}`, () => {
  it(`span at most ${MAX_LINES} lines`, () => {
    const modules = CHECKED_FOLDERS.flatMap(modulesOf)
    expect(modules.length).toBeGreaterThan(0)
    const tooLong = modules
      .flatMap(longFunctionsOf)
      .filter((entry) => !EXCEPTIONS.has(`${entry.file}:${entry.name}`))
      .map((entry) => `${entry.file}:${entry.line} ${entry.name} (${entry.lines} lines)`)
    expect(tooLong).toEqual([])
  })
})
