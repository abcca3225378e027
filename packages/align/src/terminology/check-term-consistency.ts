import { beadText, CORPUS_HINT, corpusArgumentSchema, languageSchema, parseArgument, termEntrySchema, termForms, type BeadView, type Corpus, type Language, type TermEntry } from '@duiqi/core'
import { z } from 'zod'
import { phraseChunks } from './english-candidates.js'

/** The glossary argument: term entries (glossary entries are term entries with more fields). */
const glossarySchema = z.array(termEntrySchema)

/** A bead where one side holds a glossary term and the other side none of its counterpart's forms. */
export const termMismatchSchema = z.object({
  /** Glossary entry id (`t3`). */
  term: z.string(),
  en: z.string(),
  zh: z.string(),
  bead: z.string(),
  section: z.string(),
  /** The side that holds the term; the other side lacks its counterpart. */
  found: languageSchema,
  /** The side that lacks the counterpart, whole. */
  text: z.string(),
})
export type TermMismatch = z.infer<typeof termMismatchSchema>

/** A term of one language that the glossary pairs with more than one term of the other. */
export const termRenderingsSchema = z.object({
  language: languageSchema,
  term: z.string(),
  /** Each rendering in the other language, with the beads that hold both. */
  renderings: z.array(z.object({ text: z.string(), beads: z.array(z.string()) })),
})
export type TermRenderings = z.infer<typeof termRenderingsSchema>

/** The result of `checkTermConsistency`. */
export const termConsistencySchema = z.object({
  missing: z.array(termMismatchSchema),
  renderings: z.array(termRenderingsSchema),
})
export type TermConsistency = z.infer<typeof termConsistencySchema>

/**
 * Checks how consistently a corpus translates a glossary: the beads where an entry's English appears
 * (any form, case and plural ignored) but none of its Chinese forms does, and the reverse; and the
 * terms that the glossary pairs with more than one term of the other language (机构 with
 * "institutions" and "organizations"). Beads with an empty side are skipped. In glossary order, then
 * document order.
 */
export function checkTermConsistency(corpus: Corpus, glossary: readonly TermEntry[]): TermConsistency {
  parseArgument(corpusArgumentSchema, corpus, 'corpus', CORPUS_HINT)
  parseArgument(glossarySchema, glossary, 'glossary', 'Pass term entries, e.g. from `extractTerminology` or `readTbx`.')
  const beads = [...corpus.beads()].filter((bead) => bead.zh.length > 0 && bead.en.length > 0)
  const texts = beads.map((bead) => ({ zh: beadText(bead, 'zh'), en: ` ${englishFormSequence(beadText(bead, 'en'))} ` }))
  const needles = new Map<string, string>()
  const needle = (form: string): string => {
    let found = needles.get(form)
    if (found === undefined) needles.set(form, (found = ` ${englishFormSequence(form)} `))
    return found
  }
  const holds = (index: number, entry: TermEntry, language: Language): boolean =>
    termForms(entry, language).some((form) => (language === 'zh' ? texts[index]!.zh.includes(form) : texts[index]!.en.includes(needle(form))))
  const missing = glossary.flatMap((entry) => mismatches(entry, beads, holds))
  return { missing, renderings: [...renderingsOf(glossary, beads, holds, 'zh'), ...renderingsOf(glossary, beads, holds, 'en')] }
}

type Holds = (index: number, entry: TermEntry, language: Language) => boolean

function mismatches(entry: TermEntry, beads: readonly BeadView[], holds: Holds): TermMismatch[] {
  const found: TermMismatch[] = []
  beads.forEach((bead, index) => {
    const en = holds(index, entry, 'en')
    const zh = holds(index, entry, 'zh')
    if (en === zh) return
    const side: Language = en ? 'en' : 'zh'
    found.push({ term: entry.id, en: entry.en, zh: entry.zh, bead: bead.id, section: bead.section, found: side, text: beadText(bead, side === 'en' ? 'zh' : 'en') })
  })
  return found
}

/** Terms of `language` that entries pair with several different terms of the other language. */
function renderingsOf(glossary: readonly TermEntry[], beads: readonly BeadView[], holds: Holds, language: Language): TermRenderings[] {
  const other: Language = language === 'zh' ? 'en' : 'zh'
  const groups = new Map<string, TermEntry[]>()
  for (const entry of glossary) {
    const key = language === 'zh' ? entry.zh : entry.en.toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  const reports: TermRenderings[] = []
  for (const entries of groups.values()) {
    const renderings = entries.flatMap((entry) => {
      const withTerm = beads.map((_, index) => holds(index, entry, language))
      return (other === 'zh' ? termForms(entry, 'zh') : [entry.en]).map((text) => ({
        text,
        beads: beads.filter((_, index) => withTerm[index]! && holds(index, { ...entry, en: text, zh: text, enVariants: [], zhVariants: [] }, other)).map((bead) => bead.id),
      }))
    })
    const distinct = [...new Map(renderings.map((rendering) => [rendering.text, rendering])).values()]
    if (distinct.length > 1) reports.push({ language, term: language === 'zh' ? entries[0]!.zh : entries[0]!.en, renderings: distinct })
  }
  return reports
}

/** An English text as its words' search forms, a `|` where punctuation separates them, so phrases match whole words only. */
function englishFormSequence(text: string): string {
  return phraseChunks(text).map((chunk) => chunk.map((word) => word.form).join(' ')).join(' | ')
}
