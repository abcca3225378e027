import { functionSchema, languageSchema } from '@duiqi/core'
import { z } from 'zod'
import { DEFAULT_SCORER_WEIGHT } from '../common/search-basics.js'

/** A caller's similarity for a candidate bead: source and target sentence indices in, a number in [0, 1] out. */
export type ScoreFunction = (source: readonly number[], target: readonly number[]) => number


/**
 * An extra similarity added to the built-in ones (sentence embeddings, say). Its value joins the
 * evidence the search weighs, and appears under `name` in the bead's `components`.
 */
export const extraScorerSchema = z.object({
  /** Key of this part in `components`; must differ from `length`, `lexicon`, `anchors`. */
  name: z.string().min(1),
  /**
   * Weight. In the search, a bead gains `weight × (sentences in the bead / 2) × (2 × score − 1)` in
   * log-odds; when two headings are compared by their components, the part weighs `weight` against
   * 1 (length), 2 (lexicon), 1 (anchors). Default 2.
   */
  weight: z.number().positive().default(DEFAULT_SCORER_WEIGHT),
  score: functionSchema<ScoreFunction>('a function (source, target) => number'),
})
export type ExtraScorerOptions = z.input<typeof extraScorerSchema>

/** Receives how far an alignment has got: `done` of `total` source sentences (`done` never decreases). */
export type ProgressCallback = (done: number, total: number) => void

/** Options of `alignSentences`; every field is optional. */
export const alignSentencesOptionsSchema = z.object({
  /** Language of the source sentences; the target is the other one. Default: detected from the share of Han characters. */
  sourceLanguage: languageSchema.optional(),
  /** Extra similarities to combine with the built-in ones. Default: none. */
  scorers: z.array(extraScorerSchema).default([]),
  /** Use the CC-CEDICT bilingual lexicon. Default true; false aligns on length and anchors only. */
  lexicon: z.boolean().default(true),
  /**
   * Also use ECDICT's English → Chinese translations, found inside Chinese words ("encourage" →
   * 激励). Default false: on the benchmarks it helps literal translation a little (the Bible, up to
   * +0.006 F1) and free literary translation not at all (MAC-Dev, −0.007). Ignored when `lexicon` is false.
   */
  ecdict: z.boolean().default(false),
  /** Use anchors: numbers, Latin tokens, quotes, romanised names. Default true. */
  anchors: z.boolean().default(true),
  /** Learn translation pairs from the pair itself after a first search. Default true. */
  learnLexicon: z.boolean().default(true),
  /**
   * Weigh word order inside beads in the second search: a word and its translation should stand at
   * about the same relative place in the two spans. Default true. Ignored when `lexicon` is false.
   */
  wordOrder: z.boolean().default(true),
  /**
   * Called as the search advances, with `done` of `total` source sentences: a few times a percent
   * at most, and once at the end with `done === total`. Default: none.
   */
  onProgress: functionSchema<ProgressCallback>('a function (done, total) => void').optional(),
})
export type AlignSentencesOptions = z.input<typeof alignSentencesOptionsSchema>
export type ResolvedAlignSentencesOptions = z.output<typeof alignSentencesOptionsSchema>

/** The sentence aligner's options when none are given, resolved once. */
export const DEFAULT_SENTENCE_OPTIONS: ResolvedAlignSentencesOptions = alignSentencesOptionsSchema.parse({})
