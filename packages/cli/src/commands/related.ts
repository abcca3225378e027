import { Option, type Command } from 'commander'
import type { RelatedPassage } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import type { CommandIo } from '../io.js'
import { parsePositiveInteger } from '../parse-number-option.js'
import { documentName, paragraphLabel } from '../view/render-sections.js'

export interface RelatedCommandOptions {
  readonly format: 'text' | 'json'
  readonly limit: number
}

/** Adds `duiqi related`. */
export function addRelatedCommand(program: Command, io: CommandIo): void {
  program
    .command('related')
    .description('See also: the paragraphs of the G7 Torino (2017) and G20 Trieste (2021) declarations most related to a section of the plan (BM25 over English words), with the shared terms as the reason.')
    .argument('<section>', 'a section id of the plan: title, 1, 2, 3, 4, 4.1 … 4.7 (4 covers 4.1 … 4.7)')
    .addOption(new Option('--format <format>', 'text for people, json (an array) for programs').choices(['text', 'json']).default('text'))
    .option('--limit <n>', 'most passages shown', parsePositiveInteger, 5)
    .addHelpText('after', `
Examples:
  $ duiqi related 4.2                    the declarations' paragraphs on SMEs
  $ duiqi related 1 --format json        [{"document":"g20-trieste-2021","paragraph":"g20-trieste-2021:p7","text":…,"score":…,"terms":[…]}]`)
    .action((section: string, options: RelatedCommandOptions) => {
      runRelated(section, options, io)
    })
}

/** `duiqi related SECTION`: prints the related passages as text or as a JSON array. */
export function runRelated(sectionId: string, options: RelatedCommandOptions, io: CommandIo): void {
  const passages = nirActionPlan.related(sectionId, { limit: options.limit })
  io.stdout(options.format === 'json' ? `${JSON.stringify(passages, null, 2)}\n` : formatPassages(passages))
}

function formatPassages(passages: readonly RelatedPassage[]): string {
  return passages
    .map((passage, index) => {
      const head = `${index + 1}. ${documentName(passage.document)} ¶ ${paragraphLabel(passage.paragraph)}   score ${passage.score.toFixed(1)}   shared: ${passage.terms.join(', ')}`
      return `${head}\n   ${passage.text}\n`
    })
    .join('\n')
}
