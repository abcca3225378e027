// Runs one scenario in its own process, so wall time and peak memory belong to that scenario alone.
// Usage: child.ts mac-dev ABLATION OUT_DIR | child.ts bible VERSES ABLATION OUT_FILE | child.ts hunalign INPUT_DIR OUT_FILE | child.ts mac-dev-raw text|uncut|traditional|gold-zh|presplit OUT_DIR
import { benchDataDirectory } from './bench-paths.js'
import { reportChild } from './run-child.js'
import { runBible } from './scenarios/bible.js'
import { runMacDev } from './scenarios/mac-dev.js'
import { runHunalign } from './scenarios/hunalign.js'
import { runMacDevGoldChinese, runMacDevPresplitAsText, runMacDevRaw } from './scenarios/mac-dev-raw.js'

const [scenario, ...rest] = process.argv.slice(2)
const dataDirectory = benchDataDirectory()
let milliseconds: number
let extra: object = {}
if (scenario === 'mac-dev') milliseconds = runMacDev(dataDirectory, rest[1] ?? '', rest[0] ?? 'full')
else if (scenario === 'mac-dev-raw' && rest[0] === 'presplit') milliseconds = runMacDevPresplitAsText(dataDirectory, rest[1] ?? '').milliseconds
else if (scenario === 'mac-dev-raw' && rest[0] === 'gold-zh') milliseconds = runMacDevGoldChinese(dataDirectory, rest[1] ?? '').milliseconds
else if (scenario === 'mac-dev-raw') ({ milliseconds, counts: extra } = runMacDevRaw(dataDirectory, rest[1] ?? '', rest[0] !== 'uncut', rest[0] === 'traditional'))
else if (scenario === 'hunalign') milliseconds = await runHunalign(rest[0] ?? '', rest[1] ?? '')
else if (scenario === 'bible') milliseconds = runBible(dataDirectory, rest[2] ?? '', Number(rest[0]), rest[1] ?? 'full')
else throw new Error(`Unknown scenario "${scenario}"; expected mac-dev, mac-dev-raw or bible.`)
reportChild({ milliseconds, counts: extra })
