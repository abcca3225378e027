import { functionSchema, languageSchema } from '@duiqi/core'
import { z } from 'zod'
import { alignSentencesOptionsSchema, type ProgressCallback } from './sentences/align-options.js'

/** 150,000 sentences a side align in a few GB; beyond that, split the text into chapters. */
export const DEFAULT_MAX_SENTENCES = 150_000

/** How to read each text: sentences one a line, headings and labels, or plain paragraphs. */
export const readModeSchema = z.enum(['auto', 'presplit', 'outline', 'plain'])
export type ReadMode = z.infer<typeof readModeSchema>

/** Options of `align`; every field is optional. */
export const alignOptionsSchema = z.object({
  /** `presplit`: one sentence a line, no splitting. `auto` (default): outline when the text has numbered headings, else plain. */
  read: readModeSchema.optional(),
  /** The language the source is in: taken when the text can be in it, else checked against detection. Either order is aligned when absent. */
  sourceLanguage: languageSchema.optional(),
  /** The language the target is in, likewise. */
  targetLanguage: languageSchema.optional(),
  /**
   * When the texts look swapped against `sourceLanguage`/`targetLanguage`: `error` (default) throws a
   * LanguageMismatchError; `swap` aligns them the other way round and reports it through `onWarning`.
   */
  onSwapped: z.enum(['error', 'swap']).optional(),
  /** Receives warnings (a swap, say); ignored when absent. */
  onWarning: functionSchema<(message: string) => void>('a function (message) => void').optional(),
  /** File name recorded in the source document (`source.txt` by default). */
  sourceFile: z.string().optional(),
  /** File name recorded in the target document (`target.txt` by default). */
  targetFile: z.string().optional(),
  /** Corpus id; defaults to `aligned`. */
  id: z.string().min(1).optional(),
  /** Passed on to the sentence aligner. */
  sentences: alignSentencesOptionsSchema.optional(),
  /**
   * Let the aligner cut a sentence at a clause mark (`；`, `：`, a dash; in English a full stop before a
   * lowercase word, a colon before a capital) where the translation fits the parts better; the parts are
   * marked `split: 'aligner'`. Default true; never for `read: 'presplit'`, whose lines are the sentences.
   */
  cutSentences: z.boolean().optional(),
  /** Called as sentences are aligned: source sentences done so far, and in all. */
  onProgress: functionSchema<ProgressCallback>('a function (done, total) => void').optional(),
  /**
   * Refuse texts with more sentences than this on either side, before aligning (default
   * {@link DEFAULT_MAX_SENTENCES}): memory grows linearly, and a bigger text is better aligned in chapters.
   */
  maxSentences: z.number().int().positive().optional(),
})
export type AlignOptions = z.input<typeof alignOptionsSchema>
