import type { CedictCheck } from './cedict-confirmation.js'
import type { TermPair } from './pair-terms.js'
import type { TermStatistics } from './term-statistics.js'

/** What `findChineseVariants` needs besides the pair. */
export interface VariantContext {
  readonly statistics: TermStatistics
  readonly check: CedictCheck
  readonly englishText: (key: string) => string
  readonly minFrequency: number
  /** Terms that are some pair's own: never a variant of another. */
  readonly taken: ReadonlySet<string>
}

/** Share of a variant's own beads that must hold the English term: a variant mostly goes with it. */
const MIN_LOYALTY = 0.5

/**
 * Other Chinese renderings of a pair's English term, by complementary distribution: in the beads
 * where the English stands without the pair's Chinese, the Chinese candidate seen most often is a
 * second rendering when it is seen there at least `minFrequency` times, mostly occurs with the English,
 * overlaps the pair's Chinese in no character run, is no pair's own term and CC-CEDICT does not
 * contradict it (劳动市场 beside 劳动力市场 for "labor market").
 */
export function findChineseVariants(pair: TermPair, context: VariantContext): string[] {
  const { statistics, minFrequency } = context
  const without = new Set(statistics.chineseBeads.get(pair.zh) ?? [])
  const residual = new Set((statistics.englishBeads.get(pair.en) ?? []).filter((index) => !without.has(index)))
  if (residual.size < minFrequency) return []
  let best: { term: string; count: number } | undefined
  for (const [term, where] of statistics.chineseBeads) {
    const count = where.filter((index) => residual.has(index)).length
    if (count < minFrequency || count / where.length < MIN_LOYALTY) continue
    if (best !== undefined && (count < best.count || (count === best.count && term.length <= best.term.length))) continue
    if (acceptable(pair, term, context)) best = { term, count }
  }
  return best === undefined ? [] : [best.term]
}

function acceptable(pair: TermPair, term: string, context: VariantContext): boolean {
  if (term.includes(pair.zh) || pair.zh.includes(term) || context.taken.has(term)) return false
  return context.check(context.englishText(pair.en), term).verdict !== 'contradicted'
}
