import { beadText, createSearchIndex, type Language, type SearchHit } from '@duiqi/core'
import { markSpans } from '../format-table.js'
import type { CommandIo } from '../io.js'
import { loadCorpus } from '../load-corpus.js'
import { corpusGlossary } from '../corpus-glossary.js'

export interface SearchCommandOptions {
  readonly format: 'table' | 'json'
  readonly corpus?: string
  readonly language?: Language
  readonly section?: string
  readonly limit: number
  /** False with `--no-expand`: do not search the other side with the glossary's translations. */
  readonly expand: boolean
}

/**
 * `duiqi search QUERY`: bilingual full-text search. The query's language picks the side; with the
 * glossary extracted from the corpus (as `duiqi terms` prints it) its translation is searched on the
 * other side too, unless `--no-expand`.
 */
export async function runSearch(query: string, options: SearchCommandOptions, io: CommandIo): Promise<void> {
  const corpus = await loadCorpus(options.corpus, io)
  const glossary = options.expand ? corpusGlossary(corpus) : []
  const hits = createSearchIndex(corpus).search(query, {
    limit: options.limit,
    glossary,
    ...(options.language === undefined ? {} : { language: options.language }),
    ...(options.section === undefined ? {} : { section: options.section }),
  })
  io.stdout(options.format === 'json' ? `${JSON.stringify(hits.map(hitRecord), null, 2)}\n` : formatHits(query, hits))
}

/**
 * A hit as JSON: the bead's id, place and both sides as strings; `matches` are the query's offsets in
 * the side of `language`, `counterpartMatches` its glossary translation's offsets in the other side.
 */
function hitRecord(hit: SearchHit): Record<string, unknown> {
  const { bead } = hit
  return {
    id: bead.id,
    section: bead.section,
    part: bead.part,
    score: Math.round(hit.score * 1000) / 1000,
    language: hit.language,
    zh: beadText(bead, 'zh'),
    en: beadText(bead, 'en'),
    matches: hit.matches,
    counterpartMatches: hit.counterpartMatches,
  }
}

function formatHits(query: string, hits: readonly SearchHit[]): string {
  if (hits.length === 0) return `No bead matches "${query}".\n`
  const side = hits[0]!.language === 'zh' ? 'Chinese' : 'English'
  const lines = [`${hits.length} ${hits.length === 1 ? 'bead matches' : 'beads match'} "${query}" (${side} side, best first; matches in 【】 and [ ]):`, '']
  for (const hit of hits) {
    lines.push(`${hit.bead.id}  ${hit.bead.section} · ${hit.bead.part}  score ${hit.score.toFixed(1)}`)
    lines.push(`  zh  ${highlight(beadText(hit.bead, 'zh'), hit, 'zh')}`)
    lines.push(`  en  ${highlight(beadText(hit.bead, 'en'), hit, 'en')}`, '')
  }
  return lines.join('\n')
}

function highlight(text: string, hit: SearchHit, language: Language): string {
  const spans = language === hit.language ? hit.matches : hit.counterpartMatches
  return language === 'zh' ? markSpans(text, spans, '【', '】') : markSpans(text, spans, '[', ']')
}
