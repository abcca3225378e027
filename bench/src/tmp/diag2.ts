import { readFileSync } from 'node:fs'
import { loadCedict } from '../../../packages/align/src/lexicon/cedict.js'
import { loadEcdict } from '../../../packages/align/src/lexicon/ecdict.js'
import { extractPairFeatures } from '../../../packages/align/src/score/sentence-features.js'
import { englishContentWords } from '../../../packages/align/src/lexicon/english-words.js'
import { parseBeads } from '../../../packages/align/src/evaluate/bead-lines.js'

const B = '/work/shared/bench/mac-dev/'
const lines = (p: string) => readFileSync(p, 'utf8').replace(/\n$/, '').split('\n')
const cedict = loadCedict()
const ecdict = loadEcdict()
const modes = ['cedict', 'cedict+ecdict-words', 'cedict+sentence-multi', 'cedict+sentence-all', 'sentence-all-only', 'cedict+sentence-multi+singlewords']
for (const mode of modes) {
  let gh = 0, gt = 0, sh = 0, st = 0
  for (const ch of ['001', '002', '003', '004', '005', '006']) {
    const zh = lines(B + 'zh/' + ch), en = lines(B + 'en/' + ch)
    const gold = parseBeads(readFileSync(B + 'gold/' + ch + '.align', 'utf8'))
    const f = extractPairFeatures(zh, en, cedict, mode === 'cedict+ecdict-words' ? ecdict : undefined)
    const enStemTexts = en.map((t) => [...new Set(englishContentWords(t))])
    const match = (i: number, j: number) => {
      const stems = new Set<number>()
      if (mode !== 'sentence-all-only') for (const w of f.zhWords[i] ?? []) for (const s of f.zhWordTranslations[w] ?? []) stems.add(s)
      const words = new Set((f.zhWords[i] ?? []).map((w) => f.zhWordTexts[w]))
      let hit = 0, total = 0
      for (const stem of enStemTexts[j] ?? []) {
        total++
        if (stems.has(cedict.stemId(stem))) { hit++; continue }
        if (mode.includes('sentence')) {
          const tr = ecdict.translations(stem)
          if (tr.some((c) => (c.length > 1 || mode.includes('all') ? zh[i]!.includes(c) : false) || (mode.includes('singlewords') && c.length === 1 && words.has(c)))) hit++
        }
      }
      return [hit, total]
    }
    for (const b of gold) {
      if (b.source.length !== 1 || b.target.length !== 1) continue
      const [h, t] = match(b.source[0]!, b.target[0]!); gh += h; gt += t
      const j = b.target[0]! + 1 < en.length ? b.target[0]! + 1 : b.target[0]! - 1
      const [h2, t2] = match(b.source[0]!, j); sh += h2; st += t2
    }
  }
  console.log(mode.padEnd(40), 'gold', (gh / gt).toFixed(3), 'shifted', (sh / st).toFixed(3))
}
