import { LONGEST_BEAD_SIDE } from '../common/search-basics.js'
import type { ResolvedAlignSentencesOptions } from './align-options.js'
import { createAlignmentContext, type ZhEn } from './alignment-context.js'
import { priorModels, refineModels, type AlignmentModels } from './alignment-models.js'
import type { PathBead } from './banded-dynamic-program.js'
import { bandAround, pathCenter } from './search-band.js'

/**
 * Per sentence of a side, the pieces the sentence may be cut into at its clause marks (`；`, `：`, a
 * dash…), in order; joined, they are the sentence. `undefined` (or one piece) where it has none.
 */
export type SentencePieces = readonly (readonly string[] | undefined)[]

/**
 * How the sentences of a side were cut: per sentence, the number of pieces in each of its parts, in
 * order (they add up to its pieces), or `undefined` for a sentence left whole.
 */
export type SentenceParts = (readonly number[] | undefined)[]

/** A bead of the cut path, in units (sentences, or pieces of the sentences offered): where it starts and how many it takes a side. */
export interface UnitBead extends PathBead {
  /** The posterior of the way its bead of the path was cut, among every way of cutting it (leaving it whole included). */
  readonly share: number
  readonly components: Record<string, number>
}

/** The beads of a path that were cut, per path bead, in units; and the units of each side. */
export interface Cuts {
  readonly beads: ReadonlyMap<number, readonly UnitBead[]>
  readonly units: ZhEn<Units>
}

/** Units of one side: the sentences, with the sentences offered for a cut replaced by their pieces. */
export interface Units {
  /** Per unit: the sentence it belongs to. */
  readonly sentence: Int32Array
  /** Per sentence (and one past the end): the index of its first unit. */
  readonly starts: Int32Array
}

/** What a second look at a path needs besides the sentences and their pieces. */
export interface CutSettings {
  readonly options: ResolvedAlignSentencesOptions
  readonly paragraphEnds: ZhEn<Uint8Array> | undefined
}

/** Half-width of the band the cut models precompute around the path, as in the second search. */
const CUT_BAND_WIDTH = 8

/**
 * A second look at the beads of a path that join several sentences on a side: the splitter's
 * sentences are a guess, and the translation is evidence. The sentences of such a bead are offered in
 * their pieces (on a side, only while the bead has at most six of them); the models are learnt again
 * over the pieces, from the same path; and the bead is cut into the sequence of smaller beads — each a
 * run of pieces on both sides — that the evidence the search weighs (lengths, words, anchors, word
 * order, quotations open at the cut) favours most. Leaving the bead whole is one of the choices; no
 * prior favours a cut or its absence. Beads of one sentence against one, and omissions, stay as they are.
 */
export function cutSentences(sentences: ZhEn<readonly string[]>, pieces: ZhEn<SentencePieces>, path: readonly PathBead[], settings: CutSettings): Cuts {
  const offered = { zh: new Set<number>(), en: new Set<number>() }
  const candidates = path.flatMap((bead, index) => (offer(bead, pieces, offered) ? [index] : []))
  const zh = unitsOf(sentences.zh, pieces.zh, offered.zh)
  const en = unitsOf(sentences.en, pieces.en, offered.en)
  const units = { zh: zh.units, en: en.units }
  if (candidates.length === 0) return { beads: new Map(), units }
  const unitPath = path.map((bead) => toUnits(bead, units))
  const models = unitModels({ zh: zh.texts, en: en.texts }, units, unitPath, settings)
  const beads = new Map<number, UnitBead[]>()
  for (const index of candidates) {
    const chosen = chooseCut(unitPath[index]!, units, models)
    if (chosen !== undefined) beads.set(index, chosen)
  }
  return { beads, units }
}

/**
 * Offers the pieces of a bead's sentences, side by side, when the bead joins several sentences on a
 * side and the side's pieces are six at most; true when it offered any.
 */
function offer(bead: PathBead, pieces: ZhEn<SentencePieces>, offered: ZhEn<Set<number>>): boolean {
  if (bead.zhCount === 0 || bead.enCount === 0 || (bead.zhCount === 1 && bead.enCount === 1)) return false
  let any = false
  for (const [side, start, count] of [['zh', bead.zhStart, bead.zhCount], ['en', bead.enStart, bead.enCount]] as const) {
    let units = 0
    let cuttable = false
    for (let index = start; index < start + count; index++) {
      const length = pieces[side][index]?.length ?? 1
      units += length
      cuttable ||= length > 1
    }
    if (!cuttable || units > LONGEST_BEAD_SIDE) continue
    for (let index = start; index < start + count; index++) offered[side].add(index)
    any = true
  }
  return any
}

function unitsOf(sentences: readonly string[], pieces: SentencePieces, offered: ReadonlySet<number>): { texts: string[]; units: Units } {
  const texts: string[] = []
  const owners: number[] = []
  const starts = new Int32Array(sentences.length + 1)
  sentences.forEach((sentence, index) => {
    starts[index] = texts.length
    const parts = offered.has(index) ? (pieces[index] ?? [sentence]) : [sentence]
    for (const part of parts) {
      texts.push(part)
      owners.push(index)
    }
  })
  starts[sentences.length] = texts.length
  return { texts, units: { sentence: Int32Array.from(owners), starts } }
}

function toUnits(bead: PathBead, units: ZhEn<Units>): PathBead {
  const zhStart = units.zh.starts[bead.zhStart]!
  const enStart = units.en.starts[bead.enStart]!
  const zhEnd = units.zh.starts[bead.zhStart + bead.zhCount]!
  const enEnd = units.en.starts[bead.enStart + bead.enCount]!
  return { zhStart, zhCount: zhEnd - zhStart, enStart, enCount: enEnd - enStart }
}

/**
 * The models of the second search, learnt again over the units from the path in units: the pieces'
 * own words, lengths and quotations, the same pair's lexicon and length ratio. Extra scorers are not
 * asked: they know sentences, not pieces.
 */
function unitModels(texts: ZhEn<readonly string[]>, units: ZhEn<Units>, path: readonly PathBead[], settings: CutSettings): AlignmentModels {
  const ends = settings.paragraphEnds
  const unitEnds = ends === undefined ? undefined : { zh: endsInUnits(ends.zh, units.zh), en: endsInUnits(ends.en, units.en) }
  const context = createAlignmentContext(texts.zh, texts.en, settings.options, [], unitEnds)
  const models = refineModels(context, priorModels(context), path)
  models.beads.useBand(bandAround(pathCenter(path, texts.zh.length), texts.en.length, CUT_BAND_WIDTH))
  return models
}

/** A sentence's paragraph end falls after its last unit. */
function endsInUnits(ends: Uint8Array, units: Units): Uint8Array {
  const flags = new Uint8Array(units.sentence.length)
  ends.forEach((flag, index) => {
    if (flag === 1) flags[units.starts[index + 1]! - 1] = 1
  })
  return flags
}

/**
 * The sentences of one side after the cuts: how each was cut, and where a sentence or a unit of the
 * cut path lands in the new order. A sentence is cut at the start of every cut bead that begins inside it.
 */
export interface CutSide {
  readonly parts: SentenceParts
  /** New index of the first part of each sentence (and one past the end). */
  readonly ofSentence: Int32Array
  /** New index of the part each unit falls in. */
  readonly ofUnit: Int32Array
}

export function cutSide(units: Units, cuts: Cuts['beads'], side: keyof ZhEn<unknown>): CutSide {
  const starts = new Uint8Array(units.sentence.length)
  for (const beads of cuts.values()) for (const bead of beads) starts[side === 'zh' ? bead.zhStart : bead.enStart] = 1
  const parts: SentenceParts = []
  const ofSentence = new Int32Array(units.starts.length)
  const ofUnit = new Int32Array(units.sentence.length)
  let next = 0
  for (let sentence = 0; sentence + 1 < units.starts.length; sentence++) {
    const counts: number[] = []
    ofSentence[sentence] = next
    for (let unit = units.starts[sentence]!; unit < units.starts[sentence + 1]!; unit++) {
      if (counts.length === 0 || (starts[unit] === 1 && unit > units.starts[sentence]!)) counts.push(0)
      counts[counts.length - 1]! += 1
      ofUnit[unit] = next + counts.length - 1
    }
    parts.push(counts.length > 1 ? counts : undefined)
    next += Math.max(1, counts.length)
  }
  ofSentence[units.starts.length - 1] = next
  return { parts, ofSentence, ofUnit }
}

/** A segment of a cut bead: how many units it takes a side. */
interface Segment {
  readonly zh: number
  readonly en: number
}

/**
 * The best way to cut one bead (in units), by dynamic programming over the units used on each side, and
 * its posterior among all ways (the bead whole is one of them); `undefined` when whole is best.
 */
function chooseCut(bead: PathBead, units: ZhEn<Units>, models: AlignmentModels): UnitBead[] | undefined {
  const value = (zh: number, zhCount: number, en: number, enCount: number): number => {
    const zhStart = bead.zhStart + zh
    const enStart = bead.enStart + en
    // The boundary after the last segment is the bead's own, the same however the bead is cut.
    const inside = zh + zhCount < bead.zhCount
    return (inside ? models.boundary(zhStart + zhCount - 1, enStart + enCount - 1) : 0) + models.beads.evidence(zhStart, zhCount, enStart, enCount)
  }
  const { best, total, choice } = cutTables(bead.zhCount, bead.enCount, value)
  const segments = traceSegments(choice, bead.zhCount, bead.enCount)
  if (segments.length < 2 || !cutsASentence(bead, segments, units)) return undefined
  const share = Math.exp(best - total)
  let zh = bead.zhStart
  let en = bead.enStart
  return segments.map((segment) => {
    const unitBead = { zhStart: zh, zhCount: segment.zh, enStart: en, enCount: segment.en, share, components: models.beads.components(zh, segment.zh, en, segment.en) }
    zh += segment.zh
    en += segment.en
    return unitBead
  })
}

/** Whether some segment of a cut ends inside a sentence: a bead only split between its sentences is the search's to decide. */
function cutsASentence(bead: PathBead, segments: readonly Segment[], units: ZhEn<Units>): boolean {
  let zh = bead.zhStart
  let en = bead.enStart
  for (const segment of segments.slice(0, -1)) {
    zh += segment.zh
    en += segment.en
    if (units.zh.sentence[zh] === units.zh.sentence[zh - 1] || units.en.sentence[en] === units.en.sentence[en - 1]) return true
  }
  return false
}

/** Value of a segment of a bead: its units from `zh` and `en` on, `zhCount` and `enCount` of them. */
type SegmentValue = (zh: number, zhCount: number, en: number, enCount: number) => number

/** Best and summed (log) values of reaching every (Chinese units, English units) state; `choice` holds the best last segment. */
function cutTables(zhCount: number, enCount: number, value: SegmentValue): { best: number; total: number; choice: Segment[][] } {
  const table = () => Array.from({ length: zhCount + 1 }, () => new Float64Array(enCount + 1).fill(Number.NEGATIVE_INFINITY))
  const best = table()
  const sums = table()
  const choice = Array.from({ length: zhCount + 1 }, () => new Array<Segment>(enCount + 1))
  best[0]![0] = 0
  sums[0]![0] = 0
  for (let i = 1; i <= zhCount; i++) {
    for (let j = 1; j <= enCount; j++) {
      for (let zh = 1; zh <= i; zh++) {
        for (let en = 1; en <= j; en++) {
          const from = best[i - zh]![j - en]!
          if (from === Number.NEGATIVE_INFINITY) continue
          const segment = value(i - zh, zh, j - en, en)
          if (from + segment > best[i]![j]!) {
            best[i]![j] = from + segment
            choice[i]![j] = { zh, en }
          }
          sums[i]![j] = logAdd(sums[i]![j]!, sums[i - zh]![j - en]! + segment)
        }
      }
    }
  }
  return { best: best[zhCount]![enCount]!, total: sums[zhCount]![enCount]!, choice }
}

function traceSegments(choice: Segment[][], zhCount: number, enCount: number): Segment[] {
  const segments: Segment[] = []
  let i = zhCount
  let j = enCount
  while (i > 0 && j > 0) {
    const segment = choice[i]![j]!
    segments.unshift(segment)
    i -= segment.zh
    j -= segment.en
  }
  return segments
}

function logAdd(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b
  if (b === Number.NEGATIVE_INFINITY) return a
  const high = Math.max(a, b)
  return high + Math.log(Math.exp(a - high) + Math.exp(b - high))
}
