import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { alignDocuments } from '@duiqi/align'
import { alignedCorpusSchema, readChineseOutline, readEnglishOutline, type AlignedCorpus } from '@duiqi/core'

/** The seeds of the NIR Action Plan, relative to the project's `seeds/`. */
export const NIR_SEEDS = {
  zh: '003_d898cf4b9cf28cb6.txt',
  en: '001_6ddc781d32d3d27a.txt',
} as const

export const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url))

/**
 * Reads both NIR seeds and aligns them (Chinese source, English target), validated by the schema.
 * The one recipe behind `pnpm generate` and `pnpm start`.
 */
export async function buildNirActionPlan(seedsDir: string = SEEDS_DIR): Promise<AlignedCorpus> {
  const [zhText, enText] = await Promise.all([
    readFile(`${seedsDir}/${NIR_SEEDS.zh}`, 'utf8'),
    readFile(`${seedsDir}/${NIR_SEEDS.en}`, 'utf8'),
  ])
  const zh = readChineseOutline(zhText, { id: 'nir-zh', sourceFile: NIR_SEEDS.zh })
  const en = readEnglishOutline(enText, { id: 'nir-en', sourceFile: NIR_SEEDS.en })
  const corpus = alignDocuments(zh, en, {
    id: 'nir-action-plan',
    title: 'G20 New Industrial Revolution Action Plan (2016) · 二十国集团新工业革命行动计划',
  })
  return alignedCorpusSchema.parse(corpus)
}
