import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * ECDICT's English → Chinese direction as the aligner reads it: for an English stem, the Chinese
 * translations of the words with that stem, to be found as substrings of Chinese words. It catches
 * the renderings CC-CEDICT's glosses miss ("cry" → 喊, "encourage" → 激励).
 * ECDICT is © Lin Wei (skywind3000) and contributors, MIT licence (https://github.com/skywind3000/ECDICT);
 * `scripts/build-lexicon.ts` derives the 50,000 most frequent words from it into `generated/`, by stem.
 */
export interface Ecdict {
  /** Chinese translations of the English words with this stem (as `stemEnglish` gives it); empty when unknown. */
  translations(stem: string): readonly string[]
  /** Number of stems with translations. */
  readonly size: number
}

const NONE: readonly string[] = []

/** The generated file, beside this module in the sources, or under `src/` seen from the bundle in `dist/`. */
const LEXICON_CANDIDATES = ['./generated/ecdict-lexicon.tsv', '../src/lexicon/generated/ecdict-lexicon.tsv']

let cached: Ecdict | undefined
let loadMilliseconds = 0

/**
 * The lexicon, read from `generated/ecdict-lexicon.tsv` on the first call and kept for the life of the
 * process. Empty when the file is missing, so alignment still works on CC-CEDICT alone.
 */
export function loadEcdict(): Ecdict {
  if (cached === undefined) {
    const started = performance.now()
    const file = LEXICON_CANDIDATES.map((candidate) => fileURLToPath(new URL(candidate, import.meta.url))).find((path) => existsSync(path))
    cached = createEcdict(file === undefined ? '' : readFileSync(file, 'utf8'))
    loadMilliseconds = performance.now() - started
  }
  return cached
}

/** How long the first {@link loadEcdict} took, in milliseconds (0 before it ran). */
export function ecdictLoadMilliseconds(): number {
  return loadMilliseconds
}

/**
 * Builds an {@link Ecdict} from the generated format: `#` comment lines, then one stem a line as
 * `stem TAB words TAB translations` (space-separated). A line is split on its first lookup only.
 */
export function createEcdict(text: string): Ecdict {
  const lines = new Map<string, string>()
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab > 0 && !line.startsWith('#')) lines.set(line.slice(0, tab), line)
  }
  const split = new Map<string, readonly string[]>()
  const translations = (stem: string): readonly string[] => {
    let found = split.get(stem)
    if (found === undefined) {
      const line = lines.get(stem)
      found = line === undefined ? NONE : (line.split('\t')[2] ?? '').split(' ').filter((translation) => translation !== '')
      split.set(stem, found)
    }
    return found
  }
  return { translations, size: lines.size }
}
