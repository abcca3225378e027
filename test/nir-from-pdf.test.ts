/**
 * The NIR plan read from PDF renderings of its seeds aligns to the beads of the built-in plan read from
 * the seeds themselves. The PDFs are set by pdf-lib with Debian's fonts (as a word processor would: a
 * running head and a page number on every page, headings in larger letters, paragraphs wrapped and
 * flowing across pages); the English seed's markdown headings become headings, the Chinese seed (text
 * copied from the government's web page) a paragraph a line.
 */
import { readPdf } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { expectPlanBeads, readPlanSeeds } from './__fixtures__/nir-seeds.js'
import { characterOwners } from '../packages/core/src/declarations/__fixtures__/character-owners.js'
import { hasPdfFonts, layoutPdf, type PdfBlock } from '../packages/core/src/read/__fixtures__/garden-plan-pdf.js'

if (!hasPdfFonts) console.warn('nir-from-pdf: skipped, the PDF fonts are missing (`apt-get install -y fonts-droid-fallback fonts-dejavu-core`).')

/** Markdown headings as headings (`##` the largest), bold marks dropped; other blocks paragraphs. */
function englishBlocks(seed: string): PdfBlock[] {
  return seed.split(/\n\s*\n/).flatMap((block): PdfBlock[] => {
    const text = block.trim().replace(/\*\*/g, '')
    if (text === '') return []
    const heading = /^(#+)\s+(.*)$/s.exec(text)
    if (heading === null) return [{ text: text.replace(/\s+/g, ' '), size: 10, gap: 8 }]
    return [{ text: heading[2]!.trim(), size: Math.max(12.5, 18 - 2 * heading[1]!.length), gap: 6 }]
  })
}

/** A paragraph a line, its full-width indent left to the layout. */
function chineseBlocks(seed: string): PdfBlock[] {
  return seed.split('\n').flatMap((line): PdfBlock[] => (line.trim() === '' ? [] : [{ text: line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''), size: 10, gap: 8 }]))
}

describe.skipIf(!hasPdfFonts)('the NIR plan from PDF renderings of its seeds', () => {
  it('aligns to the same beads as the plan read from the seeds', async () => {
    const { zh: zhSeed, en: enSeed } = await readPlanSeeds()
    const [zhPdf, enPdf] = await Promise.all([
      layoutPdf(chineseBlocks(zhSeed), { language: 'zh', runningHead: '二十国集团新工业革命行动计划' }),
      layoutPdf(englishBlocks(enSeed), { language: 'en', runningHead: 'G20 New Industrial Revolution Action Plan' }),
    ])
    const zh = await readPdf(zhPdf, { id: 'nir-zh', sourceFile: 'nir.zh.pdf' })
    const en = await readPdf(enPdf, { id: 'nir-en', sourceFile: 'nir.en.pdf' })
    // Skipped: each page's running head and number, and the Chinese seed's first line, the page's address (as from the seed).
    expect(new Set(zh.skipped.map((span) => span.reason))).toEqual(new Set(['provenance', 'header', 'page-number']))
    expect(new Set(en.skipped.map((span) => span.reason))).toEqual(new Set(['header', 'page-number']))
    for (const document of [zh, en]) {
      expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
      expect(document.skipped.filter((span) => span.reason === 'page-number').length).toBeGreaterThan(5)
    }
    expectPlanBeads(zh, en)
  }, 60_000)
})
