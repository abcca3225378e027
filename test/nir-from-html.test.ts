/**
 * The NIR plan read from web pages made of its seeds aligns to the beads of the built-in plan read from
 * the seeds themselves. The English seed is markdown, rendered to HTML by marked; the Chinese seed (text
 * copied from the government's web page) is rendered a paragraph a block, as that page sets it.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { alignDocuments } from '@duiqi/align'
import { collectSentences, readHtml } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'

const seeds = fileURLToPath(new URL('../seeds/', import.meta.url))
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const page = (lang: string, body: string) => `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>NIR</title></head><body><nav>Home</nav><main>\n${body}\n</main></body></html>`

describe('the NIR plan from HTML renderings of its seeds', () => {
  it('aligns to the same beads as the plan read from the seeds', async () => {
    const [zhSeed, enSeed] = await Promise.all([readFile(`${seeds}003_d898cf4b9cf28cb6.txt`, 'utf8'), readFile(`${seeds}001_6ddc781d32d3d27a.txt`, 'utf8')])
    const zhHtml = page('zh-CN', zhSeed.split(/\n\s*\n/).filter((block) => block.trim() !== '').map((block) => `<p>${escape(block)}</p>`).join('\n'))
    const enHtml = page('en', await marked.parse(enSeed))
    const zh = readHtml(zhHtml, { id: 'nir-zh', sourceFile: 'nir.zh.html' })
    const en = readHtml(enHtml, { id: 'nir-en', sourceFile: 'nir.en.html' })
    expect(collectSentences(zh)).toHaveLength(nirActionPlan.sentences('zh').length)
    expect(collectSentences(en)).toHaveLength(nirActionPlan.sentences('en').length)
    const corpus = alignDocuments(zh, en, { id: 'nir-action-plan' })
    const beads = (sections: typeof corpus.sections) => sections.flatMap((section) => section.parts.flatMap((part) => part.beads.map((bead) => [section.id, part.kind, bead.source, bead.target])))
    expect(beads(nirActionPlan.data.sections).length).toBeGreaterThan(80)
    expect(beads(corpus.sections)).toEqual(beads(nirActionPlan.data.sections))
  })
})
