import type { Corpus, TermEntry } from '@duiqi/core'
import { nirActionPlan } from '@duiqi/data'
import type { Command } from 'commander'
import type { CommandIo } from '../io.js'
import { loadCorpus } from '../load-corpus.js'
import { VIEWER_SCRIPT } from '../view/generated/viewer-script.js'
import { renderViewerPage } from '../view/render-page.js'
import { buildViewerModel } from '../view/viewer-model.js'
import { corpusGlossary } from '../corpus-glossary.js'
import { writeOutputFiles } from '../write-output-files.js'

export interface ViewCommandOptions {
  readonly out: string
  readonly corpus?: string
  /** False with `--no-glossary`. */
  readonly glossary: boolean
}

/** Glossary pairs below this confidence stay out of the page: hovering should light true pairs only. */
const GLOSSARY_MIN_CONFIDENCE = 0.75
/** Related passages shown under each section of the built-in plan. */
const RELATED_PER_SECTION = 3

/** Adds `duiqi view`. */
export function addViewCommand(program: Command, io: CommandIo): void {
  program
    .command('view')
    .description('Write a side-by-side viewer of an aligned corpus: one self-contained HTML page (no network), rows coloured by score, weakest beads flagged, a search box, glossary highlighting and the alignment path.')
    .requiredOption('--out <file>', 'the HTML file to write, or - for standard output')
    .option('--corpus <file>', 'a corpus made by `duiqi align --format json` (or --format jsonl), or - for standard input, instead of the built-in plan')
    .option('--no-glossary', 'skip the glossary (faster: no term extraction)')
    .addHelpText('after', `
Examples:
  $ duiqi view --out out/plan.html                    the built-in G20 NIR Action Plan, with related declarations
  $ duiqi align zh.txt en.txt --format json > my.json && duiqi view --corpus my.json --out my.html
  $ duiqi align zh.txt en.txt --format json | duiqi view --corpus - --out - > my.html`)
    .action(async (options: ViewCommandOptions) => {
      await runView(options, io)
    })
}

/** `duiqi view`: renders the viewer page for the built-in plan or a corpus file and writes it. */
export async function runView(options: ViewCommandOptions, io: CommandIo): Promise<void> {
  const corpus = await loadCorpus(options.corpus, io)
  const builtIn = options.corpus === undefined
  const model = buildViewerModel(corpus, {
    glossary: options.glossary ? viewerGlossary(corpus) : [],
    ...(builtIn ? { related: (sectionId: string) => nirActionPlan.related(sectionId, { limit: RELATED_PER_SECTION }) } : {}),
  })
  const html = renderViewerPage(model, VIEWER_SCRIPT)
  if (options.out === '-') io.stdout(html)
  else await writeOutputFiles([{ path: options.out, text: html }])
}

/** The corpus's own glossary (extracted term pairs), the confident ones, as plain term entries. */
function viewerGlossary(corpus: Corpus): TermEntry[] {
  return corpusGlossary(corpus)
    .filter((entry) => entry.confidence >= GLOSSARY_MIN_CONFIDENCE)
    .map(({ id, en, zh, enVariants, zhVariants }) => ({ id, en, zh, enVariants, zhVariants }))
}
