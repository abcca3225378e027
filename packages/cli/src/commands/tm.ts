import { createTranslationMemory, type Language, type TranslationMemoryMatch } from '@duiqi/core'
import type { CommandIo } from '../io.js'
import { loadCorpus } from '../load-corpus.js'

export interface TmCommandOptions {
  readonly format: 'table' | 'json'
  readonly corpus?: string
  readonly language?: Language
  readonly threshold: number
  readonly limit: number
}

/** `duiqi tm SENTENCE`: the corpus beads closest to a new sentence, with match percentage and translation. */
export async function runTm(sentence: string, options: TmCommandOptions, io: CommandIo): Promise<void> {
  const corpus = await loadCorpus(options.corpus, io)
  const matches = createTranslationMemory(corpus).lookup(sentence, {
    threshold: options.threshold,
    limit: options.limit,
    ...(options.language === undefined ? {} : { language: options.language }),
  })
  io.stdout(options.format === 'json' ? `${JSON.stringify(matches, null, 2)}\n` : formatMatches(matches, options.threshold))
}

function formatMatches(matches: readonly TranslationMemoryMatch[], threshold: number): string {
  if (matches.length === 0) return `No match at ${Math.round(threshold * 100)}% or better. Lower it with --threshold.\n`
  const lines: string[] = []
  for (const match of matches) {
    const [source, translation]: readonly [Language, Language] = match.language === 'zh' ? ['zh', 'en'] : ['en', 'zh']
    lines.push(`${Math.round(match.score * 100)}%  ${match.id}  section ${match.section}`)
    lines.push(`  ${source}  ${match[source]}`)
    lines.push(`  ${translation}  ${match[translation]}`, '')
  }
  return lines.join('\n')
}
