import type * as Segmentit from 'segmentit'
import { splitHanWindows, type WindowLimits, type WordDictionary } from './han-windows.js'
import { textArgumentSchema } from '../model/argument-schemas.js'
import { parseArgument } from '../parse-argument.js'

/**
 * Terms that segmentit's Pangu dictionary lacks or splits wrongly (物联网 as 物/联网), added as
 * nouns: words that policy and technical texts use as one unit and translators render as one.
 */
export const chineseDomainTerms: readonly string[] = [
  '物联网',
  '二十国集团',
  '新工业革命',
  '工业革命',
  '中小企业',
  '知识产权',
  '智能制造',
  '发展中国家',
  '发达国家',
  '数字经济',
  '人工智能',
  '大数据',
  '云计算',
  '区块链',
  '供应链',
  '价值链',
  '可持续发展',
  '基础设施',
  '互联网',
  '射电望远镜',
]

/** segmentit's part-of-speech mask for a noun. */
const NOUN_TAG = '0x100000'

/** Frequency given to the added terms: high enough that the dictionary optimizer keeps them whole. */
const DOMAIN_TERM_FREQUENCY = 100_000

/** Runs of Han characters, of Latin letters and digits (G20, 4.0, IoT), and everything else. */
const RUN_PATTERN = /(\p{Script=Han}+)|([A-Za-z0-9]+(?:[.\-+][A-Za-z0-9]+)*)/gu

/**
 * How much of a Han run segmentit sees at once. segmentit's DictTokenizer enumerates every
 * segmentation of its input and scores them all, so its time grows exponentially with the run
 * (36 × 哈 took 4.6 s, an ordinary 60-character clause 19 s) and its recursion overflows the stack on
 * thousands of characters. A window holds at most 48 UTF-16 units and at most 128 segmentations; one
 * window then takes a few milliseconds whatever the text (measured: under 5 ms on runs of 一, of 哈,
 * of a term repeated and of prose without punctuation), and segmenting is linear in the run (about
 * 25–50 µs a character on such runs; `pnpm bench`). Against unbounded segmentit on every Han run of
 * the MAC-Dev chapters and the plan (all under 40 characters), 1 word in 24,449 differs; a limit of
 * 64 segmentations makes it 5 words, and 256 as few as 128 at 1.6 times the time.
 */
export const hanWindowLimits: WindowLimits = { maxLength: 48, maxSegmentations: 128 }

type Segmenter = Segmentit.Segment

let segmenter: Segmenter | undefined
let dictionary: WordDictionary | undefined

/**
 * Splits Chinese text into words with segmentit (Pangu dictionary) plus {@link chineseDomainTerms}.
 * Punctuation and white space are dropped; a run of Latin letters and digits (G20, IoT, 4.0) is one
 * word. The words of a Han run spell the run exactly. A long run is cut at the word boundaries of
 * forward maximum matching (longest dictionary word first) into windows within
 * {@link hanWindowLimits}, and segmentit segments each window, so time is linear in the text and
 * memory bounded whatever the text (哈哈哈…, classical text, a term repeated). The dictionary loads on
 * the first call (about 0.3 s), not on import.
 *
 * @example segmentChineseWords('二十国集团推动物联网发展。') // ['二十国集团', '推动', '物联网', '发展']
 */
export function segmentChineseWords(text: string): string[] {
  parseArgument(textArgumentSchema, text, 'text')
  const words: string[] = []
  for (const match of text.matchAll(RUN_PATTERN)) {
    const [, han, latin] = match
    if (latin !== undefined) words.push(latin)
    else if (han !== undefined) for (const word of segmentHan(han)) words.push(word)
  }
  return words
}

function segmentHan(han: string): string[] {
  if (han.length === 1) return [han]
  const segment = getSegmenter()
  const words: string[] = []
  for (const window of splitHanWindows(han, getDictionary(segment), hanWindowLimits)) {
    // A window over the limits is one dictionary word, kept whole.
    if (window.text.length === 1 || window.segmentations > hanWindowLimits.maxSegmentations) words.push(window.text)
    else for (const word of segment.doSegment(window.text, { simple: true })) words.push(word)
  }
  return words
}

/** segmentit's own word list (its Pangu dictionaries and the domain terms), as forward maximum matching reads it. */
function getDictionary(segment: Segmenter): WordDictionary {
  if (dictionary === undefined) {
    const byLength = segment.getDict('TABLE2')
    const lengths = Object.keys(byLength).map(Number).sort((a, b) => b - a)
    dictionary = { lengths, has: (word) => word in (byLength[word.length] ?? {}) }
  }
  return dictionary
}

/** The part of Node's `module` builtin used to load segmentit on demand. */
interface ModuleBuiltin {
  createRequire(url: string): (id: string) => unknown
}

/**
 * Loads segmentit (CommonJS) on first use rather than on import: its inlined dictionaries take about
 * 90 ms to load, which every `import('@duiqi/core')` would otherwise pay. Uses Node's
 * `process.getBuiltinModule` so core keeps no `node:` import.
 */
function requireSegmentit(): typeof Segmentit {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
  const builtin = host.process?.getBuiltinModule?.('module') as ModuleBuiltin | undefined
  if (builtin === undefined) {
    throw new Error('segmentChineseWords needs Node.js 20.16 or later (process.getBuiltinModule) to load segmentit.')
  }
  // ImportMeta.url is typed by @types/node, which core does not use.
  const here = (import.meta as ImportMeta & { url: string }).url
  const loaded = builtin.createRequire(here)('segmentit') as typeof Segmentit & { default?: typeof Segmentit }
  return typeof loaded.Segment === 'function' ? loaded : (loaded.default ?? loaded)
}

function getSegmenter(): Segmenter {
  if (segmenter === undefined) {
    const api = requireSegmentit()
    segmenter = api.useDefault(new api.Segment())
    const lines = chineseDomainTerms.map((term) => `${term}|${NOUN_TAG}|${DOMAIN_TERM_FREQUENCY}`)
    segmenter.loadDict(lines.join('\n'))
  }
  return segmenter
}
