import { readFileSync } from 'node:fs'
import { loadCedict } from '../../../packages/align/src/lexicon/cedict.js'
import { loadEcdict } from '../../../packages/align/src/lexicon/ecdict.js'
import { extractPairFeatures } from '../../../packages/align/src/score/sentence-features.js'
import { parseBeads } from '../../../packages/align/src/evaluate/bead-lines.js'

const B = '/work/shared/bench/mac-dev/'
const lines = (p: string) => readFileSync(p, 'utf8').replace(/\n$/, '').split('\n')
const cedict = loadCedict()
const ecdict = loadEcdict()
for (const withE of [false, true]) {
  let goldHit = 0, goldTotal = 0, shiftHit = 0, shiftTotal = 0, zhGold = 0, zhShift = 0, zhTotal = 0
  for (const ch of ['001', '002', '003', '004', '005', '006']) {
    const zh = lines(B + 'zh/' + ch), en = lines(B + 'en/' + ch)
    const gold = parseBeads(readFileSync(B + 'gold/' + ch + '.align', 'utf8'))
    const f = extractPairFeatures(zh, en, cedict, withE ? ecdict : undefined)
    const enMatched = (zhIdx: number[], enIdx: number[]) => {
      const stems = new Set<number>()
      for (const i of zhIdx) for (const w of f.zhWords[i] ?? []) for (const s of f.zhWordTranslations[w] ?? []) stems.add(s)
      let hit = 0, total = 0
      for (const j of enIdx) for (const s of f.enStems[j] ?? []) { total++; if (stems.has(s)) hit++ }
      return [hit, total]
    }
    const zhMatched = (zhIdx: number[], enIdx: number[]) => {
      const stems = new Set<number>()
      for (const j of enIdx) for (const s of f.enStems[j] ?? []) stems.add(s)
      let hit = 0, total = 0
      for (const i of zhIdx) for (const w of f.zhWords[i] ?? []) { total++; if ([...(f.zhWordTranslations[w] ?? [])].some((s) => stems.has(s))) hit++ }
      return [hit, total]
    }
    for (const b of gold) {
      if (b.source.length !== 1 || b.target.length !== 1) continue
      const [h, t] = enMatched(b.source, b.target); goldHit += h; goldTotal += t
      const j = b.target[0]! + 1 < en.length ? b.target[0]! + 1 : b.target[0]! - 1
      const [h2, t2] = enMatched(b.source, [j]); shiftHit += h2; shiftTotal += t2
      const [z1, zt] = zhMatched(b.source, b.target); zhGold += z1; zhTotal += zt
      const [z2] = zhMatched(b.source, [j]); zhShift += z2
    }
  }
  console.log(withE ? 'with ECDICT' : 'CEDICT only', 'en: gold', (goldHit / goldTotal).toFixed(3), 'shifted', (shiftHit / shiftTotal).toFixed(3), ' zh: gold', (zhGold / zhTotal).toFixed(3), 'shifted', (zhShift / zhTotal).toFixed(3))
}
