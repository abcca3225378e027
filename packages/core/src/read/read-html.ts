import type { ChildNode, Element } from 'domhandler'
import { decodeHTML } from 'entities'
import { parseDocument } from 'htmlparser2'
import type { Document, Language } from '../model/schemas.js'
import { textArgumentSchema } from '../model/primitive-arguments.js'
import { parseArgument } from '../parse-argument.js'
import { htmlOptionsSchema, READER_HINT } from './read-arguments.js'
import { chooseLanguage } from './choose-language.js'
import { buildStructuredDocument, type SourceBlock, type SourceBlockKind, type SourceNote, type SourcePiece } from './structured-source.js'

/** Options of {@link readHtml}. */
export interface HtmlOptions {
  /** Prefix of every id in the document. */
  readonly id: string
  /** The file's name, recorded in the document. */
  readonly sourceFile: string
  /** The text's language; when absent, the `lang` attribute if the text can be in it, else detected. */
  readonly language?: Language | undefined
  /** The encoding the file was decoded from, recorded in `origin`. */
  readonly encoding?: string | undefined
}

/** Elements whose content is not text: code, styles, embedded objects. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button', 'head'])

/** Elements that start and end a block of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** What kind of block an element makes of its text, where it decides it (else its parent's kind holds). */
const BLOCK_KINDS: Readonly<Record<string, SourceBlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'item', dt: 'item', dd: 'item', td: 'cell', th: 'cell', p: 'paragraph',
}

/** ARIA roles of a page's furniture, kept out of the running text. */
const NAVIGATION_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search'])

/** A character reference in HTML source text. */
const CHARACTER_REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g

/**
 * Reads an HTML or XHTML page (decoded text) into a document with a real parser (htmlparser2): the main
 * text only — scripts, styles and forms are not text; menus, banners, side bars and page headers and
 * footers (`nav`, `aside`, a `header` or `footer` outside `article`/`main`, their ARIA roles, and all
 * outside `main` when the page has one) are skipped spans of reason `navigation`; the `title` is the
 * document's title and a `metadata` span. `h1`–`h6` are headings, `p`, `li`, `dt`/`dd` and table cells
 * paragraphs, `br` a line break. Footnotes — elements with role `doc-footnote`/`doc-endnote` or an
 * `epub:type` of `footnote`, `endnote` or `rearnote`, and the items of a `footnotes` list — become
 * `notes`, each opened by a copy of its reference mark (the `[1]` taken out of the running text).
 * Character references are decoded; `origin` gives, for every stretch of the text, its UTF-16 offsets
 * in `html`.
 *
 * @throws {EmptyInputError} When the page holds no running text.
 * @throws {LanguageMismatchError} When no language is given and the text is neither Chinese nor English.
 */
export function readHtml(html: string, options: HtmlOptions): Document {
  parseArgument(textArgumentSchema, html, 'html', 'Pass the page as decoded text (`decodeBytes(bytes).text`).')
  parseArgument(htmlOptionsSchema, options, 'options', READER_HINT)
  const page = readHtmlBlocks(html, undefined)
  const language = chooseLanguage(runningText(page.blocks), options.language, page.declaredLanguage, options.id)
  return buildStructuredDocument({
    id: options.id,
    language,
    sourceFile: options.sourceFile,
    format: 'html',
    encoding: options.encoding,
    title: page.title,
    blocks: page.blocks,
    notes: page.notes,
  })
}

/** What the reader finds in one page: its blocks and notes, its title, the language it declares. */
export interface HtmlBlocks {
  readonly blocks: SourceBlock[]
  readonly notes: SourceNote[]
  readonly title: string | undefined
  /** The `title` element's text in pieces: an EPUB chapter that opens without a heading is headed by it. */
  readonly titlePieces: SourcePiece[]
  readonly declaredLanguage: string | undefined
}

/** The blocks of a page; `part` names the container member the page is (an EPUB chapter), recorded in every piece. */
export function readHtmlBlocks(html: string, part: string | undefined): HtmlBlocks {
  const root = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true })
  const notes = findNotes(root.children)
  const reader = createReader(html, notes, part)
  const main = findFirst(root.children, (element) => element.name === 'main' || element.attribs['role'] === 'main')
  for (const node of root.children) reader.walk(node, { kind: 'paragraph', level: 1, skip: undefined, insideArticle: false, main })
  reader.flush()
  return { blocks: reader.blocks(), notes: reader.notes(), title: reader.title(), titlePieces: reader.titlePieces(), declaredLanguage: declaredLanguage(root.children) }
}

/** The running text of blocks (skipped ones left out), for language detection. */
export function runningText(blocks: readonly SourceBlock[]): string {
  return blocks.filter((block) => block.skip === undefined).map(blockText).join('\n')
}

/** Where the walk is: the kind of block text goes to, whether it is skipped, and what `main` is. */
interface WalkContext {
  readonly kind: SourceBlockKind
  /** The level of the heading text goes to (`h3`: 3). */
  readonly level: number
  readonly skip: 'navigation' | 'metadata' | undefined
  readonly insideArticle: boolean
  readonly main: Element | undefined
}

/** A note found in the page: its element, and the reference mark's text and block once the walk meets it. */
interface FoundNote {
  readonly element: Element
  marker: SourcePiece[]
  referencedBy: number
}

function createReader(html: string, notes: Map<string, FoundNote>, part: string | undefined) {
  const blocks: SourceBlock[] = []
  let pieces: SourcePiece[] = []
  let breaks: number[] = []
  let length = 0
  let kind: SourceBlockKind = 'paragraph'
  let level = 1
  let skip: WalkContext['skip']
  let title: string | undefined
  let titlePieces: SourcePiece[] = []
  const flush = (): void => {
    if (pieces.some((piece) => piece.text.trim() !== '')) blocks.push({ kind, pieces, skip, ...(breaks.length > 0 ? { breaks } : {}), ...(kind === 'heading' ? { level } : {}) })
    pieces = []
    breaks = []
    length = 0
  }
  const addText = (node: ChildNode & { data: string }, context: WalkContext): void => {
    if (pieces.length === 0) {
      kind = context.kind
      skip = context.skip
      level = context.level
    }
    for (const piece of textPieces(html, node, part)) {
      pieces.push(piece)
      length += piece.text.length
    }
  }
  const walk = (node: ChildNode, context: WalkContext): void => {
    if (node.type === 'text') return addText(node, context)
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return
    const element = node
    const name = element.name.toLowerCase()
    if (name === 'head') return readHead(element)
    if (NOT_TEXT.has(name)) return
    if (isNote(element)) return
    const note = noteReferred(element, notes)
    if (note !== undefined) {
      note.marker = collectPieces(html, element, part)
      note.referencedBy = blocks.length
      return
    }
    if (name === 'br') {
      breaks.push(length)
      return
    }
    const inner = innerContext(element, name, context)
    if (!BLOCK_ELEMENTS.has(name) && inner === context) {
      for (const child of element.children) walk(child, context)
      return
    }
    flush()
    for (const child of element.children) walk(child, inner)
    flush()
  }
  const readHead = (head: Element): void => {
    const titleElement = findFirst(head.children, (element) => element.name === 'title')
    if (titleElement === undefined) return
    flush()
    for (const child of titleElement.children) walk(child, { kind: 'paragraph', level: 1, skip: 'metadata', insideArticle: false, main: undefined })
    title = blockText({ kind: 'paragraph', pieces }).replace(/\s+/g, ' ').trim() || undefined
    titlePieces = pieces
    flush()
  }
  return {
    walk,
    flush,
    blocks: () => blocks,
    title: () => title,
    titlePieces: () => titlePieces,
    notes: (): SourceNote[] =>
      [...notes.values()].flatMap((note, index) => {
        const body = collectPieces(html, note.element, part)
        if (!body.some((piece) => piece.text.trim() !== '')) return []
        const number = note.marker.map((piece) => piece.text).join('').replace(/[^\p{L}\p{N}]/gu, '') || String(index + 1)
        const space: SourcePiece = { text: ' ', sourceStart: 0, sourceEnd: 0, synthetic: true }
        const labelLength = note.marker.reduce((sum, piece) => sum + piece.text.length, 0)
        const pieces = labelLength > 0 ? [...note.marker, space, ...body] : body
        return [{ number, pieces, referencedBy: Math.min(note.referencedBy, blocks.length - 1), ...(labelLength > 0 ? { labelLength } : {}) }]
      }),
  }
}

/** The context inside an element: its block kind, and whether it is page furniture. */
function innerContext(element: Element, name: string, context: WalkContext): WalkContext {
  const role = element.attribs['role'] ?? ''
  const insideArticle = context.insideArticle || name === 'article' || name === 'main' || role === 'main'
  const outsideMain = context.main !== undefined && name === 'body'
  const furniture =
    name === 'nav' || name === 'aside' || NAVIGATION_ROLES.has(role) || ((name === 'header' || name === 'footer') && !context.insideArticle) || element.attribs['hidden'] !== undefined
  const skip = context.skip ?? (furniture || outsideMain ? 'navigation' : undefined)
  const kind = BLOCK_KINDS[name] ?? context.kind
  const level = /^h[1-6]$/.test(name) ? Number(name.slice(1)) : context.level
  const entersMain = element === context.main
  if (kind === context.kind && level === context.level && skip === context.skip && insideArticle === context.insideArticle && !entersMain && !outsideMain) return context
  return { kind, level, skip: entersMain ? undefined : skip, insideArticle, main: entersMain ? undefined : context.main }
}

/**
 * The pieces of a text node: runs of plain characters copied verbatim, each character reference its own
 * piece (one character for a source range of several). When the decoder read the node otherwise than
 * reference by reference, the node is one piece for its whole source range.
 */
function textPieces(html: string, node: ChildNode & { data: string }, part: string | undefined): SourcePiece[] {
  const start = node.startIndex ?? 0
  const end = (node.endIndex ?? start - 1) + 1
  const raw = html.slice(start, end)
  if (raw === node.data) return [{ text: raw, part, sourceStart: start, sourceEnd: end }]
  const pieces: SourcePiece[] = []
  let at = 0
  for (const match of raw.matchAll(CHARACTER_REFERENCE)) {
    const index = match.index
    if (index > at) pieces.push({ text: raw.slice(at, index), part, sourceStart: start + at, sourceEnd: start + index })
    pieces.push({ text: decodeHTML(match[0]), part, sourceStart: start + index, sourceEnd: start + index + match[0].length })
    at = index + match[0].length
  }
  if (at < raw.length) pieces.push({ text: raw.slice(at), part, sourceStart: start + at, sourceEnd: end })
  return pieces.map((piece) => piece.text).join('') === node.data ? pieces : [{ text: node.data, part, sourceStart: start, sourceEnd: end }]
}

/** The text pieces under an element, in document order (for a note and its reference mark). */
function collectPieces(html: string, element: Element, part: string | undefined): SourcePiece[] {
  const pieces: SourcePiece[] = []
  const visit = (node: ChildNode): void => {
    if (node.type === 'text') pieces.push(...textPieces(html, node, part))
    else if (node.type === 'tag' && !NOT_TEXT.has(node.name.toLowerCase())) node.children.forEach(visit)
  }
  element.children.forEach(visit)
  return pieces
}

function blockText(block: Pick<SourceBlock, 'pieces' | 'kind'>): string {
  return block.pieces.map((piece) => piece.text).join('')
}

/** Whether an element is a footnote or endnote by its role or EPUB type, or as an item of a footnotes list. */
function isNote(element: Element): boolean {
  const role = element.attribs['role'] ?? ''
  const type = element.attribs['epub:type'] ?? ''
  if (role === 'doc-footnote' || role === 'doc-endnote' || /\b(footnote|endnote|rearnote)\b/.test(type)) return true
  const parent = element.parent
  if (element.name !== 'li' || parent === null || parent.type !== 'tag') return false
  const list = parent.name === 'ol' || parent.name === 'ul' ? parent : undefined
  const holder = list?.parent?.type === 'tag' ? list.parent : undefined
  const named = (candidate: Element | undefined) => candidate !== undefined && /\b(footnotes|endnotes)\b/.test(`${candidate.attribs['class'] ?? ''} ${candidate.attribs['role'] ?? ''}`.replace('doc-endnotes', 'endnotes'))
  return named(list) || named(holder)
}

/** Notes by the id a reference points at (the note's own id, or the id of an anchor it starts with). */
function findNotes(nodes: readonly ChildNode[]): Map<string, FoundNote> {
  const notes = new Map<string, FoundNote>()
  const visit = (node: ChildNode): void => {
    if (node.type !== 'tag') return
    if (isNote(node)) {
      const id = node.attribs['id'] ?? findFirst(node.children, (element) => element.attribs['id'] !== undefined)?.attribs['id']
      if (id !== undefined) notes.set(id, { element: node, marker: [], referencedBy: Number.MAX_SAFE_INTEGER })
      return
    }
    node.children.forEach(visit)
  }
  nodes.forEach(visit)
  return notes
}

/** The note a reference mark points at: an `a href="#id"` to a note, or a `sup` that holds only one. */
function noteReferred(element: Element, notes: Map<string, FoundNote>): FoundNote | undefined {
  if (notes.size === 0) return undefined
  const anchor = element.name === 'a' ? element : element.name === 'sup' ? onlyChildAnchor(element) : undefined
  const href = anchor?.attribs['href']
  if (href === undefined || !href.startsWith('#')) return undefined
  return notes.get(decodeURIComponent(href.slice(1)))
}

function onlyChildAnchor(element: Element): Element | undefined {
  const children = element.children.filter((child) => child.type !== 'text' || child.data.trim() !== '')
  const only = children.length === 1 ? children[0] : undefined
  return only?.type === 'tag' && only.name === 'a' ? only : undefined
}

/** The language the page declares (`lang` or `xml:lang` of `html`, `body` or `main`), if any. */
function declaredLanguage(nodes: readonly ChildNode[]): string | undefined {
  const element = findFirst(nodes, (candidate) => ['html', 'body', 'main', 'article'].includes(candidate.name) && (candidate.attribs['lang'] ?? candidate.attribs['xml:lang']) !== undefined)
  return element === undefined ? undefined : (element.attribs['lang'] ?? element.attribs['xml:lang'])
}

function findFirst(nodes: readonly ChildNode[], test: (element: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'tag') continue
    if (test(node)) return node
    const found = findFirst(node.children, test)
    if (found !== undefined) return found
  }
  return undefined
}
