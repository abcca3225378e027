import { describe, expect, it } from 'vitest'
import { findBlocks } from './lines.js'
import { sentenceText } from './normalize.js'
import { rejoinBrokenParagraphs } from './rejoin-broken-paragraphs.js'

/** The paragraphs of `text` after rejoining, as folded text. */
function rejoined(text: string): string[] {
  return rejoinBrokenParagraphs(text, findBlocks(text)).map(({ start, end }) => sentenceText(text.slice(start, end)))
}

describe('rejoinBrokenParagraphs', () => {
  it('joins a paragraph broken mid-sentence (seed, section 3)', () => {
    const text = 'the integration of innovative new technologies needs to be enabled;\n\ninfrastructure, standards and policies might need to be developed.'
    expect(rejoined(text)).toEqual([
      'the integration of innovative new technologies needs to be enabled; infrastructure, standards and policies might need to be developed.',
    ])
  })

  it('joins after a comma when the next paragraph is no list item (seed, 4.5)', () => {
    const text = 'industry cloud and industrial operating systems,\n\nplays an important role in the development of NIR.'
    expect(rejoined(text)).toHaveLength(1)
  })

  it('keeps the lead-in and the list items of 4.6 apart, but joins a broken last item', () => {
    const text = [
      '**Objective:** In line with relevant existing multilateral treaties, including the TRIPs Agreement, G20 nations',
      'reiterate the relationship between IPR protection and technological innovation among G20 members,',
      'promote voluntary knowledge sharing and voluntary technology transfer, and',
      'recognize that enterprises are free to base technology transfer decisions on business and market',
      'considerations, and are free to independently negotiate.',
    ].join('\n\n')
    expect(rejoined(text)).toEqual([
      'Objective: In line with relevant existing multilateral treaties, including the TRIPs Agreement, G20 nations',
      'reiterate the relationship between IPR protection and technological innovation among G20 members,',
      'promote voluntary knowledge sharing and voluntary technology transfer, and',
      'recognize that enterprises are free to base technology transfer decisions on business and market considerations, and are free to independently negotiate.',
    ])
  })

  it('keeps paragraphs that end on purpose or start with a capital', () => {
    expect(rejoined('First ends.\n\nsecond starts low.')).toHaveLength(2)
    expect(rejoined('Objective:\n\ndiscuss trends.')).toHaveLength(2)
    expect(rejoined('No stop here\n\nBut a capital.')).toHaveLength(2)
  })

  it('keeps list items ending in ";" or ", or"', () => {
    expect(rejoined('members shall:\n\nshare knowledge;\n\nexchange staff; or\n\nmeet.')).toHaveLength(4)
  })

  it('joins only blocks the caller marks as paragraphs', () => {
    const text = '# Heading without stop\n\nlowercase text.'
    const blocks = findBlocks(text).map((span, index) => ({ ...span, heading: index === 0 }))
    expect(rejoinBrokenParagraphs(text, blocks, (block) => !block.heading)).toHaveLength(2)
  })
})
