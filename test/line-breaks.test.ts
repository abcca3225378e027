import { align } from '@duiqi/align'
import { collectSentences } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { runCli } from '../packages/cli/src/__fixtures__/run-cli.js'
import { EXIT_OK } from '../packages/cli/src/index.js'
import { tempFile } from './__fixtures__/temp-file.js'

const ZH = ['中小企业是创新的主要来源。', '二十国集团成员应加强合作。', '发布一份报告。']
const EN = ['SMEs are a major source of innovation.', 'G20 members should strengthen cooperation.', 'Release a report.']

describe('every Unicode line end is a line end', () => {
  for (const [name, lineEnd] of [['U+0085 NEXT LINE', '\u0085'], ['U+2028 LINE SEPARATOR', '\u2028'], ['U+2029 PARAGRAPH SEPARATOR', '\u2029']] as const) {
    it(`duiqi align --presplit reads one sentence a line with ${name} between the lines`, async () => {
      const zh = await tempFile('zh.txt', ZH.join(lineEnd))
      const en = await tempFile('en.txt', `${EN.join(lineEnd)}\n`)
      const result = await runCli(['align', '--presplit', zh, en])
      expect(result.code).toBe(EXIT_OK)
      expect(result.stdout.trimEnd().split('\n')).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]'])
    })
  }

  it('keeps U+0085 out of sentence texts and ends a paragraph at U+2029, in running text', () => {
    const corpus = align(`${ZH[0]}\u2029${ZH[1]}${ZH[2]}`, `${EN[0]}\u2029${EN[1]}\u0085${EN[2]}`, { read: 'plain' })
    const paragraphs = corpus.target.children.flatMap((section) => section.children.flatMap((part) => part.children))
    expect(paragraphs.map((paragraph) => paragraph.children.map((sentence) => sentence.text))).toEqual([[EN[0]], [EN[1], EN[2]]])
    expect(collectSentences(corpus.source)).toHaveLength(3)
  })
})

describe('a heading marker inside a line', () => {
  it('opens a sentence of its own and stays out of the sentence texts', () => {
    const en = `${EN[0]} ## Background ${EN[1]}\n\n${EN[2]}`
    const zh = `${ZH[0]} ## 背景 ${ZH[1]}\n\n${ZH[2]}`
    const corpus = align(zh, en, { read: 'plain', sourceLanguage: 'zh' })
    const texts = collectSentences(corpus.target).map((sentence) => sentence.text)
    expect(texts).toEqual([EN[0], `Background ${EN[1]}`, EN[2]])
    for (const sentence of collectSentences(corpus.source)) expect(sentence.text).not.toContain('#')
  })
})
