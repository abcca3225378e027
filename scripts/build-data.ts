// Rebuilds packages/data/src/generated/ from seeds/ with the packages themselves (`pnpm generate`).
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { buildNirActionPlan } from './nir-plan.js'

const GENERATED_DIR = fileURLToPath(new URL('../packages/data/src/generated/', import.meta.url))

const corpus = await buildNirActionPlan()
await mkdir(GENERATED_DIR, { recursive: true })
await writeFile(`${GENERATED_DIR}/nir-action-plan.json`, `${JSON.stringify(corpus, null, 1)}\n`)
const beads = corpus.sections.reduce((sum, section) => sum + (section.heading ? 1 : 0) + section.parts.reduce((n, part) => n + part.beads.length, 0), 0)
console.log(`wrote packages/data/src/generated/nir-action-plan.json: ${corpus.sections.length} sections, ${beads} beads`)
