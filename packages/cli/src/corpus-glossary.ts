import { extractTerminology, extractTerminologyOptionsSchema, type ExtractTerminologyOptions } from '@duiqi/align'
import type { Corpus, GlossaryEntry } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'

const DEFAULTS = extractTerminologyOptionsSchema.parse({})

/**
 * The glossary of a corpus: the built-in plan's own, computed when the data was built, when the options
 * are the defaults (so no run loads CC-CEDICT for it); extracted now otherwise.
 */
export function corpusGlossary(corpus: Corpus, options: ExtractTerminologyOptions = {}): GlossaryEntry[] {
  const resolved = extractTerminologyOptionsSchema.safeParse(options)
  const defaults = resolved.success && (Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]).every((key) => resolved.data[key] === DEFAULTS[key])
  // Bad options go to extractTerminology, which names them in its error.
  return corpus === nirActionPlan && defaults ? [...nirActionPlan.glossary] : extractTerminology(corpus, options)
}
