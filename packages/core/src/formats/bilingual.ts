import { z } from 'zod'
import { languageSchema, type Language } from '../model/schemas.js'
import { parseOptions } from '../search/parse-options.js'
import { parseArgument } from '../parse-argument.js'
import { type TranslationUnit, UNITS_HINT, unitsArgumentSchema } from './translation-unit.js'
import { escapeXmlAttribute as escapeAttribute, escapeXmlText as escapeHtml } from './xml.js'

/** Options of the bilingual writers. */
export const bilingualOptionsSchema = z.object({
  /** The document's title, written above the table. */
  title: z.string().default('Aligned text'),
  /** Which language's column comes first. Default `zh`. */
  sourceLanguage: languageSchema.default('zh'),
  /** Add a column with each bead's score (the aligner's probability that it is right). Default false. */
  scores: z.boolean().default(false),
})
export type BilingualOptions = z.input<typeof bilingualOptionsSchema>

const OPTIONS_HINT = 'Pass `{ title, sourceLanguage, scores }`.'

/** Column headings, in the language of each column. */
const COLUMN_NAMES: Readonly<Record<Language, string>> = { zh: '中文', en: 'English' }
/** BCP 47 tags written on each column's text. */
const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { zh: 'zh-CN', en: 'en' }

/**
 * A bilingual web page: the title, then a table of one bead a row — section, the two sides (source
 * first, each cell tagged with its language), and with `scores` the bead's score. Self-contained (one
 * small style sheet), no script; what a translator hands on or prints.
 */
export function formatBilingualHtml(units: readonly TranslationUnit[], options?: BilingualOptions): string {
  parseArgument(unitsArgumentSchema, units, 'units', UNITS_HINT)
  const { title, sourceLanguage, scores } = parseOptions(bilingualOptionsSchema, options, OPTIONS_HINT)
  const order = columnOrder(sourceLanguage)
  const header = ['<th>§</th>', ...order.map((language) => `<th lang="${LANGUAGE_TAGS[language]}">${COLUMN_NAMES[language]}</th>`), ...(scores ? ['<th>score</th>'] : [])]
  const rows = units.map((unit) => {
    const cells = [
      `<td>${escapeHtml(unit.section ?? '')}</td>`,
      ...order.map((language) => `<td lang="${LANGUAGE_TAGS[language]}">${escapeHtml(unit[language])}</td>`),
      ...(scores ? [`<td>${unit.score === undefined ? '' : unit.score.toFixed(2)}</td>`] : []),
    ]
    return `<tr id="${escapeAttribute(unit.id)}">${cells.join('')}</tr>`
  })
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}</style>',
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    '<table>',
    `<thead><tr>${header.join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/**
 * A bilingual Word file: the title as a heading, then a two-column table of one bead a row (source
 * first; with `scores` a third column), the header row repeated on every page. Made with the docx
 * library; the same units give the same bytes but for the file's creation time, which Word requires.
 */
export function formatBilingualDocx(units: readonly TranslationUnit[], options?: BilingualOptions): Promise<Uint8Array> {
  parseArgument(unitsArgumentSchema, units, 'units', UNITS_HINT)
  return writeDocx(units, parseOptions(bilingualOptionsSchema, options, OPTIONS_HINT))
}

/** The .docx of checked units; the docx library is imported on first use, not with core. */
async function writeDocx(units: readonly TranslationUnit[], { title, sourceLanguage, scores }: z.output<typeof bilingualOptionsSchema>): Promise<Uint8Array> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx')
  const order = columnOrder(sourceLanguage)
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })
  const header = new TableRow({ tableHeader: true, children: [...order.map((language) => cell(COLUMN_NAMES[language], true)), ...(scores ? [cell('score', true)] : [])] })
  const rows = units.map(
    (unit) => new TableRow({ children: [...order.map((language) => cell(unit[language])), ...(scores ? [cell(unit.score === undefined ? '' : unit.score.toFixed(2))] : [])] }),
  )
  const file = new Document({
    title,
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  })
  return Packer.pack(file, 'uint8array')
}

function columnOrder(sourceLanguage: Language): readonly Language[] {
  return sourceLanguage === 'zh' ? ['zh', 'en'] : ['en', 'zh']
}
