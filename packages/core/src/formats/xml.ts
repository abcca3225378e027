import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { InvalidInputError } from '../errors.js'

/** An XML element as the format readers walk it: text children are strings, in document order. */
export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly (XmlElement | string)[]
}

/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab and line breaks,
 * lone surrogates, U+FFFE and U+FFFF. Writers drop them rather than write a file no parser reads.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** An entity declaration inside a DOCTYPE: the door to "billion laughs" and external entities. */
const ENTITY_DECLARATION = /<!DOCTYPE[^>[]*\[[^\]]*<!ENTITY/i

/** Text escaped for an element's content: `&`, `<`, `>`; characters XML forbids are dropped. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Text escaped for a double-quoted attribute value: as for content, plus `"` and line breaks and tabs kept as such. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}

/**
 * Parses an XML document into {@link XmlElement}s and returns its root element. Entities and
 * character references are decoded, CDATA becomes text, white space is kept as written.
 * Throws InvalidInputError naming `argument`, the line and what is wrong when the XML is not well formed.
 */
export function parseXml(text: string, argument: string, formatName: string): XmlElement {
  if (ENTITY_DECLARATION.test(text)) {
    throw new InvalidInputError(
      argument,
      `Expected a ${formatName} file without entity declarations, but its DOCTYPE declares <!ENTITY …>. duiqi never expands declared or external entities (they can blow up memory or read local files); remove the DOCTYPE and export again.`,
    )
  }
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    throw new InvalidInputError(
      argument,
      `Expected a well-formed ${formatName} file, but line ${valid.err.line}, column ${valid.err.col} is wrong: ${valid.err.msg} Fix the XML or export it again.`,
    )
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  })
  let parsed: unknown[]
  try {
    parsed = parser.parse(text) as unknown[]
  } catch (error) {
    throw new InvalidInputError(argument, `Could not read the ${formatName} file: ${error instanceof Error ? error.message : String(error)}. Fix the XML or export it again.`, { cause: error })
  }
  const root = toElements(parsed).find((node): node is XmlElement => typeof node !== 'string')
  if (root === undefined) throw new InvalidInputError(argument, `Expected a ${formatName} document, found no element. Give the file itself.`)
  return root
}

/** Every descendant element with this local name (prefix ignored), in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  collectDescendants(element, name, found)
  return found
}

function collectDescendants(element: XmlElement, name: string, found: XmlElement[]): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    if (localName(child.name) === name) found.push(child)
    collectDescendants(child, name, found)
  }
}

/** The child elements with this local name. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && localName(child.name) === name)
}

/** The text of an element and its descendants, skipping the subtrees of the elements named in `skip`. */
export function textContent(element: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let text = ''
  for (const child of element.children) {
    if (typeof child === 'string') text += child
    else if (!skip.has(localName(child.name))) text += textContent(child, skip)
  }
  return text
}

/** An element name without its namespace prefix (`xlf:source` → `source`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function toElements(nodes: readonly unknown[]): (XmlElement | string)[] {
  const elements: (XmlElement | string)[] = []
  for (const node of nodes) {
    const record = node as Record<string, unknown>
    for (const [key, value] of Object.entries(record)) {
      if (key === ':@') continue
      if (key === '#text') elements.push(String(value))
      else elements.push({ name: key, attributes: (record[':@'] ?? {}) as Record<string, string>, children: toElements(value as unknown[]) })
    }
  }
  return elements
}
