import { readFile } from 'node:fs/promises'
import { documentSchema, type Document, type Paragraph } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { characterOwners } from '../../core/src/declarations/__fixtures__/character-owners.js'
import { buildDeclarations } from '../../../scripts/declarations.js'
import generated from './generated/declarations.json' with { type: 'json' }
import { declarations, torinoDeclaration, triesteDeclaration } from './index.js'

function paragraphs(document: Document): Paragraph[] {
  return document.children.flatMap((section) => section.children.flatMap((part) => part.children))
}

function paragraphText(paragraph: Paragraph): string {
  return paragraph.children.map((sentence) => sentence.text).join(' ')
}

describe('the related declarations', () => {
  it('are schema-valid and equal to a fresh build from seeds/', async () => {
    for (const document of generated) expect(documentSchema.safeParse(document).success).toBe(true)
    expect(JSON.parse(JSON.stringify(await buildDeclarations()))).toEqual(generated)
    expect(declarations.map((document) => document.id)).toEqual(['g7-torino-2017', 'g20-trieste-2021'])
  })

  it('lose nothing: every character lands in a sentence, a note or a recorded header line', async () => {
    for (const document of declarations) {
      const seed = await readFile(new URL(`../../../seeds/${document.sourceFile}`, import.meta.url), 'utf8')
      expect(document.text).toBe(seed)
      expect(characterOwners(document), document.id).toEqual({ lost: [], doubled: [], misread: [] })
    }
  })

  it('keep the Torino paragraph numbers as ids, 1 to 58 with 12a to 12n', () => {
    const ids = new Set(paragraphs(torinoDeclaration).map((paragraph) => paragraph.id.replace('g7-torino-2017:', '')))
    for (let number = 1; number <= 58; number++) expect(ids.has(String(number)), `paragraph ${number}`).toBe(true)
    for (const letter of 'abcdefghijklmn') expect(ids.has(`12${letter}`), `paragraph 12${letter}`).toBe(true)
    expect(ids).toContain('22.f')
  })

  it('pull every footnote out of the running text and attach it to a paragraph', () => {
    const expected = { 'g7-torino-2017': ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11'], 'g20-trieste-2021': ['1', '2', '3', '4', '5'] }
    for (const document of declarations) {
      const notes = document.notes ?? []
      expect(notes.map((note) => note.number)).toEqual(expected[document.id as keyof typeof expected])
      const byId = new Map(paragraphs(document).map((paragraph) => [paragraph.id, paragraphText(paragraph)]))
      for (const note of notes) {
        expect(byId.has(note.paragraph), `${note.id} → ${note.paragraph}`).toBe(true)
        for (const text of byId.values()) expect(text).not.toContain(note.text.slice(0, 40))
      }
    }
    const all = paragraphs(torinoDeclaration).map(paragraphText).join('\n')
    expect(all).not.toContain('OECD estimates from DynEmp v.2 database')
    expect(all).not.toContain('Italy, Bari')
    const tied = Object.fromEntries((torinoDeclaration.notes ?? []).map((note) => [note.number, note.paragraph.replace('g7-torino-2017:', '')]))
    expect(tied).toEqual({ 2: '10', 3: '10', 4: '11', 5: '12a', 6: '14', 7: '14', 8: '18', 9: '20', 10: '47', 11: '47' })
  })

  it('mend line-end hyphens and report, not rewrite, the words PDF joins glued', () => {
    const texts = paragraphs(triesteDeclaration).map(paragraphText).join('\n')
    expect(texts).toContain('human-centred approach')
    expect(triesteDeclaration.joins?.filter((join) => join.kind === 'hyphen').map((join) => join.text)).toContain('human-centred')
    expect(torinoDeclaration.joins?.map((join) => [join.kind, join.text])).toEqual([
      ['long-line', 'farreaching'],
      ['long-line', 'highspeed'],
      ['long-line', 'marketbased'],
      ['glued', 'NPREnabling'],
    ])
    expect(paragraphs(torinoDeclaration).map(paragraphText).join('\n')).toContain('potential for farreaching effects')
  })

  it('record page furniture as skipped spans', () => {
    expect(torinoDeclaration.skipped.map((span) => span.reason)).toEqual(['header', 'header', 'header', 'page-number'])
    expect(triesteDeclaration.skipped).toEqual([expect.objectContaining({ reason: 'page-number', text: 'Page 14 of 22' })])
  })
})
