/**
 * The NIR plan read from web pages made of its seeds aligns to the beads of the built-in plan read from
 * the seeds themselves. The English seed is markdown, rendered to HTML by marked; the Chinese seed (text
 * copied from the government's web page) is rendered a paragraph a block, as that page sets it.
 */
import { readHtml } from '@duiqi/core'
import { marked } from 'marked'
import { describe, it } from 'vitest'
import { expectPlanBeads, readPlanSeeds } from './__fixtures__/nir-seeds.js'

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const page = (lang: string, body: string) => `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>NIR</title></head><body><nav>Home</nav><main>\n${body}\n</main></body></html>`

describe('the NIR plan from HTML renderings of its seeds', () => {
  it('aligns to the same beads as the plan read from the seeds', async () => {
    const { zh: zhSeed, en: enSeed } = await readPlanSeeds()
    const zhHtml = page('zh-CN', zhSeed.split(/\n\s*\n/).filter((block) => block.trim() !== '').map((block) => `<p>${escape(block)}</p>`).join('\n'))
    const enHtml = page('en', await marked.parse(enSeed))
    const zh = readHtml(zhHtml, { id: 'nir-zh', sourceFile: 'nir.zh.html' })
    const en = readHtml(enHtml, { id: 'nir-en', sourceFile: 'nir.en.html' })
    expectPlanBeads(zh, en)
  })
})
