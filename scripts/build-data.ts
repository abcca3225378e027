// Rebuilds packages/data/src/generated/ from seeds/ with the packages themselves (`pnpm generate`).
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractTerminology } from '@duiqi/align'
import { createCorpus } from '@duiqi/core'
import { bundleViewerScript, VIEWER_BUNDLE_FILE, viewerBundleModule } from './bundle-viewer-script.js'
import { buildDeclarations } from './declarations.js'
import { buildNirActionPlan } from './nir-plan.js'

const GENERATED_DIR = fileURLToPath(new URL('../packages/data/src/generated/', import.meta.url))

const corpus = await buildNirActionPlan()
await mkdir(GENERATED_DIR, { recursive: true })
await writeFile(`${GENERATED_DIR}/nir-action-plan.json`, `${JSON.stringify(corpus, null, 1)}\n`)
const beads = corpus.sections.reduce((sum, section) => sum + (section.heading ? 1 : 0) + section.parts.reduce((n, part) => n + part.beads.length, 0), 0)
console.log(`wrote packages/data/src/generated/nir-action-plan.json: ${corpus.sections.length} sections, ${beads} beads`)

// The plan's glossary with the default options, so the CLI need not extract it (and load CC-CEDICT) on every run.
const glossary = extractTerminology(createCorpus(corpus))
await writeFile(`${GENERATED_DIR}/nir-glossary.json`, `${JSON.stringify(glossary, null, 1)}\n`)
console.log(`wrote packages/data/src/generated/nir-glossary.json: ${glossary.length} entries`)

const declarations = await buildDeclarations()
await writeFile(`${GENERATED_DIR}/declarations.json`, `${JSON.stringify(declarations, null, 1)}\n`)
const summary = declarations.map((document) => `${document.id} (${document.children.length} sections, ${document.notes?.length ?? 0} notes)`)
console.log(`wrote packages/data/src/generated/declarations.json: ${summary.join(', ')}`)

const viewerScript = await bundleViewerScript()
await mkdir(dirname(VIEWER_BUNDLE_FILE), { recursive: true })
await writeFile(VIEWER_BUNDLE_FILE, viewerBundleModule(viewerScript))
console.log(`wrote packages/cli/src/view/generated/viewer-script.ts: the viewer's browser script, ${viewerScript.length} bytes`)
