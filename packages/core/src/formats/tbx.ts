import { z } from 'zod'
import { InvalidInputError } from '../errors.js'
import type { Language } from '../model/schemas.js'
import { termEntrySchema, type GlossaryEntry, type TermEntry } from '../search/glossary-entry.js'
import { parseOptions } from '../search/parse-options.js'
import { languageOfTag } from './tmx.js'
import { children, descendants, escapeXmlAttribute, escapeXmlText, parseXml, textContent } from './xml.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/** Term entries to write (glossary entries are term entries with more fields). */
const entriesArgumentSchema = z.array(termEntrySchema)

/** Options of `formatTbx`. */
export const tbxOptionsSchema = z.object({
  /** Title written in the header. Default "duiqi glossary". */
  title: z.string().default('duiqi glossary'),
  /** Language tag written for Chinese. Default `zh-CN`. */
  zhTag: z.string().min(2).default('zh-CN'),
  /** Language tag written for English. Default `en`. */
  enTag: z.string().min(2).default('en'),
})
export type TbxOptions = z.input<typeof tbxOptionsSchema>

/**
 * A TBX-Basic glossary (TBX 2, `martif`, the dialect translate-toolkit and most CAT tools read): a
 * `termEntry` a concept, an English `langSet` then a Chinese one, a `tig` per form with its
 * `termType` (acronym, fullForm, variant). For extracted entries a `note` gives the figures
 * (frequency, bead ids, Dice, G², CC-CEDICT, confidence).
 */
export function formatTbx(entries: readonly (TermEntry | GlossaryEntry)[], options?: TbxOptions): string {
  parseArgument(entriesArgumentSchema, entries, 'entries', 'Pass term entries, e.g. from `extractTerminology` or `readTbx`.')
  const { title, zhTag, enTag } = parseOptions(tbxOptionsSchema, options, 'Pass `{ title, zhTag, enTag }`.')
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<martif type="TBX-Basic" xml:lang="${escapeXmlAttribute(enTag)}">`,
    '  <martifHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escapeXmlText(title)}</title></titleStmt>`,
    '      <sourceDesc><p>Extracted from an aligned Chinese–English corpus by duiqi.</p></sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ]
  for (const entry of entries) lines.push(...formatEntry(entry, { zh: zhTag, en: enTag }))
  lines.push('    </body>', '  </text>', '</martif>', '')
  return lines.join('\n')
}

function formatEntry(entry: TermEntry | GlossaryEntry, tags: Record<Language, string>): string[] {
  const lines = [`      <termEntry id="${escapeXmlAttribute(xmlId(entry.id))}">`]
  if ('confidence' in entry) lines.push(`        <note>${escapeXmlText(describeFigures(entry))}</note>`)
  lines.push(...formatLangSet(tags.en, [entry.en, ...entry.enVariants], englishTermTypes(entry)))
  lines.push(...formatLangSet(tags.zh, [entry.zh, ...entry.zhVariants], [undefined, ...entry.zhVariants.map(() => 'variant')]))
  lines.push('      </termEntry>')
  return lines
}

function formatLangSet(tag: string, terms: readonly string[], types: readonly (string | undefined)[]): string[] {
  const lines = [`        <langSet xml:lang="${escapeXmlAttribute(tag)}">`]
  terms.forEach((term, index) => {
    const type = types[index]
    const note = type === undefined ? '' : `<termNote type="termType">${type}</termNote>`
    lines.push(`          <tig><term>${escapeXmlText(term)}</term>${note}</tig>`)
  })
  lines.push('        </langSet>')
  return lines
}

/** TBX-Basic term types of the English forms: an acronym's other forms are its full forms, and the reverse. */
function englishTermTypes(entry: TermEntry): (string | undefined)[] {
  const preferredIsAcronym = looksLikeAcronymUnchecked(entry.en)
  return [
    preferredIsAcronym ? 'acronym' : undefined,
    ...entry.enVariants.map((variant) => (looksLikeAcronymUnchecked(variant) ? 'acronym' : preferredIsAcronym ? 'fullForm' : 'variant')),
  ]
}

/** One word with at least two capitals or digits after the first letter's: IPR, SMEs, IoT, G20. */
export function looksLikeAcronym(term: string): boolean {
  return looksLikeAcronymUnchecked(parseArgument(textArgumentSchema, term, 'term'))
}

/** {@link looksLikeAcronym} without the argument check, for loops inside core. */
export function looksLikeAcronymUnchecked(term: string): boolean {
  return /^[\p{L}\p{N}&]+$/u.test(term) && (term.match(/[\p{Lu}\p{N}]/gu)?.length ?? 0) >= 2
}

function describeFigures(entry: GlossaryEntry): string {
  return [
    `frequency ${entry.frequency} (English ${entry.enFrequency}, Chinese ${entry.zhFrequency})`,
    `Dice ${entry.dice}`,
    `G2 ${entry.logLikelihood}`,
    `CC-CEDICT ${entry.cedict ? 'yes' : 'no'}`,
    `confidence ${entry.confidence}`,
    `beads ${entry.beads.join(' ')}`,
  ].join('; ')
}

/** An XML id starts with a letter or underscore and holds no spaces. */
function xmlId(id: string): string {
  const cleaned = id.replace(/[^\p{L}\p{N}_.-]/gu, '_')
  return /^[\p{L}_]/u.test(cleaned) ? cleaned : `t${cleaned}`
}

/**
 * Reads a TBX glossary (TBX-Basic 2 `martif`/`termEntry`/`langSet`, or TBX 3 `tbx`/`conceptEntry`/
 * `langSec`) into term entries: per concept, the first English and Chinese terms as preferred forms,
 * the others as variants. Concepts without both languages are skipped.
 * Throws InvalidInputError when the XML is not well formed or is not TBX.
 */
export function readTbx(text: string): TermEntry[] {
  parseArgument(textArgumentSchema, text, 'text', 'Pass the contents of a .tbx file as a string.')
  const root = parseXml(text, 'tbx', 'TBX')
  if (root.name !== 'martif' && root.name !== 'tbx') {
    throw new InvalidInputError('tbx', `Expected a TBX document (root element <martif> or <tbx>), found <${root.name}>. Give a .tbx file.`)
  }
  const concepts = [...descendants(root, 'termEntry'), ...descendants(root, 'conceptEntry')]
  const entries: TermEntry[] = []
  concepts.forEach((concept, position) => {
    const terms: Record<Language, string[]> = { zh: [], en: [] }
    for (const langSet of [...children(concept, 'langSet'), ...children(concept, 'langSec')]) {
      const language = languageOfTag(langSet.attributes['xml:lang'] ?? '')
      if (language !== undefined) terms[language].push(...descendants(langSet, 'term').map((term) => textContent(term).trim()).filter(Boolean))
    }
    const [en, ...enVariants] = terms.en
    const [zh, ...zhVariants] = terms.zh
    if (en === undefined || zh === undefined) return
    entries.push({ id: concept.attributes['id'] ?? `t${position + 1}`, en, zh, enVariants, zhVariants })
  })
  return entries
}
