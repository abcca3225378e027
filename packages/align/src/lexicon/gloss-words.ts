import { englishContentWords } from './english-words.js'

/** A sense longer than this many content words is an explanation, not a translation; it only adds noise. */
const MAX_SENSE_CONTENT_WORDS = 4

/** Senses that point elsewhere or describe usage rather than translate. */
const SKIPPED_SENSE =
  /^(see |see also |variant of |old variant of |used in |abbr\. for |CL:|Taiwan pr\.|also pr\.|also written|erhua variant|surname |classifier |Kangxi radical)/i

/**
 * The stemmed English content words of a CC-CEDICT definition, one array per sense: cross-references
 * (`打傘|打伞[da3 san3]`), parenthesised notes, classifiers and pointer senses ("see …") removed.
 *
 * @example glossWords('to develop; development (of an idea)') // [['develo'], ['develo']]
 */
export function glossWords(definition: string | readonly string[]): string[][] {
  const senses = (typeof definition === 'string' ? [definition] : definition).flatMap((text) => text.split(/[;/]/))
  const words: string[][] = []
  for (const sense of senses) {
    const trimmed = sense.trim()
    if (trimmed === '' || SKIPPED_SENSE.test(trimmed)) continue
    const content = englishContentWords(stripNotes(trimmed))
    if (content.length > 0 && content.length <= MAX_SENSE_CONTENT_WORDS) words.push(content)
  }
  return words
}

function stripNotes(sense: string): string {
  return sense
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\S*\[[^\]]*\]/g, ' ')
    .replace(/\p{Script=Han}+/gu, ' ')
}
