import { collectSentences, type AlignedCorpus } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { align } from '../align.js'

// Running text in which the translator made two sentences of one Chinese sentence joined by `；`.
const ZH =
  '今天早上下了大雨。我的哥哥在北京的一家医院工作，他每天很早起床；我的妹妹在上海读大学，她喜欢音乐和电影。我们的父母住在一个小村子里。他们养了两只狗和一只猫。\n\n周末我们一起回家看望他们。母亲做了很多好吃的菜。'
const EN =
  'It rained heavily this morning. My elder brother works at a hospital in Beijing, and he gets up very early every day. My younger sister studies at a university in Shanghai, and she likes music and films. Our parents live in a small village. They keep two dogs and a cat.\n\nAt the weekend we went home together to visit them. Mother cooked a lot of delicious dishes.'

function beadTexts(corpus: AlignedCorpus): Array<[string[], string[]]> {
  const source = collectSentences(corpus.source)
  const target = collectSentences(corpus.target)
  return corpus.sections.flatMap((section) => section.parts.flatMap((part) => part.beads.map((bead): [string[], string[]] => [bead.source.map((i) => source[i]!.text), bead.target.map((j) => target[j]!.text)])))
}

describe('cutting sentences where the translation disagrees with the split', () => {
  it('cuts a Chinese sentence at ； when the English renders its clauses as two sentences, and marks the parts', () => {
    const corpus = align(ZH, EN, { sourceLanguage: 'zh' })
    const parts = collectSentences(corpus.source).filter((sentence) => sentence.split === 'aligner')
    expect(parts.map((part) => part.text)).toEqual(['我的哥哥在北京的一家医院工作，他每天很早起床；', '我的妹妹在上海读大学，她喜欢音乐和电影。'])
    expect(beadTexts(corpus)[1]).toEqual([[parts[0]!.text], ['My elder brother works at a hospital in Beijing, and he gets up very early every day.']])
    expect(beadTexts(corpus)[2]).toEqual([[parts[1]!.text], ['My younger sister studies at a university in Shanghai, and she likes music and films.']])
  })

  it('keeps every sentence an exact span of the text, numbered in order, and every sentence in one bead', () => {
    const corpus = align(ZH, EN, { sourceLanguage: 'zh' })
    for (const document of [corpus.source, corpus.target]) {
      const sentences = collectSentences(document)
      sentences.forEach((sentence, index) => {
        expect(sentence.index).toBe(index)
        expect(document.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      })
      expect(sentences.map((sentence) => sentence.text).join('').replace(/\s/g, '')).toBe(document.text.replace(/\s/g, ''))
    }
    const beads = corpus.sections.flatMap((section) => section.parts.flatMap((part) => part.beads))
    expect(beads.flatMap((bead) => bead.source)).toEqual(collectSentences(corpus.source).map((sentence) => sentence.index))
    expect(beads.flatMap((bead) => bead.target)).toEqual(collectSentences(corpus.target).map((sentence) => sentence.index))
  })

  it('leaves the splitter\'s sentences as they are with `cutSentences: false`, and for presplit lines', () => {
    const uncut = align(ZH, EN, { sourceLanguage: 'zh', cutSentences: false })
    expect(collectSentences(uncut.source).some((sentence) => sentence.split !== undefined)).toBe(false)
    expect(beadTexts(uncut)[1]![1]).toHaveLength(2)
    const lines = (text: string) => text.replace(/([。；])/g, '$1\n').replace(/\. /g, '.\n')
    const presplit = align(ZH.replace(/([。])/g, '$1\n'), lines(EN), { sourceLanguage: 'zh', read: 'presplit' })
    expect(collectSentences(presplit.source).some((sentence) => sentence.split !== undefined)).toBe(false)
  })

  it('does not cut a sentence the translation keeps whole', () => {
    const en = EN.replace('every day. My younger sister', 'every day, while my younger sister')
    const corpus = align(ZH, en, { sourceLanguage: 'zh' })
    expect(collectSentences(corpus.source).some((sentence) => sentence.split !== undefined)).toBe(false)
  })

  it('cuts a sentence of more clauses than a bead side holds, its shortest neighbouring clauses joined first', () => {
    const zh = '今天早上下了大雨。远处传来孩子们的歌声：春天哟——夏天哟——秋天哟——冬天哟——一年又一年哟——我的哥哥在北京的一家医院工作，他每天很早起床。我们的父母住在一个小村子里。他们养了两只狗和一只猫。'
    const en = 'It rained heavily this morning. From far away came the song of the children: spring yo – summer yo – autumn yo – winter yo – year after year yo –. My elder brother works at a hospital in Beijing, and he gets up very early every day. Our parents live in a small village. They keep two dogs and a cat.'
    const parts = collectSentences(align(zh, en, { sourceLanguage: 'zh' }).source).filter((sentence) => sentence.split === 'aligner')
    expect(parts.map((part) => part.text)).toEqual(['远处传来孩子们的歌声：春天哟——夏天哟——秋天哟——冬天哟——一年又一年哟——', '我的哥哥在北京的一家医院工作，他每天很早起床。'])
  })
})
