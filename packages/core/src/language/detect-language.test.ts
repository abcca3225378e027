import { describe, expect, it } from 'vitest'
import { detectLanguage, languageName } from './detect-language.js'

describe('detectLanguage', () => {
  it('tells Chinese by its Han characters, even with Latin tokens inside', () => {
    expect(detectLanguage('二十国集团成员鼓励中小企业参与新工业革命，推动G20和OECD的合作。').language).toBe('zh')
  })

  it('tells English on a short sentence where franc alone would say Spanish', () => {
    expect(detectLanguage('Encourage members to establish platforms to support SMEs digital transformation.').language).toBe('en')
  })

  it('names other Latin-script languages', () => {
    expect(detectLanguage('Le président de la République a annoncé hier une nouvelle politique industrielle pour les petites entreprises.').language).toBe('fra')
    expect(detectLanguage('Die Bundesregierung fördert kleine und mittlere Unternehmen bei der Digitalisierung ihrer Produktion.').language).toBe('deu')
  })

  it('tells Japanese from Chinese by its kana', () => {
    expect(detectLanguage('日本政府は中小企業のデジタル化を支援するための新しい政策を発表しました。').language).toBe('jpn')
  })

  it('answers und for text without letters', () => {
    expect(detectLanguage('12345 !!! ...').language).toBe('und')
    expect(detectLanguage('').language).toBe('und')
  })

  it('names codes for messages', () => {
    expect(languageName('fra')).toBe('French')
    expect(languageName('xyz')).toBe('xyz')
  })
})
