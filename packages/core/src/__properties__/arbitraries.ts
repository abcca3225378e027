import fc from 'fast-check'

/** Pieces that stress sentence splitting: both scripts' punctuation, quotes, brackets, abbreviations, decimals. */
const PIECES = [
  'a', 'B', 'x', 'the', 'No', 'i.e', 'e.g', 'Mr', 'U.S', 'R&D', '4.0', '2030', 'G20', 'IoT',
  '.', '. ', '!', '?', '...', '…', ',', ';', ':', '(', ')', '"', '“', '”', '‘', '’', '「', '」',
  '中', '国', '新工业革命', '。', '！', '？', '；', '，', '（', '）', '……', '1．', '一、',
  ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u3000', '\u00a0',
  '😀', '𠀀', '\u200f', '\u202e', '\u0007', '\u0000', '<', '&', '>', '#', '**', '## ', ' #### ', ' # ',
  '\u0085', '\u2028', '\u2029', '\f', '——', '呢!', 'a?b',
]

/** Random text assembled from stress pieces, up to a few hundred characters. */
export const stressText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 120 })
  .map((pieces) => pieces.join(''))

/** Random text with at least one non-white-space character. */
export const nonBlankStressText = stressText.filter((text) => /\S/.test(text))

/** Seeded and large enough to matter; the seed makes failures reproducible. */
export const PROPERTY_RUNS = { numRuns: 300, seed: 20_161_004 } as const
