/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The viewer page's script, bundled with @duiqi/core for the browser by scripts/bundle-viewer-script.ts.
import { findTermOccurrences, type Language, type TermEntry } from '@duiqi/core'
import { markText, type MarkedRange } from './mark-text.js'
import { VIEWER_DATA_ID as DATA_ID } from '../viewer-data-id.js'

/** Wait this long after the last keystroke before filtering: typing stays smooth. */
const FILTER_DELAY_MS = 80

/** A sentence on the page, with its text and the glossary terms found in it. */
interface PageSentence {
  readonly element: HTMLElement
  readonly text: string
  readonly language: Language
  readonly terms: readonly MarkedRange[]
}

interface PageRow {
  readonly element: HTMLTableRowElement
  readonly sentences: readonly PageSentence[]
}

start()

function start(): void {
  const glossary = readGlossary()
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr.bead')].map((element) => readRow(element, glossary))
  for (const row of rows) for (const sentence of row.sentences) render(sentence, [])
  document.addEventListener('mouseover', (event) => lightCounterparts(event.target, true))
  document.addEventListener('mouseout', (event) => lightCounterparts(event.target, false))
  const input = document.querySelector<HTMLInputElement>('#filter')
  let timer: ReturnType<typeof setTimeout> | undefined
  input?.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => filterRows(rows, input.value), FILTER_DELAY_MS)
  })
  document.addEventListener('click', (event) => revealTarget(event, rows, input))
  document.documentElement.dataset['viewer'] = 'ready'
}

function readGlossary(): readonly TermEntry[] {
  const text = document.getElementById(DATA_ID)?.textContent ?? '{}'
  return (JSON.parse(text) as { glossary?: TermEntry[] }).glossary ?? []
}

function readRow(element: HTMLTableRowElement, glossary: readonly TermEntry[]): PageRow {
  const sentences = [...element.querySelectorAll<HTMLElement>('.sentence')].map((sentenceElement) => {
    const language: Language = sentenceElement.closest('td')?.lang === 'zh' ? 'zh' : 'en'
    const text = sentenceElement.textContent ?? ''
    return { element: sentenceElement, text, language, terms: findGlossaryTerms(text, language, glossary) }
  })
  return { element, sentences }
}

/** Where the glossary's terms (any form) occur in a sentence, found by @duiqi/core; longer terms win overlaps. */
function findGlossaryTerms(text: string, language: Language, glossary: readonly TermEntry[]): MarkedRange[] {
  const found: MarkedRange[] = []
  for (const entry of glossary) {
    const forms = language === 'zh' ? [entry.zh, ...entry.zhVariants] : [entry.en, ...entry.enVariants]
    const title = `${entry.en} ↔ ${entry.zh}`
    for (const form of forms) {
      for (const occurrence of findTermOccurrences(text, form, language)) found.push({ ...occurrence, term: entry.id, title })
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: MarkedRange[] = []
  for (const range of found) if (!kept.some((other) => range.start < other.end && other.start < range.end)) kept.push(range)
  return kept.sort((a, b) => a.start - b.start)
}

function render(sentence: PageSentence, matches: readonly MarkedRange[]): void {
  sentence.element.innerHTML = markText(sentence.text, sentence.terms, matches)
}

/** Lights (or dims) a hovered term and its counterparts in the same row: the other language's form of the pair. */
function lightCounterparts(target: EventTarget | null, on: boolean): void {
  const term = target instanceof Element ? target.closest<HTMLElement>('.term') : null
  const row = term?.closest('tr')
  const id = term?.dataset['term']
  if (!term || !row || id === undefined) return
  for (const element of row.querySelectorAll(`.term[data-term="${CSS.escape(id)}"]`)) element.classList.toggle('lit', on)
}

/**
 * Shows the rows that hold every word of the query (Chinese verbatim, English as whole words with
 * case and plural ignored, by @duiqi/core), marks the matches and, where a match falls on a glossary
 * term, the term's counterpart in the other language; hides sections left empty.
 */
function filterRows(rows: readonly PageRow[], query: string): void {
  const tokens = query.trim().split(/\s+/).filter((token) => token !== '')
  let shown = 0
  for (const row of rows) {
    // A token with Han characters is found verbatim, any other as whole words (also "G20" in Chinese).
    const matches = tokens.map((token) => row.sentences.map((sentence) => findTermOccurrences(sentence.text, token, 'en')))
    const visible = matches.every((perSentence) => perSentence.some((found) => found.length > 0))
    row.element.hidden = !visible
    if (visible) shown++
    const found = row.sentences.map((_, index) => (visible ? matches.flatMap((perSentence) => perSentence[index]!) : []))
    const counterparts = matchedTermIds(row, found)
    row.sentences.forEach((sentence, index) => render(sentence, [...found[index]!, ...sentence.terms.filter((term) => counterparts.has(term.term!))]))
  }
  for (const section of document.querySelectorAll<HTMLElement>('section.section')) {
    section.hidden = section.querySelector('tr.bead:not([hidden])') === null
    document.querySelector(`.toc li[data-section="${CSS.escape(section.dataset['section'] ?? '')}"]`)?.classList.toggle('dim', section.hidden)
  }
  const count = document.querySelector('#filter-count')
  if (count) count.textContent = `${shown} of ${rows.length} beads`
  const none = document.querySelector<HTMLElement>('#no-match')
  if (none) none.hidden = shown > 0
}

/** Glossary terms that a match falls on: their counterparts in the other language are marked too. */
function matchedTermIds(row: PageRow, found: ReadonlyArray<readonly MarkedRange[]>): Set<string> {
  const ids = new Set<string>()
  row.sentences.forEach((sentence, index) => {
    for (const term of sentence.terms) {
      if (found[index]!.some((match) => match.start < term.end && term.start < match.end)) ids.add(term.term!)
    }
  })
  return ids
}

/** A link to a hidden row (from the plot or the weakest list) clears the filter first, so the row can be shown. */
function revealTarget(event: MouseEvent, rows: readonly PageRow[], input: HTMLInputElement | null): void {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null
  const id = link?.getAttribute('href')?.slice(1)
  const row = id ? document.getElementById(id) : null
  if (!(row instanceof HTMLTableRowElement)) return
  if (row.hidden && input) {
    input.value = ''
    filterRows(rows, '')
  }
  row.classList.add('flash')
  setTimeout(() => row.classList.remove('flash'), 1500)
}
