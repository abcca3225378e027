import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EmptyInputError } from '../errors.js'
import { documentSchema } from '../model/schemas.js'
import { PROPERTY_RUNS } from '../__properties__/arbitraries.js'
import { characterOwners } from './__fixtures__/character-owners.js'
import { readDeclaration } from './read-declaration.js'

/** Pieces of PDF-extracted declarations: numbers, markers, footnote lines, running heads, hyphens, capitals. */
const LINE_PIECES = [
  'We support', 'the digital economy', 'SMEs', 'job creation8', 'ecosystems 9 ,', 'in 20145.', 'Declaration”4).',
  'human-', 'centred', 'NPREnabling', 'farreaching', 'a.', 'b)', 'ii.', '•', '12a.', '2.1', '3', '7', '10',
  'OECD estimates.', 'http://dx.doi.org/10.1787/x', 'OUR VISION', 'ANNEX 2', '│', 'Page 3 of 9', '.', ',', ';', ':',
  ' ', '  ', '\u00a0', 'No.', 'Section 1.', '(I-7 1 )',
]

/** A line of pieces, sometimes indented (a page's first line) or blank. */
const line = fc.oneof(
  fc.array(fc.constantFrom(...LINE_PIECES), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(' ')),
  fc.constant(''),
  fc.constantFrom(...LINE_PIECES).map((piece) => ` ${piece}`),
)

/** Declaration-like text: up to 40 lines. */
const declarationText = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'))

/** Lines of running text with footnote markers, numbered items, a hyphen and a line in small type. */
const bodyLine = fc.constantFrom(
  'We support growth1 of', 'the economy2.', 'job creation3, and', 'Declaration”4).', 'in 20145.', 'ecosystems 6 , in',
  '7. We note:', 'a. item;', 'SECURE', 'human-', 'centred work.', 'the text goes on here',
  'OECD Statistics Directorate estimates based on OECD SDBS database and Labour Force Survey',
)
/** Lines of a footnote zone: numbers alone or opening a note, note text, link lines. */
const zoneLine = fc.constantFrom('1', '2', '3', '5', '7', '1 OECD text.', '2 Adopted by all.', '3 ‘Actors’ refers', 'continued text', 'Italy, Bari, 2017', 'http://x.org/1', '')
/** Pages of running text, each perhaps ending in footnotes; a page opens with an indented line. */
const pagedText = fc
  .array(fc.tuple(fc.array(bodyLine, { minLength: 1, maxLength: 6 }), fc.array(zoneLine, { maxLength: 5 })), { minLength: 1, maxLength: 5 })
  .map((pages) => pages.map(([body, zone]) => [...body, ...zone].join('\n')).join('\n '))

function expectEveryCharacterOnce(text: string): void {
  let document
  try {
    document = readDeclaration(text, { id: 'p', sourceFile: 'p.txt' })
  } catch (error) {
    expect(error).toBeInstanceOf(EmptyInputError)
    return
  }
  expect(documentSchema.safeParse(document).success).toBe(true)
  expect(characterOwners(document)).toEqual({ lost: [], doubled: [], misread: [] })
}

describe('readDeclaration properties', () => {
  it('puts every character in exactly one sentence, note or skipped span, or throws EmptyInputError', () => {
    fc.assert(fc.property(declarationText, expectEveryCharacterOnce), PROPERTY_RUNS)
  })

  it('does so on pages with footnote zones', () => {
    fc.assert(fc.property(pagedText, expectEveryCharacterOnce), PROPERTY_RUNS)
  })
})
