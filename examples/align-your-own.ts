// Align your own zh–en pair: plain text in, typed beads out.
// Run: node --conditions=@duiqi/source --import tsx examples/align-your-own.ts
import { align } from '@duiqi/align'
import { createCorpus } from '@duiqi/core'

const zh = `中小企业是创新和就业的主要来源。但中小企业经常缺少必要资源和信息。

鼓励成员建立平台，支持中小企业的数字化转型和能力建设。`
const en = `SMEs are a major source of innovation and employment. However, SMEs often lack the necessary resources and information.

Encourage members to establish platforms to support SMEs digital transformation and capacity building.`

const corpus = createCorpus(align(zh, en))
for (const bead of corpus.beads()) {
  console.log(`${bead.score.toFixed(2)}  ${bead.zh.join('')}  ⇄  ${bead.en.join(' ')}`)
}
