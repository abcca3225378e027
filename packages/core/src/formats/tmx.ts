import { z } from 'zod'
import { InvalidInputError } from '../errors.js'
import { languageSchema, type Language } from '../model/schemas.js'
import { parseOptions } from '../search/parse-options.js'
import { type TranslationUnit, unitExtras, UNITS_HINT, unitsArgumentSchema } from './translation-unit.js'
import { children, descendants, escapeXmlAttribute, escapeXmlText, parseXml, textContent, type XmlElement } from './xml.js'
import { parseArgument } from '../parse-argument.js'
import { textArgumentSchema } from '../model/argument-schemas.js'

/** Options of `formatTmx`. */
export const tmxOptionsSchema = z.object({
  /** Language of the source side: its `tuv` comes first and the header's `srclang` names it. Default `zh`. */
  sourceLanguage: languageSchema.default('zh'),
  /** Language tag written for Chinese. Default `zh-CN` (Simplified Chinese as used in mainland China). */
  zhTag: z.string().min(2).default('zh-CN'),
  /** Language tag written for English. Default `en`. */
  enTag: z.string().min(2).default('en'),
})
export type TmxOptions = z.input<typeof tmxOptionsSchema>

/** Version written in the header: duiqi's own, so a reader can tell which writer made the file. */
const CREATION_TOOL_VERSION = '0.1.0'

/**
 * A TMX 1.4b document: one `tu` a unit (`tuid` = its id), `prop`s `x-section`, `x-part`, `x-score`
 * where known, a `tuv` per non-empty side with `xml:lang` zh-CN / en, the source side first. No
 * creation date, so the same units always give the same bytes. Characters XML forbids are dropped.
 */
export function formatTmx(units: readonly TranslationUnit[], options?: TmxOptions): string {
  parseArgument(unitsArgumentSchema, units, 'units', UNITS_HINT)
  const { sourceLanguage, zhTag, enTag } = parseOptions(tmxOptionsSchema, options, 'Pass `{ sourceLanguage, zhTag, enTag }`.')
  const tags: Record<Language, string> = { zh: zhTag, en: enTag }
  const order: Language[] = sourceLanguage === 'zh' ? ['zh', 'en'] : ['en', 'zh']
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="duiqi" creationtoolversion="${CREATION_TOOL_VERSION}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${escapeXmlAttribute(tags[sourceLanguage])}" o-tmf="duiqi"/>`,
    '  <body>',
  ]
  for (const unit of units) lines.push(...formatUnit(unit, order, tags))
  lines.push('  </body>', '</tmx>', '')
  return lines.join('\n')
}

function formatUnit(unit: TranslationUnit, order: readonly Language[], tags: Record<Language, string>): string[] {
  const lines = [`    <tu tuid="${escapeXmlAttribute(unit.id)}">`]
  const props: [string, string | undefined][] = [['x-section', unit.section], ['x-part', unit.part], ['x-score', unit.score?.toString()]]
  for (const [type, value] of props) if (value !== undefined) lines.push(`      <prop type="${type}">${escapeXmlText(value)}</prop>`)
  for (const language of order) {
    const text = unit[language]
    if (text !== '') lines.push(`      <tuv xml:lang="${escapeXmlAttribute(tags[language])}"><seg>${escapeXmlText(text)}</seg></tuv>`)
  }
  lines.push('    </tu>')
  return lines
}

/** Inline elements of a TMX segment that hold native codes (markup of the original format), not text. */
const NATIVE_CODE_ELEMENTS: ReadonlySet<string> = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])

/**
 * Reads a TMX file (1.1 to 1.4b, from duiqi or another tool) into units: the first Chinese and the first
 * English variant of each `tu` (any `zh…`/`cmn…` and `en…` tag, `xml:lang` or the older `lang`), inline
 * codes (`bpt`, `ept`, `ph`, `it`, `ut`) dropped and `hi` text kept; `tuid` or the position as id; the
 * `x-section`, `x-part`, `x-score` props where present. Units with neither language are skipped.
 * Throws InvalidInputError when the XML is not well formed or holds no `tmx` root.
 */
export function readTmx(text: string): TranslationUnit[] {
  parseArgument(textArgumentSchema, text, 'text', 'Pass the contents of a .tmx file as a string.')
  const root = parseXml(text, 'tmx', 'TMX')
  if (root.name !== 'tmx') throw new InvalidInputError('tmx', `Expected a TMX document (root element <tmx>), found <${root.name}>. Give a .tmx file.`)
  const units: TranslationUnit[] = []
  descendants(root, 'tu').forEach((tu, position) => {
    const sides = readVariants(tu)
    if (sides.zh === undefined && sides.en === undefined) return
    const props = readProps(tu)
    const score = props.get('x-score') === undefined ? undefined : Number(props.get('x-score'))
    units.push({
      id: tu.attributes['tuid'] ?? String(position),
      zh: sides.zh ?? '',
      en: sides.en ?? '',
      ...unitExtras({
        section: props.get('x-section'),
        part: props.get('x-part'),
        score: score !== undefined && Number.isFinite(score) && score >= 0 && score <= 1 ? score : undefined,
      }),
    })
  })
  return units
}

function readVariants(tu: XmlElement): Partial<Record<Language, string>> {
  const sides: Partial<Record<Language, string>> = {}
  for (const tuv of children(tu, 'tuv')) {
    const language = languageOfTag(tuv.attributes['xml:lang'] ?? tuv.attributes['lang'] ?? '')
    const [segment] = children(tuv, 'seg')
    if (language === undefined || segment === undefined || sides[language] !== undefined) continue
    sides[language] = textContent(segment, NATIVE_CODE_ELEMENTS)
  }
  return sides
}

function readProps(tu: XmlElement): Map<string, string> {
  return new Map(children(tu, 'prop').map((prop) => [prop.attributes['type'] ?? '', textContent(prop)]))
}

/** `zh-CN`, `ZH_tw`, `zh-Hans`, `cmn` → zh; `en`, `EN-US` → en; anything else → undefined. */
export function languageOfTag(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0]
  if (primary === 'zh' || primary === 'cmn' || primary === 'chi' || primary === 'zho') return 'zh'
  if (primary === 'en' || primary === 'eng') return 'en'
  return undefined
}
