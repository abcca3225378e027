import type { WordMatches } from './lexical-evidence.js'
import type { LexiconModel } from './lexicon-model.js'
import type { LexiconBead } from './learn-lexicon.js'

/** Pseudo-sightings of the overall rate behind each word's own rate, so rare words lean on the average. */
const RECALL_SMOOTHING = 3

/** Bounds on an estimated recall: never certain, never hopeless, for a word that has translations. */
const MIN_RECALL = 0.05
const MAX_RECALL = 0.95

/**
 * Per-word recall measured on beads: how often a Chinese word (or English stem) that has a
 * translation finds one in its bead, smoothed towards the rate over all words of its side.
 */
export function estimateRecall(
  evidence: Pick<WordMatches, 'visitWords'>,
  model: LexiconModel,
  beads: readonly LexiconBead[],
): { zh: Float64Array; en: Float64Array } {
  const zhSeen = new Float64Array(model.zhRecall.length)
  const zhHit = new Float64Array(model.zhRecall.length)
  const enSeen = new Float64Array(model.enRecall.length)
  const enHit = new Float64Array(model.enRecall.length)
  for (const bead of beads) {
    evidence.visitWords(bead.zhStart, bead.zhCount, bead.enStart, bead.enCount, (isZh, id, matched) => {
      const seen = isZh ? zhSeen : enSeen
      const hit = isZh ? zhHit : enHit
      seen[id] = (seen[id] ?? 0) + 1
      if (matched) hit[id] = (hit[id] ?? 0) + 1
    })
  }
  return { zh: smooth(zhSeen, zhHit, model.zhRecall), en: smooth(enSeen, enHit, model.enRecall) }
}

function smooth(seen: Float64Array, hit: Float64Array, prior: Float64Array): Float64Array {
  let seenTotal = 0
  let hitTotal = 0
  for (let id = 0; id < seen.length; id++) {
    if ((prior[id] ?? 0) <= 0) continue
    seenTotal += seen[id] ?? 0
    hitTotal += hit[id] ?? 0
  }
  const overall = seenTotal > 0 ? hitTotal / seenTotal : 0.5
  return Float64Array.from(prior, (value, id) => {
    if (value <= 0) return 0
    const rate = ((hit[id] ?? 0) + RECALL_SMOOTHING * overall) / ((seen[id] ?? 0) + RECALL_SMOOTHING)
    return Math.min(MAX_RECALL, Math.max(MIN_RECALL, rate))
  })
}
