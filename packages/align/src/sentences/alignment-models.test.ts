import { describe, expect, it } from 'vitest'
import { DEFAULT_SENTENCE_OPTIONS } from './align-options.js'
import { createAlignmentContext } from './alignment-context.js'
import { priorModels, refineModels } from './alignment-models.js'
import type { PathBead } from './banded-dynamic-program.js'

const ZH = ['中小企业是创新的主要来源。', '二十国集团成员应加强合作。', '发布一份报告。', '鼓励成员建立平台。', '讨论新工业革命的趋势。', '第一次工业革命始于18世纪。']
const EN = ['SMEs are a major source of innovation.', 'G20 members should strengthen cooperation.', 'Release a report.', 'Encourage members to establish platforms.', 'Discuss the trends of the NIR.', 'The first industrial revolution began in the 18th century.']

describe('refineModels', () => {
  it('weighs paragraph ends at bead boundaries when the sentences come from running text', () => {
    const zh = [...ZH, ...ZH]
    const en = [...EN, ...EN]
    // Paragraphs of two sentences on both sides.
    const ends = Uint8Array.from(zh, (_, index) => index % 2)
    const context = createAlignmentContext(zh, en, { ...DEFAULT_SENTENCE_OPTIONS, sourceLanguage: 'zh' }, [], { zh: ends, en: ends })
    const path: PathBead[] = zh.map((_, index) => ({ zhStart: index, zhCount: 1, enStart: index, enCount: 1 }))
    const refined = refineModels(context, priorModels(context), path)
    expect(refined.boundary(1, 1)).toBe(0)
    expect(refined.boundary(1, 2)).toBeLessThan(-1)
    const listed = createAlignmentContext(zh, en, { ...DEFAULT_SENTENCE_OPTIONS, sourceLanguage: 'zh' }, [])
    expect(refineModels(listed, priorModels(listed), path).boundary(1, 2)).toBe(0)
  })
})
