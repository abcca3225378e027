import { EmptyInputError, LanguageMismatchError } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { align } from './align.js'

const ZH = '中小企业是创新和就业的主要来源。鼓励成员建立平台，支持中小企业的数字化转型和能力建设。'
const EN = 'SMEs are a major source of innovation and employment. Encourage members to establish platforms to support SMEs digital transformation and capacity building.'

describe('align', () => {
  it('aligns Chinese to English and English to Chinese', () => {
    for (const [source, target] of [[ZH, EN], [EN, ZH]] as const) {
      const corpus = align(source, target)
      expect(corpus.sections[0]?.parts[0]?.beads.map((bead) => [bead.source, bead.target])).toEqual([[[0], [0]], [[1], [1]]])
    }
    expect(align(ZH, EN).source.language).toBe('zh')
    expect(align(EN, ZH).source.language).toBe('en')
  })

  it('passes `onProgress` down, counting the source sentences of the whole document', () => {
    const reports: Array<[number, number]> = []
    const text = (body: string): string => Array.from({ length: 60 }, () => body).join('\n\n')
    align(text(ZH), text(EN), { onProgress: (done, total) => reports.push([done, total]) })
    const dones = reports.map(([done]) => done)
    expect(reports.length).toBeGreaterThan(2)
    expect(dones).toEqual([...dones].sort((a, b) => a - b))
    expect(reports.at(-1)).toEqual([120, 120])
  })

  it('refuses texts that look swapped against the stated languages, naming both', () => {
    expect(() => align(EN, ZH, { sourceLanguage: 'zh', targetLanguage: 'en' })).toThrow(LanguageMismatchError)
    expect(() => align(EN, ZH, { sourceLanguage: 'zh' })).toThrow(/Expected Chinese as the source and English as the target, detected the reverse\. Swap the two files/)
  })

  it('swaps them with a warning when asked to', () => {
    const warnings: string[] = []
    const corpus = align(EN, ZH, { sourceLanguage: 'zh', onSwapped: 'swap', onWarning: (message) => warnings.push(message), sourceFile: 'en.txt', targetFile: 'zh.txt' })
    expect(corpus.source.language).toBe('zh')
    expect(corpus.source.sourceFile).toBe('zh.txt')
    expect(warnings).toEqual(['Expected Chinese as the source and English as the target, detected the reverse. Aligning them the other way round.'])
  })

  it('refuses an empty or white-space-only side, and a third language', () => {
    expect(() => align('', EN)).toThrow(EmptyInputError)
    expect(() => align(ZH, ' \n\u3000 ')).toThrow(/The target text is empty/)
    expect(() => align(ZH, 'Les petites et moyennes entreprises sont une source majeure d\'innovation et d\'emploi.')).toThrow(/detected French \(fra\)/)
    expect(() => align('日本政府は中小企業のデジタル化を支援するための新しい政策を発表しました。', EN)).toThrow(/detected Japanese \(jpn\)/)
  })

})
