import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../errors.js'
import { planExcerpt } from '../search/__fixtures__/plan-excerpt.js'
import { corpusRecords } from './pair-record.js'
import { formatTmx, readTmx } from './tmx.js'
import { translationUnits, type TranslationUnit } from './translation-unit.js'

const units = translationUnits(corpusRecords(planExcerpt()))

describe('formatTmx', () => {
  it('writes TMX 1.4b: a tu a unit with its props, the source tuv first, no date', () => {
    const tmx = formatTmx(units.slice(0, 1))
    expect(tmx).toContain('<tmx version="1.4">')
    expect(tmx).toMatch(/<header creationtool="duiqi" creationtoolversion="[^"]+" datatype="plaintext" segtype="sentence" adminlang="en" srclang="zh-CN" o-tmf="duiqi"\/>/)
    expect(tmx).toContain('<tu tuid="b0">')
    expect(tmx).toContain('<prop type="x-section">title</prop>')
    expect(tmx).toContain('<prop type="x-score">0.7</prop>')
    expect(tmx.indexOf('xml:lang="zh-CN"')).toBeLessThan(tmx.indexOf('xml:lang="en"'))
    expect(tmx).not.toMatch(/creationdate/)
  })

  it('puts English first when English is the source', () => {
    const tmx = formatTmx(units.slice(0, 1), { sourceLanguage: 'en' })
    expect(tmx).toContain('srclang="en"')
    expect(tmx.indexOf('xml:lang="en"')).toBeLessThan(tmx.indexOf('xml:lang="zh-CN"'))
  })

  it('escapes markup characters and drops characters XML cannot hold', () => {
    const tricky: TranslationUnit = { id: 'a"&<b>', zh: '「R&D」<标准>\u0007', en: 'R&D <b> "quoted" \'single\' 5 > 3' }
    const tmx = formatTmx([tricky])
    expect(tmx).toContain('tuid="a&quot;&amp;&lt;b&gt;"')
    expect(tmx).toContain('<seg>「R&amp;D」&lt;标准&gt;</seg>')
    expect(readTmx(tmx)).toEqual([{ id: 'a"&<b>', zh: '「R&D」<标准>', en: 'R&D <b> "quoted" \'single\' 5 > 3' }])
  })

  it('leaves out the tuv of an empty side', () => {
    const tmx = formatTmx([{ id: 'x', zh: '只有中文', en: '' }])
    expect(tmx).not.toContain('xml:lang="en"')
    expect(readTmx(tmx)).toEqual([{ id: 'x', zh: '只有中文', en: '' }])
  })
})

describe('readTmx', () => {
  it('reads back what formatTmx writes', () => {
    expect(readTmx(formatTmx(units))).toEqual(units)
  })

  it('reads a TMX from another tool: old lang attribute, region tags, inline codes, entities, CDATA, other languages', () => {
    const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT" adminlang="EN-US" srclang="EN-US" datatype="plaintext"/>
<body>
  <tu creationdate="20240101T000000Z">
    <tuv lang="EN-US"><seg>Support <bpt i="1" x="1">&lt;b&gt;</bpt>SMEs<ept i="1">&lt;/b&gt;</ept> &amp; start-ups<ph x="2">&lt;br/&gt;</ph>.</seg></tuv>
    <tuv xml:lang="FR-FR"><seg>Soutenir les PME.</seg></tuv>
    <tuv xml:lang="ZH_cn"><seg><![CDATA[支持<中小企业>]]>和初创企业&#x3002;</seg></tuv>
  </tu>
  <tu tuid="7"><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv></tu>
  <tu tuid="8"><tuv xml:lang="zh-Hant-TW"><seg>標準</seg></tuv><tuv xml:lang="en-GB"><seg>standards <hi type="b">now</hi></seg></tuv></tu>
</body></tmx>`
    expect(readTmx(foreign)).toEqual([
      { id: '0', zh: '支持<中小企业>和初创企业。', en: 'Support SMEs & start-ups.' },
      { id: '8', zh: '標準', en: 'standards now' },
    ])
  })

  it('refuses XML that is not well formed, naming the line', () => {
    expect(() => readTmx('<tmx><body><tu></body></tmx>')).toThrow(InvalidInputError)
    expect(() => readTmx('<tmx>\n<body><tu></body></tmx>')).toThrow(/line 2/)
  })

  it('refuses an XML file that is not TMX', () => {
    expect(() => readTmx('<xliff version="1.2"/>')).toThrow(/Expected a TMX document \(root element <tmx>\), found <xliff>/)
  })
})
