import type { BeadPlace, BeadView, Corpus, Language, RelatedPassage, SectionView, TermEntry } from '@duiqi/core'

/** One row of the viewer: a bead with both sides' sentences. */
export interface ViewerRow {
  readonly id: string
  readonly section: string
  readonly part: BeadPlace
  readonly score: number
  readonly components: Readonly<Record<string, number>>
  /** Among the weakest beads of the corpus, flagged for review. */
  readonly weak: boolean
  readonly zh: readonly string[]
  readonly en: readonly string[]
  /** Sentence indices of the source and target documents (the plot's axes). */
  readonly source: readonly number[]
  readonly target: readonly number[]
}

/** A section of the viewer: its headings in both languages, rows, and related passages. */
export interface ViewerSection {
  readonly id: string
  readonly zhHeading: string
  readonly enHeading: string
  /** Depth in the outline: 0 for a top-level section, 1 for a subsection. */
  readonly depth: number
  readonly rows: readonly ViewerRow[]
  readonly minScore: number
  readonly related: readonly RelatedPassage[]
}

/** Everything the page shows, as plain data. */
export interface ViewerModel {
  readonly id: string
  readonly title: string
  readonly sourceLanguage: Language
  readonly sourceCount: number
  readonly targetCount: number
  readonly sections: readonly ViewerSection[]
  /** The flagged beads, weakest first. */
  readonly weakest: readonly ViewerRow[]
  readonly meanScore: number
  /** Term pairs whose counterparts light up together on hover. */
  readonly glossary: readonly TermEntry[]
}

/** What the viewer adds to a corpus: "see also" passages by section, and a glossary. */
export interface ViewerOptions {
  readonly related?: (sectionId: string) => readonly RelatedPassage[]
  readonly glossary?: readonly TermEntry[]
}

/** The weakest share of beads is flagged: one in twenty, enough to review first without crying wolf. */
const WEAKEST_SHARE = 0.05
/** Flag at least this many beads, so a small corpus still points at its weakest. */
const MIN_WEAKEST = 3

/** Builds the viewer's data from an aligned corpus: rows by section, the weakest beads flagged, related passages. */
export function buildViewerModel(corpus: Corpus, options: ViewerOptions = {}): ViewerModel {
  const beads = [...corpus.beads()]
  const weakIds = weakestBeadIds(beads)
  const toRow = (bead: BeadView): ViewerRow => ({
    id: bead.id,
    section: bead.section,
    part: bead.part,
    score: bead.score,
    components: bead.components ?? {},
    weak: weakIds.has(bead.id),
    zh: bead.zh,
    en: bead.en,
    source: bead.bead.source,
    target: bead.bead.target,
  })
  const sections = corpus.sections.map((section) => viewSection(corpus, section, section.beads.map(toRow), options))
  const rows = sections.flatMap((section) => section.rows)
  return {
    id: corpus.id,
    title: corpus.title,
    sourceLanguage: corpus.source.language,
    sourceCount: corpus.sentences(corpus.source.language).length,
    targetCount: corpus.sentences(corpus.target.language).length,
    sections,
    weakest: rows.filter((row) => row.weak).sort((a, b) => a.score - b.score),
    meanScore: rows.reduce((sum, row) => sum + row.score, 0) / Math.max(1, rows.length),
    glossary: options.glossary ?? [],
  }
}

/** Ids of the weakest beads: the lowest-scoring share (ties in document order). */
export function weakestBeadIds(beads: readonly BeadView[]): Set<string> {
  const count = Math.min(beads.length, Math.max(MIN_WEAKEST, Math.ceil(beads.length * WEAKEST_SHARE)))
  const ranked = beads.map((bead, order) => ({ bead, order })).sort((a, b) => a.bead.score - b.bead.score || a.order - b.order)
  return new Set(ranked.slice(0, count).map(({ bead }) => bead.id))
}

function viewSection(corpus: Corpus, section: SectionView, rows: ViewerRow[], options: ViewerOptions): ViewerSection {
  const zhSide = corpus.source.language === 'zh' ? section.source : section.target
  const enSide = corpus.source.language === 'zh' ? section.target : section.source
  const heading = (side: typeof zhSide): string => side?.heading?.text ?? side?.title ?? ''
  return {
    id: section.id,
    zhHeading: heading(zhSide),
    enHeading: heading(enSide) || section.id,
    depth: section.id.includes('.') || (enSide ?? zhSide)?.kind === 'subsection' ? 1 : 0,
    rows,
    minScore: rows.reduce((min, row) => Math.min(min, row.score), 1),
    related: options.related?.(section.id) ?? [],
  }
}
