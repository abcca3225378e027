import {
  collectSentences,
  chooseLanguage,
  LimitExceededError,
  EmptyInputError,
  LanguageMismatchError,
  languageName,
  parseArgument,
  readText,
  documentShapeSchema,
  type AlignedCorpus,
  type Document,
  type Language,
} from '@duiqi/core'
import { z } from 'zod'
import { alignOptionsSchema, DEFAULT_MAX_SENTENCES, type AlignOptions, type ReadMode } from './align-options.js'
import { alignCheckedDocuments } from './sections/align-documents.js'
import { DEFAULT_SENTENCE_OPTIONS } from './sentences/align-options.js'

/** What `align` takes as each text: the text itself, or a document already read (by `readFile`, say). */
const textSchema = z.union([z.string(), documentShapeSchema])
const TEXT_HINT = 'Pass the text itself as a string (decoded as UTF-8), or a document from `readFile`, not a file name or a buffer.'

/**
 * Aligns a text with its translation, Chinese and English in either order: detects each language,
 * reads the structure (sections, parts, paragraphs, sentences) and aligns it level by level.
 *
 * @throws InvalidInputError when a text is not a string or an option is invalid (`argument` names it).
 * @throws EmptyInputError when a side holds no text.
 * @throws LanguageMismatchError when a side is neither Chinese nor English, or both are the same language.
 */
export function align(source: string | Document, target: string | Document, given: AlignOptions = {}): AlignedCorpus {
  parseArgument(textSchema, source, 'source', TEXT_HINT)
  parseArgument(textSchema, target, 'target', TEXT_HINT)
  const options = parseArgument(alignOptionsSchema, given, 'options', 'See `AlignOptions`: e.g. `{ read: "presplit", sourceLanguage: "zh" }`.')
  const sourceLanguage = detectSide('source', source, options.sourceLanguage)
  const targetLanguage = detectSide('target', target, options.targetLanguage)
  if (sourceLanguage !== targetLanguage && looksSwapped(sourceLanguage, targetLanguage, options)) {
    const message = `Expected ${languageName(options.sourceLanguage ?? targetLanguage)} as the source and ${languageName(options.targetLanguage ?? sourceLanguage)} as the target, detected the reverse.`
    if (options.onSwapped !== 'swap') {
      throw new LanguageMismatchError('source', options.sourceLanguage ?? targetLanguage, sourceLanguage, `${message} Swap the two files, or let duiqi swap them (\`onSwapped: 'swap'\`, \`--swap\`).`)
    }
    options.onWarning?.(`${message} Aligning them the other way round.`)
    const { sourceFile, targetFile, ...rest } = options
    return align(target, source, {
      ...rest,
      onSwapped: 'error',
      ...(targetFile === undefined ? {} : { sourceFile: targetFile }),
      ...(sourceFile === undefined ? {} : { targetFile: sourceFile }),
    })
  }
  if (sourceLanguage === targetLanguage) {
    const other = sourceLanguage === 'zh' ? 'en' : 'zh'
    throw new LanguageMismatchError(
      'target',
      other,
      targetLanguage,
      `Both texts look ${languageName(sourceLanguage)}; duiqi aligns Chinese with English. Give the ${languageName(other)} translation as the other file.`,
    )
  }
  const mode = options.read ?? 'auto'
  const sourceDocument = readDocument(source, sourceLanguage, mode, 'source', options.sourceFile ?? 'source.txt')
  const targetDocument = readDocument(target, targetLanguage, mode, 'target', options.targetFile ?? 'target.txt')
  checkSize(sourceDocument, options.maxSentences ?? DEFAULT_MAX_SENTENCES)
  checkSize(targetDocument, options.maxSentences ?? DEFAULT_MAX_SENTENCES)
  const sentences = options.sentences ?? DEFAULT_SENTENCE_OPTIONS
  return alignCheckedDocuments(sourceDocument, targetDocument, {
    id: options.id ?? 'aligned',
    cutSentences: mode !== 'presplit' && (options.cutSentences ?? true),
    sentences: options.onProgress === undefined ? sentences : { ...sentences, onProgress: options.onProgress },
  })
}

function checkSize(document: Document, maxSentences: number): void {
  const count = collectSentences(document).length
  if (count <= maxSentences) return
  throw new LimitExceededError(
    maxSentences,
    count,
    `The ${document.id} text has ${count} sentences, more than the limit of ${maxSentences}. Align it in chapters, or raise the limit (\`maxSentences\`, \`--max-sentences\`) if you have the memory.`,
  )
}

function looksSwapped(source: Language, target: Language, options: AlignOptions): boolean {
  return (options.sourceLanguage !== undefined && options.sourceLanguage !== source) || (options.targetLanguage !== undefined && options.targetLanguage !== target)
}

/** A document's language; for a text, a stated language that the text can be in, else the one detected. */
function detectSide(argument: 'source' | 'target', text: string | Document, stated: Language | undefined): Language {
  if (typeof text !== 'string') return text.language
  if (text.trim() === '') {
    throw new EmptyInputError(argument, `The ${argument} text is empty; give a file with the text to align.`)
  }
  return chooseLanguage(text, undefined, stated, argument)
}

/** A text read as `mode` says; a document as it is. */
function readDocument(text: string | Document, language: Language, mode: ReadMode, id: string, sourceFile: string): Document {
  return typeof text === 'string' ? readText(text, { id, sourceFile, language, read: mode }) : text
}
