import { InvalidInputError } from '../errors.js'
import { textArgumentSchema } from '../model/primitive-arguments.js'
import type { Language } from '../model/schemas.js'
import { parseArgument } from '../parse-argument.js'
import { languageOfTag } from './tmx.js'
import type { TranslationUnit } from './translation-unit.js'
import { children, descendants, localName, parseXml, type XmlElement } from './xml.js'

/**
 * Inline codes of XLIFF 1.2 and 2.x that stand for markup of the original document, not text: dropped
 * from a segment's text (the text inside paired tags — `g`, `mrk`, `pc` — is kept).
 */
const INLINE_CODES: ReadonlySet<string> = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sc', 'ec', 'sm', 'em'])

/**
 * Reads an XLIFF 1.2 or 2.x file (OmegaT, Trados, memoQ and Okapi write them) into units: each
 * `trans-unit` (1.2) or `unit` (2.x) with its source and target text, Chinese and English sides placed
 * by the file's `source-language`/`target-language` (1.2) or `srcLang`/`trgLang` (2.x); the text inside
 * paired inline tags is kept, inline codes that stand for the original's markup (`x`, `ph`, `bpt`, …) are
 * dropped, and a 2.x `cp` is the character it names. A 2.x unit's segments join with a space in English
 * and nothing in Chinese. Units with neither side are skipped; the unit's `id` is kept.
 *
 * @throws {InvalidInputError} When the XML is malformed, the root is not `xliff`, or the languages are not Chinese and English.
 */
export function readXliff(text: string): TranslationUnit[] {
  parseArgument(textArgumentSchema, text, 'text', 'Pass the contents of an .xlf/.xliff file as a string.')
  const root = parseXml(text, 'xliff', 'XLIFF')
  if (root.name !== 'xliff') throw new InvalidInputError('xliff', `Expected an XLIFF document (root element <xliff>), found <${root.name}>. Give an .xlf or .xliff file.`)
  const version2 = (root.attributes['version'] ?? '').startsWith('2')
  const units: TranslationUnit[] = []
  for (const file of children(root, 'file')) {
    const source = languageOfTag((version2 ? root.attributes['srcLang'] : file.attributes['source-language']) ?? '')
    const target = languageOfTag((version2 ? root.attributes['trgLang'] : file.attributes['target-language']) ?? '')
    if (source === undefined || target === undefined || source === target) {
      throw new InvalidInputError('xliff', 'Expected an XLIFF file between Chinese and English (source and target language zh… and en…, either way round). Give the file of a Chinese–English project.')
    }
    for (const unit of descendants(file, version2 ? 'unit' : 'trans-unit')) {
      const sides = version2 ? unitSides(unit) : { source: segmentText(children(unit, 'source')[0]), target: segmentText(children(unit, 'target')[0]) }
      const joined = { [source]: sides.source, [target]: sides.target } as Record<Language, string>
      if (joined.zh === '' && joined.en === '') continue
      units.push({ id: unit.attributes['id'] ?? String(units.length), zh: joined.zh, en: joined.en })
    }
  }
  return units
}

/** A 2.x unit's source and target: its segments' texts, joined. */
function unitSides(unit: XmlElement): { source: string; target: string } {
  const segments = descendants(unit, 'segment')
  const side = (name: string): string[] => segments.map((segment) => segmentText(children(segment, name)[0]))
  return { source: joinSegments(side('source')), target: joinSegments(side('target')) }
}

function joinSegments(texts: readonly string[]): string {
  return texts.filter((text) => text !== '').reduce((joined, text) => (joined === '' ? text : /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(joined) ? joined + text : `${joined} ${text}`), '')
}

/** A segment's text: text and the text of paired tags, inline codes dropped, `cp` as its character. */
function segmentText(element: XmlElement | undefined): string {
  if (element === undefined) return ''
  let text = ''
  for (const child of element.children) {
    if (typeof child === 'string') text += child
    else if (localName(child.name) === 'cp') text += String.fromCodePoint(Number.parseInt(child.attributes['hex'] ?? '0', 16))
    else if (!INLINE_CODES.has(localName(child.name))) text += segmentText(child)
  }
  return text.trim()
}
