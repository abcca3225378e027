import * as OpenCC from 'opencc-js/cn2t'
import { describe, expect, it } from 'vitest'
import { align } from '../align.js'
import { extractPairFeatures } from '../score/sentence-features.js'
import { loadCedict } from './cedict.js'
import { simplifiedLookupForms } from './simplified-forms.js'

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const simplified = ['中小企业是创新和就业的主要来源。', '我们鼓励成员建立平台，支持中小企业的数字化转型。', '这个国家的信息技术发展很快。']
const traditional = simplified.map(toTraditional)

describe('simplifiedLookupForms', () => {
  it('gives traditional text in simplified characters, offset for offset', () => {
    expect(traditional[1]).toBe('我們鼓勵成員建立平臺，支持中小企業的數字化轉型。')
    const forms = simplifiedLookupForms(traditional)
    expect(forms.map((form) => form.length)).toEqual(traditional.map((text) => text.length))
    expect(forms[0]).toBe('中小企业是创新和就业的主要来源。')
  })

  it('leaves simplified text as it is, even characters OpenCC would change (乾坤 is not 干坤)', () => {
    const texts = [...simplified, '乾坤未定，你我皆是黑马。']
    expect(simplifiedLookupForms(texts)).toBe(texts)
  })
})

describe('traditional Chinese in the lexicon', () => {
  it('finds the words of a traditional text that it finds in the simplified one', () => {
    const cedict = loadCedict()
    const english = ['SMEs are a major source of innovation and employment.', 'We encourage members to build platforms.', 'This country develops information technology quickly.']
    const words = (zh: readonly string[]) => extractPairFeatures(zh, english, cedict).zh.wordTexts
    expect(words(traditional)).toEqual(words(simplified))
  })

  it('aligns a traditional text as the same text in simplified characters, its sentences kept as written', () => {
    const english = 'SMEs are a major source of innovation and employment. We encourage members to establish platforms. They support the digital transformation of SMEs. The information technology of this country develops quickly.'
    const beads = (zh: string) => align(zh, english).sections.map((section) => section.parts.map((part) => part.beads.map((bead) => [bead.source, bead.target])))
    expect(beads(traditional.join(''))).toEqual(beads(simplified.join('')))
    expect(align(traditional.join(''), english).source.text).toBe(traditional.join(''))
  })
})
