import { type Command, Option } from 'commander'
import { runConcord, type ConcordCommandOptions } from './commands/concord.js'
import { runSearch, type SearchCommandOptions } from './commands/search.js'
import { runTerms, type TermsCommandOptions } from './commands/terms.js'
import { runTm, type TmCommandOptions } from './commands/tm.js'
import type { CommandIo } from './io.js'
import { parsePositiveInteger, parseShare, SHARE_HELP } from './parse-number-option.js'

export const CORPUS_HELP = 'a corpus made by `duiqi align --format jsonl` (or --format json) instead of the built-in one'

/** `--format table|json`, shared by the commands that print results for people or for programs. */
function formatOption(): Option {
  return new Option('--format <format>', 'table for people, json (an array) for programs').choices(['table', 'json']).default('table')
}

function languageOption(what: string): Option {
  return new Option('--language <lang>', `language of the ${what} (default: detected; any Han character means zh)`).choices(['zh', 'en'])
}

/** Adds the translation-study commands: search, concord, tm, terms. */
export function addStudyCommands(program: Command, io: CommandIo): void {
  addSearchCommand(program, io)
  addConcordCommand(program, io)
  addTmCommand(program, io)
  addTermsCommand(program, io)
}

function addSearchCommand(program: Command, io: CommandIo): void {
  program
    .command('search')
    .description('Bilingual full-text search over the beads (BM25), Chinese or English query; the glossary translation of the query is searched on the other side too.')
    .argument('<query>', 'a word or phrase, in Chinese or English')
    .addOption(formatOption())
    .addOption(languageOption('query: the side searched'))
    .option('--section <id>', 'only this section and its subsections (4 finds 4.1 … 4.7)')
    .option('--limit <n>', 'most hits shown', parsePositiveInteger, 20)
    .option('--no-expand', 'search only the query itself, not its glossary translation')
    .option('--corpus <file>', CORPUS_HELP)
    .addHelpText('after', `
Examples:
  $ duiqi search 中小企业
  $ duiqi search "intellectual property" --format json
  $ duiqi search standards --section 4.4`)
    .action(async (query: string, options: SearchCommandOptions) => {
      await runSearch(query, options, io)
    })
}

function addConcordCommand(program: Command, io: CommandIo): void {
  program
    .command('concord')
    .description('Keyword in context: each occurrence of a word or phrase with its context and the aligned translation.')
    .argument('<term>', 'a word or phrase, in Chinese or English (English ignores case and plural)')
    .addOption(formatOption())
    .addOption(languageOption('term'))
    .option('--section <id>', 'only this section and its subsections')
    .option('--width <n>', 'characters of context on each side (default 40 English, 20 Chinese)', parsePositiveInteger)
    .addOption(new Option('--sort <order>', 'order of the lines').choices(['document', 'left', 'right']).default('document'))
    .option('--corpus <file>', CORPUS_HELP)
    .addHelpText('after', `
Examples:
  $ duiqi concord SMEs
  $ duiqi concord 知识产权 --sort right`)
    .action(async (term: string, options: ConcordCommandOptions) => {
      await runConcord(term, options, io)
    })
}

function addTmCommand(program: Command, io: CommandIo): void {
  program
    .command('tm')
    .description('Translation memory: the corpus sentences closest to a new sentence, with a CAT-style match percentage and their translation.')
    .argument('<sentence>', 'a sentence in Chinese or English')
    .addOption(formatOption())
    .addOption(languageOption('sentence'))
    .option('--threshold <share>', `lowest match kept: ${SHARE_HELP}; 1 alone is refused (1% or 100%?)`, parseShare, 0.7)
    .option('--limit <n>', 'most matches shown', parsePositiveInteger, 5)
    .option('--corpus <file>', CORPUS_HELP)
    .addHelpText('after', `
Examples:
  $ duiqi tm "Encourage members to establish platform to support SME digital transformation"
  $ duiqi tm 鼓励成员建立平台 --threshold 50%`)
    .action(async (sentence: string, options: TmCommandOptions) => {
      await runTm(sentence, options, io)
    })
}

function addTermsCommand(program: Command, io: CommandIo): void {
  program
    .command('terms')
    .description('Extract a bilingual glossary from the corpus (acronyms, phrases, words; co-occurrence, CC-CEDICT), or check its consistency.')
    .addOption(formatOption())
    .option('--limit <n>', 'most terms shown, best first', parsePositiveInteger)
    .option('--min-frequency <n>', 'fewest beads a pair must share unless CC-CEDICT confirms it', parsePositiveInteger, 2)
    .option('--no-cedict', 'do not load CC-CEDICT (faster, fewer confirmations)')
    .option('--check', 'report beads where a term is not translated by its counterpart, and terms with several renderings')
    .option('--corpus <file>', CORPUS_HELP)
    .addHelpText('after', `
Examples:
  $ duiqi terms --limit 30
  $ duiqi terms --format json > glossary.json
  $ duiqi terms --check
  $ duiqi export --format tbx --out glossary.tbx`)
    .action(async (options: TermsCommandOptions) => {
      await runTerms(options, io)
    })
}
