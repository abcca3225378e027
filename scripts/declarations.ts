import { readFile } from 'node:fs/promises'
import { documentSchema, readDeclaration, type Document } from '@duiqi/core'
import { SEEDS_DIR } from './nir-plan.js'

/** The two declarations that translators of the plan consult, with their seeds (relative to `seeds/`). */
export const DECLARATION_SEEDS = [
  {
    id: 'g7-torino-2017',
    sourceFile: '000_be379f38af2e5f50.txt',
    title: 'G7 ICT and Industry Ministers’ Declaration: Making the Next Production Revolution Inclusive, Open and Secure (Torino, 2017)',
  },
  {
    id: 'g20-trieste-2021',
    sourceFile: '002_e48cf1896b0c28a1.txt',
    title: 'Declaration of G20 Digital Ministers: Leveraging Digitalisation for a Resilient, Strong, Sustainable and Inclusive Recovery (Trieste, 2021)',
  },
] as const

/** Reads both declaration seeds into typed documents (paragraphs, headings, notes), validated by the schema. */
export async function buildDeclarations(seedsDir: string = SEEDS_DIR): Promise<Document[]> {
  return Promise.all(
    DECLARATION_SEEDS.map(async ({ id, sourceFile, title }) => {
      const text = await readFile(`${seedsDir}/${sourceFile}`, 'utf8')
      return documentSchema.parse(readDeclaration(text, { id, sourceFile, title }))
    }),
  )
}
