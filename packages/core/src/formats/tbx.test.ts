import { describe, expect, it } from 'vitest'
import type { GlossaryEntry, TermEntry } from '../search/glossary-entry.js'
import { formatTbx, looksLikeAcronym, readTbx } from './tbx.js'

const entries: TermEntry[] = [
  { id: 't1', en: 'IPR', zh: '知识产权', enVariants: ['intellectual property rights'], zhVariants: [] },
  { id: 't2', en: 'R&D <core>', zh: '研发', enVariants: [], zhVariants: ['研究与开发'] },
]

describe('formatTbx', () => {
  it('writes TBX-Basic: a termEntry a concept, English then Chinese, term types for acronym and full form', () => {
    const tbx = formatTbx(entries)
    expect(tbx).toContain('<martif type="TBX-Basic" xml:lang="en">')
    expect(tbx).toContain('<termEntry id="t1">')
    expect(tbx).toContain('<tig><term>IPR</term><termNote type="termType">acronym</termNote></tig>')
    expect(tbx).toContain('<tig><term>intellectual property rights</term><termNote type="termType">fullForm</termNote></tig>')
    expect(tbx).toContain('<langSet xml:lang="zh-CN">')
    expect(tbx).toContain('<term>R&amp;D &lt;core&gt;</term>')
  })

  it('adds the figures of extracted entries as a note', () => {
    const entry: GlossaryEntry = { ...entries[0]!, kind: 'acronym', frequency: 9, enFrequency: 9, zhFrequency: 10, beads: ['b2', 'b77'], dice: 0.95, logLikelihood: 53.8, cedict: true, confidence: 0.86 }
    expect(formatTbx([entry])).toContain('<note>frequency 9 (English 9, Chinese 10); Dice 0.95; G2 53.8; CC-CEDICT yes; confidence 0.86; beads b2 b77</note>')
  })
})

describe('readTbx', () => {
  it('reads back what formatTbx writes', () => {
    expect(readTbx(formatTbx(entries))).toEqual(entries)
  })

  it('reads TBX 3 (conceptEntry, langSec, termSec) and skips concepts without both languages', () => {
    const tbx = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>standard</term></termSec></langSec>
      <langSec xml:lang="zh-Hans"><termSec><term>标准</term></termSec><termSec><term>标准化</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c2"><langSec xml:lang="de"><termSec><term>Norm</term></termSec></langSec></conceptEntry>
  </body></text>
</tbx>`
    expect(readTbx(tbx)).toEqual([{ id: 'c1', en: 'standard', zh: '标准', enVariants: [], zhVariants: ['标准化'] }])
  })

  it('refuses XML that is not TBX', () => {
    expect(() => readTbx('<tmx version="1.4"/>')).toThrow(/Expected a TBX document/)
  })
})

describe('looksLikeAcronym', () => {
  it('tells acronyms from words', () => {
    expect(['IPR', 'SMEs', 'IoT', 'G20', 'R&D'].every(looksLikeAcronym)).toBe(true)
    expect(['Standards', 'standards', 'I', 'big data'].some(looksLikeAcronym)).toBe(false)
  })
})
