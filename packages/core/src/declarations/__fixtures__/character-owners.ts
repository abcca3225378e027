import { collectSentences } from '../../corpus/corpus.js'
import type { Document, Sentence } from '../../model/schemas.js'

/** Offsets of a declaration's characters that no part of the document holds, or that two hold. */
export interface CharacterOwners {
  /** Non-white-space offsets in no sentence, note (text, number, marker) or skipped span. */
  readonly lost: number[]
  /** Offsets held twice: by two notes, a note and a skipped span, or two sentences. */
  readonly doubled: number[]
  /** Sentences whose text is not their span's own characters (white space aside). */
  readonly misread: Sentence[]
}

/**
 * Checks that every character of a declaration lands in exactly one place: a sentence (of a paragraph
 * or a heading), a note (its text, its number or its marker) or a skipped span (page furniture), and
 * that each sentence's text is made of its span's own characters — those no note or skipped span takes.
 */
export function characterOwners(document: Document): CharacterOwners {
  const text = document.text
  const aside = new Int32Array(text.length)
  const spansAside = [
    ...document.skipped,
    ...(document.notes ?? []).flatMap((note) => [note, ...(note.label ? [note.label] : []), ...(note.marker ? [note.marker] : [])]),
  ]
  for (const span of spansAside) for (let offset = span.start; offset < span.end; offset++) aside[offset]! += 1
  const inSentences = new Int32Array(text.length)
  const misread: Sentence[] = []
  for (const sentence of collectSentences(document)) {
    let own = ''
    for (let offset = sentence.start; offset < sentence.end; offset++) {
      if (aside[offset] !== 0) continue
      inSentences[offset]! += 1
      own += text[offset]
    }
    if (own.replace(/\s+/g, '') !== sentence.text.replace(/\s+/g, '')) misread.push(sentence)
  }
  const lost: number[] = []
  const doubled: number[] = []
  for (let offset = 0; offset < text.length; offset++) {
    if (/\s/.test(text[offset]!)) continue
    const owners = aside[offset]! + inSentences[offset]!
    if (owners === 0) lost.push(offset)
    if (owners > 1) doubled.push(offset)
  }
  return { lost, doubled, misread }
}
