import { concordance, type ConcordanceLine, type Language } from '@duiqi/core'
import { formatTable, markSpans } from '../format-table.js'
import type { CommandIo } from '../io.js'
import { loadCorpus } from '../load-corpus.js'
import { corpusGlossary } from '../corpus-glossary.js'

export interface ConcordCommandOptions {
  readonly format: 'table' | 'json'
  readonly corpus?: string
  readonly language?: Language
  readonly section?: string
  readonly width?: number
  readonly sort: 'document' | 'left' | 'right'
}

/** Widest the counterpart column is drawn in the table, in terminal columns. */
const COUNTERPART_WIDTH = 70

/**
 * `duiqi concord TERM`: a keyword-in-context concordance with the aligned translation, the
 * counterpart term marked where the glossary extracted from the corpus knows it.
 */
export async function runConcord(term: string, options: ConcordCommandOptions, io: CommandIo): Promise<void> {
  const corpus = await loadCorpus(options.corpus, io)
  const lines = concordance(corpus, term, {
    glossary: corpusGlossary(corpus),
    sort: options.sort,
    ...(options.language === undefined ? {} : { language: options.language }),
    ...(options.section === undefined ? {} : { section: options.section }),
    ...(options.width === undefined ? {} : { width: options.width }),
  })
  io.stdout(options.format === 'json' ? `${JSON.stringify(lines, null, 2)}\n` : formatLines(term, lines))
}

function formatLines(term: string, lines: readonly ConcordanceLine[]): string {
  if (lines.length === 0) return `"${term}" does not occur.\n`
  const rows = lines.map((line) => {
    const [open, close] = line.language === 'zh' ? ['[', ']'] : ['【', '】']
    return [line.bead, line.left, line.match, line.right, counterpartWindow(line, open, close)]
  })
  const header = `${lines.length} ${lines.length === 1 ? 'occurrence' : 'occurrences'} of "${term}"; the counterpart's glossary term is marked.\n\n`
  return header + formatTable(['bead', 'left', 'match', 'right', 'counterpart'], rows, { alignRight: [1], maxWidth: COUNTERPART_WIDTH })
}

/** Characters of the counterpart shown before its first marked term, so the mark is in view. */
const COUNTERPART_LEAD = 12

/** The counterpart with its glossary term marked, starting a little before the first mark. */
function counterpartWindow(line: ConcordanceLine, open: string, close: string): string {
  const marked = markSpans(line.counterpart, line.counterpartMatches, open, close)
  const first = line.counterpartMatches[0]
  if (first === undefined || first.start <= COUNTERPART_LEAD) return marked
  return `…${marked.slice(first.start - COUNTERPART_LEAD)}`
}
