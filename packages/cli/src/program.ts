import { Command, Option } from 'commander'
import { parsePositiveInteger } from './parse-number-option.js'
import { runAlign, type AlignCommandOptions } from './commands/align.js'
import { addRelatedCommand } from './commands/related.js'
import { addViewCommand } from './commands/view.js'
import { EXPORT_FORMATS, runExport, type ExportCommandOptions } from './commands/export.js'
import { addStudyCommands, CORPUS_HELP } from './study-commands.js'
import type { CommandIo } from './io.js'

/** The `duiqi` command line: sub-commands, their options and help with examples. */
export function createProgram(io: CommandIo): Command {
  const program = new Command('duiqi')
    .description('Align Chinese texts with their English translations, sentence by sentence.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true)

  program
    .command('align')
    .description('Align two files, Chinese and English in either order (languages are detected).')
    .argument('<source>', 'source text file, or - for standard input')
    .argument('<target>', 'target text file (the translation)')
    .option('--presplit', 'one sentence a line: do not split sentences')
    .option('--no-cut', 'keep the splitter\'s sentences: do not let the aligner cut a sentence at a clause mark (；：— …) where the translation fits the parts better')
    .addOption(new Option('--format <format>', 'output format').choices(['beads', 'jsonl', 'tsv', 'json']).default('beads'))
    .addOption(new Option('--source-lang <lang>', 'language the source must be in (checked)').choices(['zh', 'en']))
    .addOption(new Option('--target-lang <lang>', 'language the target must be in (checked)').choices(['zh', 'en']))
    .option('--swap', 'if the files look swapped against --source-lang/--target-lang, align them the other way round (with a warning) instead of refusing')
    .option('--max-sentences <n>', 'refuse texts with more sentences than this on either side (default 150000)', parsePositiveInteger)
    .addOption(new Option('--read <format>', 'read both files in this format instead of detecting each one\'s (by content, then extension)').choices(['text', 'markdown', 'html', 'docx', 'epub', 'pdf']))
    .option('--encoding <label>', 'encoding of both text files (utf-8, utf-16le, gb18030, gbk, big5, …) instead of detecting it')
    .addHelpText('after', `
Reads plain text and markdown, HTML, Word .docx, EPUB and PDF (its text layer); text in UTF-8, UTF-16, GB18030/GBK or Big5.

Examples:
  $ duiqi align zh.txt en.txt                      beads, one a line: [0,1]:[0]
  $ duiqi align zh.html en.docx --format tsv       a web page against a Word file
  $ duiqi align --presplit zh.txt en.txt --format jsonl > pairs.jsonl
  $ duiqi align en.txt zh.txt --format tsv         English source, Chinese target`)
    .action(async (source: string, target: string, options: AlignCommandOptions) => {
      await runAlign(source, target, options, io)
    })

  program
    .command('export')
    .description('Export the built-in G20 NIR Action Plan corpus (or --corpus FILE), one bead a line in document order, or as TMX, TBX, Moses, a bilingual Word file or web page.')
    .addOption(new Option('--format <format>', 'output format: jsonl, tsv, tmx (TMX 1.4b), tbx (glossary, TBX-Basic), hf (Hugging Face translation JSON lines), moses (two files), docx and html (bilingual, a table of one bead a row)').choices([...EXPORT_FORMATS]).default('jsonl'))
    .option('--out <path>', 'write to a file instead of standard output; for moses, a prefix: PATH.zh and PATH.en; needed for docx')
    .option('--scores', 'docx and html: add a column with each bead\'s score')
    .option('--corpus <file>', CORPUS_HELP)
    .addHelpText('after', `
Examples:
  $ duiqi export                       JSON lines: {"id":"b0","section":"title",…,"zh":[…],"en":[…]}
  $ duiqi export --format tsv --out plan.tsv
  $ duiqi export --format tmx --out plan.tmx          one <tu> a bead, xml:lang zh-CN and en
  $ duiqi export --format moses --out corpus          writes corpus.zh and corpus.en
  $ duiqi export --format docx --scores --out plan.docx   both languages side by side, for a reviewer
  $ duiqi export --format hf --corpus pairs.jsonl     {"translation":{"en":…,"zh":…},"id":…}`)
    .action(async (options: ExportCommandOptions) => {
      await runExport(options, io)
    })

  addStudyCommands(program, io)

  addViewCommand(program, io)
  addRelatedCommand(program, io)
  program.addHelpText('after', `
Examples:
  $ duiqi align zh.txt en.txt                 align two files: beads, one a line ([0,1]:[0])
  $ duiqi align - en.txt < zh.txt             the source from standard input
  $ duiqi view --out out/plan.html            the built-in plan side by side, as one HTML page
  $ duiqi related 4.2                         the related declarations' paragraphs on section 4.2
  $ duiqi export --format tsv --out plan.tsv  the built-in plan as a table
  $ duiqi COMMAND --help                      options and examples of a command

Exit codes: 0 done, 1 bad input (a file, a language, a corpus), 2 bad usage (command or option).`)

  return program
}
