import { checkTermConsistency, type TermConsistency } from '@duiqi/align'
import type { GlossaryEntry } from '@duiqi/core'
import { formatTable } from '../format-table.js'
import type { CommandIo } from '../io.js'
import { loadCorpus } from '../load-corpus.js'
import { corpusGlossary } from '../corpus-glossary.js'

export interface TermsCommandOptions {
  readonly format: 'table' | 'json'
  readonly corpus?: string
  readonly limit?: number
  readonly minFrequency: number
  /** False with `--no-cedict`. */
  readonly cedict: boolean
  /** Report consistency instead of the glossary. */
  readonly check?: boolean
}

/** `duiqi terms`: the bilingual glossary extracted from the corpus, or with `--check` how consistently it is used. */
export async function runTerms(options: TermsCommandOptions, io: CommandIo): Promise<void> {
  const corpus = await loadCorpus(options.corpus, io)
  const glossary = corpusGlossary(corpus, { minFrequency: options.minFrequency, cedict: options.cedict })
  if (options.check === true) {
    const report = checkTermConsistency(corpus, glossary.slice(0, options.limit))
    io.stdout(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatConsistency(report))
    return
  }
  const entries = glossary.slice(0, options.limit)
  io.stdout(options.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : formatGlossary(entries, glossary.length))
}

function formatGlossary(entries: readonly GlossaryEntry[], total: number): string {
  const rows = entries.map((entry) => [
    entry.id,
    entry.enVariants.length > 0 ? `${entry.en} (${entry.enVariants.join('; ')})` : entry.en,
    entry.zhVariants.length > 0 ? `${entry.zh} (${entry.zhVariants.join('；')})` : entry.zh,
    String(entry.frequency),
    entry.dice.toFixed(2),
    entry.logLikelihood.toFixed(1),
    entry.cedict ? 'yes' : '',
    entry.confidence.toFixed(2),
  ])
  const shown = entries.length < total ? `${entries.length} of ${total} terms` : `${total} terms`
  return `${shown}, best first (frequency = beads holding both; CC-CEDICT = the dictionary confirms the pair)\n\n` +
    formatTable(['id', 'English', 'Chinese', 'freq', 'Dice', 'G²', 'CC-CEDICT', 'confidence'], rows, { alignRight: [3, 4, 5, 7] })
}

function formatConsistency(report: TermConsistency): string {
  const lines = [`Terms with more than one rendering: ${report.renderings.length}`]
  for (const item of report.renderings) {
    lines.push(`  ${item.term}  →  ${item.renderings.map((rendering) => `${rendering.text} (${rendering.beads.length})`).join(', ')}`)
  }
  lines.push('', `Beads where a term's counterpart is missing: ${report.missing.length}`, '')
  const rows = report.missing.map((item) => [item.term, item.bead, item.found === 'en' ? `${item.en} → ${item.zh}?` : `${item.zh} → ${item.en}?`, item.text])
  return `${lines.join('\n')}\n${rows.length > 0 ? formatTable(['term', 'bead', 'found → missing', 'text lacking it'], rows, { maxWidth: 70 }) : ''}`
}
