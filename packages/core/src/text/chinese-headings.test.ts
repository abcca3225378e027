import { describe, expect, it } from 'vitest'
import { parseChineseHeading } from './chinese-headings.js'

describe('parseChineseHeading', () => {
  it('reads "一、概要" as section 1', () => {
    expect(parseChineseHeading('一、概要', 0)).toEqual({ id: '1', kind: 'section', number: '一、', title: '概要' })
  })

  it('reads "（一）合作研究" and "（二） 中小企业的角色定位" as subsections of the last section', () => {
    expect(parseChineseHeading('（一）合作研究', 4)).toEqual({
      id: '4.1',
      kind: 'subsection',
      number: '（一）',
      title: '合作研究',
      parent: '4',
    })
    expect(parseChineseHeading('（二） 中小企业的角色定位', 4)).toMatchObject({ id: '4.2', title: '中小企业的角色定位' })
  })

  it('leaves running text alone', () => {
    expect(parseChineseHeading('二十国集团新工业革命行动计划', 0)).toBeUndefined()
    expect(parseChineseHeading('一、二是数字，不是标题。', 0)).toBeUndefined()
    expect(parseChineseHeading('（一）在标准制定机构内开展开放、包容、互利和有效的标准制定合作的一个很长很长的项目', 4)).toBeUndefined()
  })
})
