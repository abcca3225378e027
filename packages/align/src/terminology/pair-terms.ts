import { searchStopWords } from '@duiqi/core'
import { dice, logLikelihood } from '../lexicon/association.js'
import type { CedictCheck } from './cedict-confirmation.js'
import { sharedBeads, type TermStatistics } from './term-statistics.js'

/** An English candidate paired with a Chinese one, with the figures of the pair. */
export interface TermPair {
  readonly en: string
  readonly zh: string
  readonly joint: number
  readonly enCount: number
  readonly zhCount: number
  readonly dice: number
  readonly logLikelihood: number
  readonly cedict: boolean
  /** Dice plus a bonus when CC-CEDICT confirms: what pairs are ranked by. */
  readonly score: number
  /** How far the Chinese length is from twice the English word count; breaks ties. */
  readonly lengthMismatch: number
}

/** What the pairing needs besides the counts. */
export interface PairingContext {
  readonly statistics: TermStatistics
  /** Checks a pair against CC-CEDICT; always `unknown` without the dictionary. */
  readonly check: CedictCheck
  /** The English words of a key as written for people and the dictionary (an acronym's expansion). */
  readonly englishText: (key: string) => string
  /** Fewest shared beads for a pair that no single CC-CEDICT entry confirms. */
  readonly minFrequency: number
}

/** Chinese candidates per English term checked against CC-CEDICT, best Dice first: enough to find the translation. */
const DICTIONARY_CHECKS = 8

/** Added to the Dice of a pair CC-CEDICT confirms: a dictionary translation beats a slightly stronger co-occurrence. */
const CEDICT_BONUS = 0.25

/** G² above this is significant at p < 0.05 (χ² with one degree of freedom). */
const SIGNIFICANT_LOG_LIKELIHOOD = 3.84

/** Beads a pair must share before co-occurrence outweighs a dictionary that says the words mean other things. */
const OVERRIDES_DICTIONARY = 3

/** Han characters per English word in a typical term translation (中小企业 ~ "small enterprises"). */
const CHARACTERS_PER_WORD = 2

/**
 * Pairs each English term with its best Chinese counterpart by co-occurrence across beads (Dice,
 * significant by G²), or by a CC-CEDICT entry for a term seen once, keeping a pair when each is the
 * other's best match (competitive linking in the manner of Melamed 2000) or the dictionary confirms it.
 * A rare pair the dictionary contradicts is dropped. Then, of English terms nested in one another
 * that chose the same Chinese, the strongest stays, and a pair whose both sides only ever occur inside
 * a longer pair (new industrial ↔ 新型工业 inside new industrial infrastructure ↔ 新型工业基础设施) goes.
 */
export function pairTerms(context: PairingContext): TermPair[] {
  const candidates = [...context.statistics.joint.keys()].flatMap((en) => eligiblePairs(context, en))
  const bestForEnglish = bestBy(candidates, (pair) => pair.en)
  const bestForChinese = bestBy(candidates, (pair) => pair.zh)
  const linked = [...bestForEnglish.values()].filter((pair) => pair.cedict || bestForChinese.get(pair.zh)?.en === pair.en)
  return dropSubsumed(dropNestedDuplicates(linked, context), context)
}

/** The pairs of one English term that may be linked, scored. */
function eligiblePairs(context: PairingContext, en: string): TermPair[] {
  const { statistics, check, englishText, minFrequency } = context
  const enCount = statistics.englishBeads.get(en)?.length ?? 0
  const words = contentWordCount(englishText(en))
  const measured = [...(statistics.joint.get(en) ?? new Map<string, number>()).entries()].map(([zh, joint]) => {
    const zhCount = statistics.chineseBeads.get(zh)?.length ?? 0
    const association = { dice: dice(joint, enCount, zhCount), logLikelihood: logLikelihood(joint, enCount, zhCount, statistics.beadCount) }
    return { zh, joint, zhCount, ...association, lengthMismatch: Math.abs([...zh].length - CHARACTERS_PER_WORD * words) }
  })
  measured.sort((a, b) => b.dice - a.dice || b.joint - a.joint || a.lengthMismatch - b.lengthMismatch || compareText(a.zh, b.zh))
  const singleWord = !en.includes(' ') && statistics.kinds.get(en) === 'word'
  return measured.flatMap((pair, rank) => {
    const frequent = pair.joint >= minFrequency
    const significant = frequent && pair.logLikelihood >= SIGNIFICANT_LOG_LIKELIHOOD
    const worthChecking = rank < DICTIONARY_CHECKS || (significant && pair.joint < OVERRIDES_DICTIONARY)
    const verdict = worthChecking ? check(englishText(en), pair.zh) : undefined
    // One sighting of a single word, even in the dictionary, is no term; a phrase or acronym may be.
    const cedict = verdict?.verdict === 'confirmed' && (frequent || (verdict.whole && !singleWord))
    const contradicted = verdict?.verdict === 'contradicted' && pair.joint < OVERRIDES_DICTIONARY
    if (!cedict && (!significant || contradicted)) return []
    return [{ en, ...pair, enCount, cedict, score: pair.dice + (cedict ? CEDICT_BONUS : 0) }]
  })
}

function bestBy(pairs: readonly TermPair[], keyOf: (pair: TermPair) => string): Map<string, TermPair> {
  const best = new Map<string, TermPair>()
  for (const pair of pairs) {
    const current = best.get(keyOf(pair))
    if (current === undefined || compareStrength(pair, current) < 0) best.set(keyOf(pair), pair)
  }
  return best
}

/**
 * Negative when `a` is the stronger pair: higher score, more shared beads, closer lengths, then the
 * longer of two nested terms (a term inside another in the same beads is a fragment of it).
 */
export function compareStrength(a: TermPair, b: TermPair): number {
  return b.score - a.score || b.joint - a.joint || a.lengthMismatch - b.lengthMismatch || containment(a, b) || compareText(a.en, b.en) || compareText(a.zh, b.zh)
}

/** −1 when a term of `a` contains the same-language term of `b` (the other terms equal), 1 the reverse, else 0. */
function containment(a: TermPair, b: TermPair): number {
  if (a.en === b.en && a.zh !== b.zh) return a.zh.includes(b.zh) ? -1 : b.zh.includes(a.zh) ? 1 : 0
  if (a.zh === b.zh && a.en !== b.en) return ` ${a.en} `.includes(` ${b.en} `) ? -1 : ` ${b.en} `.includes(` ${a.en} `) ? 1 : 0
  return 0
}

/** Words of an English term that are not stop words, at least one. */
function contentWordCount(text: string): number {
  return Math.max(1, text.split(/[\s-]+/).filter((word) => !searchStopWords.has(word.toLowerCase())).length)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Of English terms nested in one another and linked to the same Chinese, keeps the strongest. */
function dropNestedDuplicates(pairs: readonly TermPair[], context: PairingContext): TermPair[] {
  const nested = (a: TermPair, b: TermPair): boolean =>
    spellings(a, context).some((outer) => spellings(b, context).some((inner) => outer.includes(inner) || inner.includes(outer)))
  return pairs.filter((pair) => !pairs.some((other) => other !== pair && other.zh === pair.zh && nested(other, pair) && compareStrength(other, pair) < 0))
}

/** Drops a pair whose English and Chinese sit inside a longer pair's, in no bead but that pair's. */
function dropSubsumed(pairs: readonly TermPair[], context: PairingContext): TermPair[] {
  const shared = (pair: TermPair): number[] => sharedBeads(context.statistics, pair.en, pair.zh)
  return pairs.filter((pair) => {
    const inner = shared(pair)
    return !pairs.some((outer) => {
      if (outer === pair || !outer.zh.includes(pair.zh) || outer.zh === pair.zh) return false
      if (!spellings(outer, context).some((spelling) => spellings(pair, context).some((part) => spelling.includes(part)))) return false
      const outerBeads = new Set(shared(outer))
      return inner.every((index) => outerBeads.has(index))
    })
  })
}

/** A key and its readable text, padded with spaces so that `includes` matches whole words. */
function spellings(pair: TermPair, context: PairingContext): string[] {
  return [` ${pair.en} `, ` ${context.englishText(pair.en).toLowerCase()} `]
}
