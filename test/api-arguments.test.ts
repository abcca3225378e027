import * as alignApi from '@duiqi/align'
import * as coreApi from '@duiqi/core'
import { InvalidInputError } from '@duiqi/core'
import * as dataApi from '@duiqi/data'
import { describe, expect, it } from 'vitest'

// Every public function of core, align and data, called with null, a number, a wrong-shaped object,
// arrays with holes and bad option values: each must throw InvalidInputError whose `argument` names
// the argument (or the field inside it). The table is checked against the exports, so a new export
// without an entry here fails.

const { nirActionPlan } = dataApi
const records = coreApi.corpusRecords(nirActionPlan)
const units = coreApi.translationUnits(records)
const firstSection = nirActionPlan.source.children[0]!

/** One argument of a function: its name, a valid value, and bad values with the argument each must be reported as. */
interface Parameter {
  readonly name: string
  readonly valid: unknown
  readonly bad: ReadonlyArray<readonly [value: unknown, argument: string]>
}

/** A sparse array: a hole at index 1. */
function withHole<T>(first: T, last: T): T[] {
  const array = [first, last, last]
  delete array[1]
  return array
}

const text = (name: string, valid: unknown = 'SMEs and 中小企业 grow.'): Parameter => ({
  name,
  valid,
  bad: [
    [null, name],
    [123, name],
    [{ text: 'x' }, name],
    [['a'], name],
  ],
})
const language = (name = 'language'): Parameter => ({ name, valid: 'en', bad: [[null, name], ['fr', name], [1, name]] })
const texts = (name: string): Parameter => ({
  name,
  valid: ['Hello.', 'World.'],
  bad: [
    [null, name],
    [7, name],
    [withHole('a', 'b'), `${name}[1]`],
    [['a', 2], `${name}[1]`],
  ],
})
const corpus: Parameter = {
  name: 'corpus',
  valid: nirActionPlan,
  bad: [
    [null, 'corpus'],
    [1, 'corpus'],
    [{ id: 'x' }, 'corpus.data'],
    [nirActionPlan.data, 'corpus.data'],
  ],
}
const list = (name: string, valid: unknown[], wrongItem: unknown = { id: 1 }): Parameter => ({
  name,
  valid,
  bad: [
    [null, name],
    [3, name],
    [{ length: 1 }, name],
    [withHole(valid[0], valid[0]), `${name}[1]`],
    [[wrongItem], `${name}[0]`],
  ],
})
const object = (name: string, valid: unknown, wrongShape: unknown, wrongField: string): Parameter => ({
  name,
  valid,
  bad: [
    [null, name],
    [5, name],
    [wrongShape, wrongField],
  ],
})
const bytes = (name: string): Parameter => ({ name, valid: new TextEncoder().encode('Hello.'), bad: [[null, name], ['Hello.', name], [[72, 105], name]] })
const fn = (name: string, valid: unknown): Parameter => ({ name, valid, bad: [[null, name], [1, name], ['f', name]] })
const number = (name: string): Parameter => ({ name, valid: 0.5, bad: [[null, name], ['0.5', name], [Number.NaN, name]] })
const count = (name: string): Parameter => ({ name, valid: 1, bad: [[null, name], ['1', name], [-1, name], [1.5, name]] })
/** An optional options object: absent is fine; null, a string, and each bad field are not. */
const options = (bad: ReadonlyArray<readonly [value: unknown, argument: string]> = []): Parameter => ({
  name: 'options',
  valid: undefined,
  bad: [[null, 'options'], ['fast', 'options'], [7, 'options'], ...bad],
})
const readerOptions = (extra: object = {}): Parameter => ({
  name: 'options',
  valid: { id: 'doc', sourceFile: 'doc.txt', ...extra },
  bad: [
    [null, 'options'],
    [undefined, 'options'],
    [{ id: '', sourceFile: 'x', ...extra }, 'options.id'],
    [{ id: 'doc', sourceFile: 3, ...extra }, 'options.sourceFile'],
  ],
})

const beadPairs = [{ source: [0], target: [0] }]
const sentenceOptions: ReadonlyArray<readonly [unknown, string]> = [
  [{ lexicon: 'no' }, 'options.lexicon'],
  [{ scorers: [null] }, 'options.scorers[0]'],
  [{ scorers: [{ name: 'x', score: 1 }] }, 'options.scorers[0].score'],
  [{ sourceLanguage: 'fr' }, 'options.sourceLanguage'],
  [{ onProgress: 'x' }, 'options.onProgress'],
]

/** The parameters of every public function, in order. */
const FUNCTIONS: Record<string, readonly Parameter[]> = {
  // @duiqi/core
  beadText: [object('bead', { zh: ['中'], en: ['x'] }, { zh: 'x', en: [] }, 'bead.zh'), language()],
  checkBeads: [list('beads', [{ source: [0], target: [0], score: 1 }], { source: 0, target: [0], score: 1 }), count('sourceCount'), count('targetCount')],
  clausePieces: [text('text'), object('span', { start: 0, end: 5 }, { start: 'a', end: 5 }, 'span.start'), language()],
  cutDocumentSentences: [
    object('document', nirActionPlan.source, { ...nirActionPlan.source, children: 3 }, 'document.children'),
    { name: 'cuts', valid: new Map(), bad: [[null, 'cuts'], [[[0, [1]]], 'cuts'], [new Map([[0, [0]]]), 'cuts[0]']] },
  ],
  collectSentences: [object('document', nirActionPlan.source, { ...nirActionPlan.source, children: 3 }, 'document.children')],
  concordance: [corpus, text('term', 'SMEs'), options([[{ width: -1 }, 'options.width'], [{ sort: 'up' }, 'options.sort']])],
  corpusFromRecords: [list('records', records), options([[{ id: 4 }, 'options.id']])],
  corpusRecords: [corpus],
  createCorpus: [object('data', nirActionPlan.data, { ...nirActionPlan.data, sections: 'x' }, 'data.sections')],
  createRelatedIndex: [list('passages', [{ document: 'd', paragraph: 'p', text: 'SMEs grow.' }])],
  createSearchIndex: [corpus, options([[{ segmentation: 'chars' }, 'options.segmentation']])],
  createTranslationMemory: [corpus],
  detectLanguage: [text('text')],
  englishWordForm: [text('word', 'SMEs')],
  englishWords: [text('text')],
  findTermOccurrences: [text('text'), text('term', 'SMEs'), language()],
  formatHuggingFaceJsonl: [list('units', units)],
  formatJsonl: [list('records', records)],
  formatMoses: [list('units', units)],
  formatTbx: [list('entries', [...nirActionPlan.glossary]), options([[{ zhTag: 3 }, 'options.zhTag']])],
  formatTmx: [list('units', units), options([[{ sourceLanguage: 'fr' }, 'options.sourceLanguage']])],
  formatTsv: [list('records', records)],
  functionSchema: [text('description', 'a callback')],
  fuzzyMatchScore: [text('a'), text('b'), language()],
  isPlausibleLanguage: [text('text'), language()],
  languageName: [text('code', 'fra')],
  looksLikeOutline: [text('text'), language()],
  looksLikeAcronym: [text('term', 'SMEs')],
  parseArgument: [object('schema', coreApi.languageSchema, { parse: 1 }, 'schema')],
  readChineseOutline: [text('text', '一、总则\n内容。\n'), readerOptions()],
  readDeclaration: [text('text', '# Title\n\nText.\n'), readerOptions()],
  readEnglishOutline: [text('text', '# 1. Title\n\nText.\n'), readerOptions()],
  readHuggingFaceJsonl: [text('text', '')],
  chooseLanguage: [text('text', 'Hello.'), { name: 'given', valid: undefined, bad: [['fr', 'given'], [1, 'given']] }, { name: 'declared', valid: undefined, bad: [[1, 'declared']] }, text('argument', 'source')],
  formatBilingualDocx: [list('units', units), options([[{ scores: 'yes' }, 'options.scores'], [{ sourceLanguage: 'fr' }, 'options.sourceLanguage']])],
  formatBilingualHtml: [list('units', units), options([[{ title: 3 }, 'options.title']])],
  decodeBytes: [bytes('bytes'), options([[{ encoding: 5 }, 'options.encoding']])],
  detectFormat: [bytes('bytes'), text('fileName', 'a.txt')],
  readDocx: [bytes('bytes'), readerOptions()],
  readEpub: [bytes('bytes'), readerOptions()],
  readPdf: [bytes('bytes'), readerOptions()],
  readFile: [bytes('bytes'), readerOptions()],
  readHtml: [text('html', '<p>Hello.</p>'), readerOptions({ language: 'en' })],
  readText: [text('text', 'Hello.'), readerOptions({ language: 'en', read: 'auto' })],
  sourcePosition: [object('document', nirActionPlan.source, { type: 'document', text: 1 }, 'document.text'), count('offset')],
  textFormat: [{ name: 'detected', valid: 'text', bad: [[null, 'detected'], ['pdf', 'detected']] }, text('text', 'Hello.')],
  readJsonl: [text('text', '')],
  readJsonlCorpus: [text('text', coreApi.formatJsonl(records)), options([[{ sourceLanguage: 'fr' }, 'options.sourceLanguage']])],
  readMoses: [text('zh', 'a\n'), text('en', 'b\n')],
  readPlainText: [text('text', 'Hello.'), readerOptions({ language: 'en' })],
  readPresplit: [text('text', 'Hello.'), readerOptions({ language: 'en' })],
  readTbx: [text('text', '<martif><text><body></body></text></martif>')],
  readTmx: [text('text', '<tmx version="1.4"><body></body></tmx>')],
  readXliff: [text('text', '<xliff version="1.2"></xliff>')],
  readTsv: [text('text', 'zh\ten\n')],
  segmentChineseWords: [text('text', '中小企业')],
  sentenceText: [text('raw')],
  splitSentences: [text('text'), language()],
  termForms: [object('entry', nirActionPlan.glossary[0], { zh: 1 }, 'entry.id'), language()],
  translationUnits: [list('records', records)],
  // @duiqi/align
  align: [
    text('source', '中小企业发展。'),
    text('target', 'SMEs grow.'),
    options([
      [{ maxSentences: 'x' }, 'options.maxSentences'],
      [{ maxSentences: 0 }, 'options.maxSentences'],
      [{ read: 'bogus' }, 'options.read'],
      [{ sourceLanguage: 'fr' }, 'options.sourceLanguage'],
      [{ onSwapped: 'flip' }, 'options.onSwapped'],
      [{ onWarning: 'log' }, 'options.onWarning'],
      [{ id: '' }, 'options.id'],
      [{ sentences: { lexicon: 'no' } }, 'options.sentences.lexicon'],
    ]),
  ],
  alignDocuments: [
    object('source', nirActionPlan.source, { ...nirActionPlan.source, children: [null] }, 'source.children[0]'),
    object('target', nirActionPlan.target, { ...nirActionPlan.target, language: 'fr' }, 'target.language'),
    options([
      [{ headingSimilarity: 1 }, 'options.headingSimilarity'],
      [{ title: 2 }, 'options.title'],
      [{ sentences: { ecdict: 1 } }, 'options.sentences.ecdict'],
    ]),
  ],
  alignSections: [list('source', [firstSection]), list('target', [firstSection]), options([[{ headingSimilarity: 'x' }, 'options.headingSimilarity']])],
  alignSentences: [texts('source'), texts('target'), options(sentenceOptions)],
  cedictLoadMilliseconds: [],
  checkTermConsistency: [corpus, list('glossary', [...nirActionPlan.glossary])],
  componentSimilarity: [object('parts', { length: 0.5 }, { length: 'x' }, 'parts.length'), list('extraScorers', [{ name: 'x', weight: 1 }], { name: 1 })],
  extractTerminology: [corpus, options([[{ minFrequency: 0 }, 'options.minFrequency'], [{ limit: 'all' }, 'options.limit']])],
  findAcronymDefinitions: [texts('texts')],
  formatBeads: [list('beads', beadPairs)],
  judgeConfidence: [list('beads', [{ correct: true, score: 0.5 }])],
  loadCedict: [],
  parseBeads: [text('text', '[0]:[0]\n')],
  scoreAlignment: [list('gold', beadPairs), list('auto', beadPairs), object('verses', undefined, { source: [1], target: [] }, 'verses.source[0]')],
  // @duiqi/data
  relatedPassages: [text('sectionId', '4.2'), options([[{ limit: 0 }, 'options.limit']])],
  sectionText: [corpus, text('sectionId', '4.2')],
}

/** Functions that take untrusted values on purpose and answer with their own typed error. */
const OWN_CONTRACT: Record<string, string> = {
  parseCorpus: 'throws SchemaMismatchError naming the field (tested in parse-corpus.test.ts)',
  safeParseCorpus: 'returns { success: false, error } for any value',
}

function publicFunctions(api: object): string[] {
  return Object.entries(api)
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
    .map(([name]) => name)
}

const ALL = { ...coreApi, ...alignApi, ...dataApi } as unknown as Record<string, (...args: unknown[]) => unknown>

/** Calls `run` and returns the InvalidInputError it throws (failing when it throws anything else or nothing). */
function invalidInput(run: () => unknown): InvalidInputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InvalidInputError) return error
    throw new Error(`threw ${(error as Error).name}: ${(error as Error).message}`, { cause: error })
  }
  throw new Error('did not throw')
}

describe('every public function checks its arguments', () => {
  it('the table covers every exported function', () => {
    const exported = [...publicFunctions(coreApi), ...publicFunctions(alignApi), ...publicFunctions(dataApi)].sort()
    const covered = [...Object.keys(FUNCTIONS), ...Object.keys(OWN_CONTRACT)].sort()
    expect(covered).toEqual([...new Set(exported)].sort())
  })

  for (const [name, parameters] of Object.entries(FUNCTIONS)) {
    parameters.forEach((parameter, position) => {
      for (const [value, argument] of parameter.bad) {
        it(`${name}: ${parameter.name} = ${describeValue(value)} → InvalidInputError(${argument})`, () => {
          const args = parameters.map((other, index) => (index === position ? value : other.valid))
          const error = invalidInput(() => ALL[name]!(...args))
          // The argument itself, or a field inside it (`records[0]` may be reported as `records[0].id`).
          expect(error.argument === argument || error.argument.startsWith(`${argument}.`), `${error.argument} names ${argument}`).toBe(true)
          expect(error.message).toMatch(new RegExp(`^Expected \`${escape(error.argument)}\` .+, received .+\\.`))
        })
      }
    })
  }
})

describe('methods of the objects the API returns check their arguments', () => {
  const index = coreApi.createSearchIndex(nirActionPlan)
  const memory = coreApi.createTranslationMemory(nirActionPlan)
  const related = coreApi.createRelatedIndex([{ document: 'd', paragraph: 'p', text: 'SMEs grow.' }])
  const calls: ReadonlyArray<readonly [string, () => unknown, string]> = [
    ['corpus.section(null)', () => nirActionPlan.section(null as never), 'id'],
    ['corpus.bead(3)', () => nirActionPlan.bead(3 as never), 'id'],
    ["corpus.sentences('fr')", () => nirActionPlan.sentences('fr' as never), 'language'],
    ['index.search(null)', () => index.search(null as never), 'query'],
    ["index.search('SMEs', { limit: 'x' })", () => index.search('SMEs', { limit: 'x' as never }), 'options.limit'],
    ['memory.lookup(42)', () => memory.lookup(42 as never), 'sentence'],
    ['memory.lookup(\'x\', null)', () => memory.lookup('x', null as never), 'options'],
    ['related.related(undefined)', () => related.related(undefined as never), 'query'],
    ['nirActionPlan.related(null)', () => nirActionPlan.related(null as never), 'sectionId'],
  ]
  for (const [label, run, argument] of calls) {
    it(`${label} → InvalidInputError(${argument})`, () => {
      expect(invalidInput(run).argument).toBe(argument)
    })
  }
})

describe('the messages say what was expected and what came', () => {
  it('names the option, the type expected and the value received', () => {
    const error = invalidInput(() => alignApi.align('中文。', 'English.', { maxSentences: 'x' as never }))
    expect(error.message).toBe('Expected `options.maxSentences` to be a number, received the string "x". See `AlignOptions`: e.g. `{ read: "presplit", sourceLanguage: "zh" }`.')
  })

  it('names the hole in an array', () => {
    const error = invalidInput(() => alignApi.alignSentences(withHole('a', 'b'), ['b']))
    expect(error.message).toMatch(/^Expected `source\[1\]` to be a string, received nothing \(undefined, or a hole in an array\)\./)
  })

  it('lists the values an enum accepts', () => {
    const error = invalidInput(() => alignApi.align('中文。', 'English.', { read: 'bogus' as never }))
    expect(error.message).toMatch(/^Expected `options.read` to be one of "auto", "presplit", "outline", "plain", received the string "bogus"\./)
  })
})

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.length > 2 ? `[${value.length} items${1 in value ? '' : ', hole'}]` : JSON.stringify(value) ?? 'array'
  if (typeof value === 'object' && value !== null) return '{…}'
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
