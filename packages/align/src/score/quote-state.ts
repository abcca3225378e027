/** Chinese quotation marks that open and close a quotation. */
const ZH_OPEN = new Set([...'“「『'])
const ZH_CLOSE = new Set([...'”」』'])

/**
 * English quotation marks, double or single: opening before a word (after a space, a bracket or a
 * dash, or at the start), closing after a word or punctuation (before a space, a dash or the end).
 * A single closing mark counts only after punctuation, where it cannot end a plural possessive ("boys'").
 */
const EN_MARK = /(^|[\s(—–-])(['‘“"])(?=\S)|(\S)(['’”"])(?=[\s—–)-]|$)/g

/** Punctuation after which a single quote closes a quotation. */
const CLOSING_PUNCTUATION = /[.,!?;:…—–-]/

/**
 * Per sentence: 1 when a quotation is still open after it (speech that goes on into the next
 * sentence), else 0. Translators keep quoted speech quoted, so a true bead boundary falls inside a
 * quotation on both sides or on neither.
 */
export function quoteStates(sentences: readonly string[], language: 'zh' | 'en'): Uint8Array {
  const states = new Uint8Array(sentences.length)
  let open = false
  sentences.forEach((text, index) => {
    open = language === 'zh' ? chineseQuoteOpen(text, open) : englishQuoteOpen(text, open)
    states[index] = open ? 1 : 0
  })
  return states
}

function chineseQuoteOpen(text: string, open: boolean): boolean {
  let state = open
  for (const character of text) {
    if (ZH_OPEN.has(character)) state = true
    else if (ZH_CLOSE.has(character)) state = false
  }
  return state
}

function englishQuoteOpen(text: string, open: boolean): boolean {
  let state = open
  for (const match of text.matchAll(EN_MARK)) {
    if (match[2] !== undefined) state = true
    else if (match[4] === '"' || match[4] === '”' || CLOSING_PUNCTUATION.test(match[3] ?? '')) state = false
  }
  return state
}
