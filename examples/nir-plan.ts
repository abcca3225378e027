// The built-in corpus: the G20 NIR Action Plan, Chinese and English, aligned and typed.
// Run: node --conditions=@duiqi/source --import tsx examples/nir-plan.ts
import { nirActionPlan } from '@duiqi/data'

const sme = nirActionPlan.section('4.2')
console.log(`${sme.source?.heading?.text} · ${sme.target?.heading?.text}`)
for (const bead of sme.beads) {
  console.log(`\n[${bead.id}] ${bead.part}, score ${bead.score.toFixed(2)}`)
  console.log(`  zh: ${bead.zh.join('')}`)
  console.log(`  en: ${bead.en.join(' ')}`)
}

// Every bead of the plan, with its section: here, the ones that mention SMEs in English.
const mentions = [...nirActionPlan.beads()].filter((bead) => bead.en.some((sentence) => sentence.includes('SME')))
console.log(`\n${mentions.length} beads mention SMEs, in sections ${[...new Set(mentions.map((bead) => bead.section))].join(', ')}.`)
