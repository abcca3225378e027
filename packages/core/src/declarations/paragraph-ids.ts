import type { ItemNumber } from './item-numbers.js'

/** Gives paragraphs their ids, following the numbering as it goes. */
export interface ParagraphNamer {
  /** The id of the next paragraph, which opens with `number` (if numbered). */
  paragraph(number: ItemNumber | undefined): string
  /** A heading was read: its decimal number ("1.2") heads the lettered items after it; other headings end the numbering. */
  heading(number: ItemNumber | undefined): void
}

/**
 * Paragraph ids keep the source's numbering: a numbered paragraph is `${documentId}:12a`, a lettered
 * item under it `${documentId}:22.a`, a roman item under that `${documentId}:2.1.c.i`; a paragraph
 * without a number (or whose id is taken) is `${documentId}:p${n}`, n counting all paragraphs from 0.
 */
export function createParagraphNamer(documentId: string): ParagraphNamer {
  const used = new Set<string>()
  let count = 0
  let numbered: string | undefined
  let letter: string | undefined
  const name = (key: string | undefined): string => {
    const ordinal = count++
    const id = key === undefined || used.has(key) ? `p${ordinal}` : key
    used.add(id)
    return `${documentId}:${id}`
  }
  return {
    paragraph(number) {
      if (number?.kind === 'numbered') {
        numbered = number.key
        letter = undefined
        return name(number.key)
      }
      if (number?.kind === 'letter') {
        letter = number.key
        return name(numbered === undefined ? undefined : `${numbered}.${number.key}`)
      }
      if (number?.kind === 'roman') {
        const parent = [numbered, letter].filter((part) => part !== undefined).join('.')
        return name(parent === '' ? undefined : `${parent}.${number.key}`)
      }
      return name(undefined)
    },
    heading(number) {
      numbered = number?.kind === 'numbered' ? number.key : undefined
      letter = undefined
    },
  }
}
