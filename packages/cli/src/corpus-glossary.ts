import { extractTerminology, extractTerminologyOptionsSchema, type ExtractTerminologyOptions } from '@duiqi/align'
import type { Corpus, GlossaryEntry } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'

const DEFAULTS = extractTerminologyOptionsSchema.parse({})

/**
 * The glossary of a corpus: the built-in plan's own, computed when the data was built, when the options
 * are the defaults (so no run loads CC-CEDICT for it); extracted now otherwise. A `limit` only cuts the
 * ranked list (as `extractTerminology` does), so the stored glossary serves it too.
 */
export function corpusGlossary(corpus: Corpus, options: ExtractTerminologyOptions = {}): GlossaryEntry[] {
  const resolved = extractTerminologyOptionsSchema.safeParse(options)
  if (corpus === nirActionPlan && resolved.success && ranksAsDefault(resolved.data)) return nirActionPlan.glossary.slice(0, resolved.data.limit)
  // Bad options go to extractTerminology, which names them in its error.
  return extractTerminology(corpus, options)
}

/** Whether resolved options rank the terms as the defaults do (`limit` aside, which only cuts the list). */
function ranksAsDefault(options: typeof DEFAULTS): boolean {
  return (Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]).every((key) => options[key] === DEFAULTS[key])
}
