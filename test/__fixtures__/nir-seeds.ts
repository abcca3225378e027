import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { alignDocuments } from '@duiqi/align'
import { collectSentences, type Document } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import { expect } from 'vitest'

const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url))

/** The plan's two seeds as the project holds them: the Chinese text (from the government's web page) and the English markdown. */
export async function readPlanSeeds(): Promise<{ zh: string; en: string }> {
  const [zh, en] = await Promise.all([readFile(`${seeds}003_d898cf4b9cf28cb6.txt`, 'utf8'), readFile(`${seeds}001_6ddc781d32d3d27a.txt`, 'utf8')])
  return { zh, en }
}

/** Asserts that two documents read from another rendering of the seeds have the plan's sentences and align to exactly its beads. */
export function expectPlanBeads(zh: Document, en: Document): void {
  expect(collectSentences(zh)).toHaveLength(nirActionPlan.sentences('zh').length)
  expect(collectSentences(en)).toHaveLength(nirActionPlan.sentences('en').length)
  const corpus = alignDocuments(zh, en, { id: 'nir-action-plan' })
  const beads = (sections: typeof corpus.sections) => sections.flatMap((section) => section.parts.flatMap((part) => part.beads.map((bead) => [section.id, part.kind, bead.source, bead.target])))
  expect(beads(nirActionPlan.data.sections).length).toBeGreaterThan(80)
  expect(beads(corpus.sections)).toEqual(beads(nirActionPlan.data.sections))
}
