import { alignedCorpusSchema, collectSentences, sentenceText, type AlignedCorpus, type Document } from '@duiqi/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align, type ReadMode } from '../align.js'

/** Seeded and large enough to matter; the seed makes failures reproducible. */
const PIPELINE_RUNS = { numRuns: 300, seed: 20_261_203 } as const

const ZH_SENTENCES = ['中小企业是创新的主要来源。', '二十国集团成员应加强合作。', '发布一份报告。', '鼓励成员建立平台，支持数字化转型。', '讨论新工业革命的趋势及影响。', '好。', '“物联网”和大数据正取得进展！', '第一次工业革命始于18世纪。', '标准化很重要；它支持贸易和创新。', '他终于明白了——数字化转型需要时间。']
const EN_SENTENCES = ['SMEs are a major source of innovation.', 'G20 members should strengthen cooperation.', 'Release a report.', 'Encourage members to establish platforms to support digital transformation.', 'Discuss the trends and impact of the NIR.', 'Good.', 'Progress is made in the IoT and big data!', 'The first industrial revolution began in the 18th century.', 'Standardization matters. It supports trade and innovation.', 'He finally understood. Digital transformation takes time.']
const ZH_HEADINGS = ['概要', '背景', '新工业革命', '中小企业', '技能培训', '标准化']
const EN_HEADINGS = ['Overview', 'Background', 'New Industrial Revolution', 'SMEs', 'Skills Training', 'Standardization']
const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六']
const PART_KINDS = ['background', 'objective', 'actions'] as const
const ZH_LABELS = { background: '背景', objective: '目标', actions: '行动' } as const
const EN_LABELS = { background: 'Background', objective: 'Objective', actions: 'Actions' } as const

/**
 * One section of a text before it is written out in either language: a heading choice, and parts whose
 * label may be missing, written inline ("目标：讨论…") or on a line of its own ("Objective:").
 */
const part = fc.record({
  kind: fc.constantFrom(...PART_KINDS),
  label: fc.constantFrom('none', 'inline', 'standalone'),
  paragraphs: fc.array(fc.array(fc.nat(ZH_SENTENCES.length - 1), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  listed: fc.boolean(),
})
const section = fc.record({ heading: fc.nat(ZH_HEADINGS.length - 1), parts: fc.array(part, { minLength: 0, maxLength: 3 }) })
type SectionPlan = typeof section extends fc.Arbitrary<infer T> ? T : never

/** Each side drops or changes some of the plan, as real translations do. */
const sideChanges = fc.record({
  dropSection: fc.option(fc.nat(5), { nil: undefined }),
  dropPart: fc.option(fc.nat(8), { nil: undefined }),
  relabel: fc.option(fc.nat(8), { nil: undefined }),
  dropSentence: fc.option(fc.nat(30), { nil: undefined }),
})
type SideChanges = typeof sideChanges extends fc.Arbitrary<infer T> ? T : never

function writeOutline(sections: readonly SectionPlan[], language: 'zh' | 'en', changes: SideChanges): string {
  const lines = [language === 'zh' ? '二十国集团新工业革命行动计划' : '## **G20 New Industrial Revolution Action Plan**', '']
  let partCount = 0
  let sentenceCount = 0
  sections.forEach((plan, sectionIndex) => {
    if (sectionIndex === changes.dropSection) return
    const number = sectionIndex + 1
    lines.push(language === 'zh' ? `　　${ZH_NUMERALS[sectionIndex]}、${ZH_HEADINGS[plan.heading]}` : `### **${number}. ${EN_HEADINGS[plan.heading]}**`, '')
    for (const { kind, label, paragraphs, listed } of plan.parts) {
      const at = partCount++
      if (at === changes.dropPart) continue
      const style = at === changes.relabel ? (label === 'inline' ? 'standalone' : 'inline') : label
      const name = language === 'zh' ? `${ZH_LABELS[kind]}：` : `${EN_LABELS[kind]}:`
      if (style === 'standalone') lines.push(language === 'zh' ? `　　${name}` : name, '')
      paragraphs.forEach((paragraph, paragraphIndex) => {
        const texts = paragraph
          .filter(() => sentenceCount++ !== changes.dropSentence)
          .map((sentence) => (language === 'zh' ? ZH_SENTENCES[sentence]! : EN_SENTENCES[sentence]!))
        if (texts.length === 0) return
        const item = listed ? (language === 'zh' ? `${paragraphIndex + 1}．` : `${paragraphIndex + 1}. `) : ''
        const opening = style === 'inline' && paragraphIndex === 0 ? (language === 'zh' ? name : `${name} `) : ''
        const body = texts.join(language === 'zh' ? '' : ' ')
        lines.push(`${language === 'zh' ? '　　' : ''}${opening}${item}${body}`, '')
      })
    }
  })
  return lines.join('\n')
}

function writePlain(sections: readonly SectionPlan[], language: 'zh' | 'en', changes: SideChanges): string {
  let sentenceCount = 0
  const paragraphs = sections.flatMap((plan) => plan.parts.flatMap((planned) => planned.paragraphs))
  return paragraphs
    .map((paragraph) =>
      paragraph
        .filter(() => sentenceCount++ !== changes.dropSentence)
        .map((sentence) => (language === 'zh' ? ZH_SENTENCES[sentence]! : EN_SENTENCES[sentence]!))
        .join(language === 'zh' ? '' : ' '),
    )
    .filter((text) => text !== '')
    .join('\n\n')
}

const pipelineCase = fc.record({
  sections: fc.array(section, { minLength: 1, maxLength: 5 }),
  zhChanges: sideChanges,
  enChanges: sideChanges,
  layout: fc.constantFrom('outline', 'plain'),
  read: fc.constantFrom<ReadMode>('auto', 'auto', 'outline', 'plain'),
  chineseFirst: fc.boolean(),
})

/** Heading and part beads of every section, in the order the corpus lists them. */
function corpusBeads(corpus: AlignedCorpus) {
  return corpus.sections.flatMap((aligned) => [...(aligned.heading === undefined ? [] : [aligned.heading]), ...aligned.parts.flatMap((p) => p.beads)])
}

/** Every sentence is an exact span of the document's text, in order; together with the skipped spans they hold all of it but white space and markup. */
function expectExactSpans(document: Document): void {
  const sentences = collectSentences(document)
  sentences.forEach((sentence, index) => expect(sentence.index).toBe(index))
  const spans = [...sentences, ...document.skipped].sort((a, b) => a.start - b.start)
  let previousEnd = 0
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd)
    expect(document.text.slice(previousEnd, span.start).replace(/\*\*|#+|\s/g, '')).toBe('')
    previousEnd = span.end
  }
  expect(document.text.slice(previousEnd).replace(/\*\*|#+|\s/g, '')).toBe('')
  for (const sentence of sentences) expect(sentence.text).toBe(sentenceText(document.text.slice(sentence.start, sentence.end)))
}

describe('properties of the whole pipeline', () => {
  it('align() gives monotone beads covering every sentence once, exact spans and the same corpus every time', () => {
    // Two sentences join clauses (；, ——) that the English renders as two sentences, so some runs cut them.
    let runsWithCuts = 0
    fc.assert(
      fc.property(pipelineCase, ({ sections, zhChanges, enChanges, layout, read, chineseFirst }) => {
        const write = layout === 'outline' ? writeOutline : writePlain
        const zh = write(sections, 'zh', zhChanges)
        const en = write(sections, 'en', enChanges)
        if (zh.replace(/\s/g, '') === '' || en.replace(/[\s#*]/g, '') === '') return
        const [source, target] = chineseFirst ? [zh, en] : [en, zh]
        const options = { read, sourceLanguage: chineseFirst ? 'zh' : 'en', targetLanguage: chineseFirst ? 'en' : 'zh' } as const
        const corpus = align(source, target, options)
        expect(alignedCorpusSchema.safeParse(corpus).success).toBe(true)
        const beads = corpusBeads(corpus)
        const count = (document: Document) => collectSentences(document).length
        expect(beads.flatMap((bead) => bead.source)).toEqual([...Array(count(corpus.source)).keys()])
        expect(beads.flatMap((bead) => bead.target)).toEqual([...Array(count(corpus.target)).keys()])
        for (const bead of beads) expect(bead.source.length + bead.target.length).toBeGreaterThan(0)
        expectExactSpans(corpus.source)
        expectExactSpans(corpus.target)
        expect(align(source, target, options)).toEqual(corpus)
        if ([corpus.source, corpus.target].some((document) => collectSentences(document).some((sentence) => sentence.split === 'aligner'))) runsWithCuts++
      }),
      PIPELINE_RUNS,
    )
    expect(runsWithCuts).toBeGreaterThan(PIPELINE_RUNS.numRuns / 10)
  })
})
