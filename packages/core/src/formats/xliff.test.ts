import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../errors.js'
import { readXliff } from './xliff.js'

const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en-US" target-language="zh-CN" datatype="plaintext" original="plan.docx">
    <body>
      <trans-unit id="tu1"><source>SMEs are a <g id="1">major</g> source<x id="2"/> of innovation.</source><target>中小企业是创新的<g id="1">主要</g>来源<x id="2"/>。</target></trans-unit>
      <group id="g"><trans-unit id="tu2"><source>Release<ph id="3">&lt;br/&gt;</ph> a report.</source><target>发布一份报告。</target></trans-unit></group>
      <trans-unit id="tu3"><source>Untranslated.</source></trans-unit>
    </body>
  </file>
</xliff>`

const xliff20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment><source>中小企业是创新的<pc id="1">主要</pc>来源。</source><target>SMEs are a <pc id="1">major</pc> source of innovation.</target></segment>
      <segment><source>发布报告<ph id="2"/>。</source><target>Release a report<ph id="2"/>.</target></segment>
    </unit>
    <unit id="u2"><segment><source>一<cp hex="2014"/>二</source><target>one<cp hex="2014"/>two</target></segment></unit>
  </file>
</xliff>`

describe('readXliff', () => {
  it('reads XLIFF 1.2 trans-units, sides placed by the file languages, paired tags kept and codes dropped', () => {
    expect(readXliff(xliff12)).toEqual([
      { id: 'tu1', zh: '中小企业是创新的主要来源。', en: 'SMEs are a major source of innovation.' },
      { id: 'tu2', zh: '发布一份报告。', en: 'Release a report.' },
      { id: 'tu3', zh: '', en: 'Untranslated.' },
    ])
  })

  it('reads XLIFF 2.0 units, their segments joined as each language writes, cp as its character', () => {
    expect(readXliff(xliff20)).toEqual([
      { id: 'u1', zh: '中小企业是创新的主要来源。发布报告。', en: 'SMEs are a major source of innovation. Release a report.' },
      { id: 'u2', zh: '一—二', en: 'one—two' },
    ])
  })

  it('refuses a file that is not XLIFF, or not between Chinese and English', () => {
    expect(() => readXliff('<tmx version="1.4"/>')).toThrow(InvalidInputError)
    expect(() => readXliff(xliff12.replace('zh-CN', 'fr-FR'))).toThrow(/between Chinese and English/)
  })
})
