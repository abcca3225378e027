import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatBeads, judgeConfidence, parseBeads, type ConfidenceJudgement, type JudgedBead } from '@duiqi/align'

/** The scores judged: each bead's `score`, and the mean of its components (what `score` was before it became a probability). */
export interface ConfidenceRows {
  readonly score: ConfidenceJudgement
  readonly components: ConfidenceJudgement
}

/**
 * Judges the bead scores of one MAC-Dev run against the gold: reads each chapter's `NNN.align` and
 * `NNN.scores` from `outputDirectory` and marks every automatic bead correct when it is a gold bead.
 */
export function judgeMacDevScores(dataDirectory: string, outputDirectory: string): ConfidenceRows {
  const goldFolder = join(dataDirectory, 'mac-dev', 'gold')
  const score: JudgedBead[] = []
  const components: JudgedBead[] = []
  for (const file of readdirSync(goldFolder).filter((name) => name.endsWith('.align')).sort()) {
    const gold = new Set(parseBeads(readFileSync(join(goldFolder, file), 'utf8')).map((bead) => formatBeads([bead])))
    const auto = parseBeads(readFileSync(join(outputDirectory, file), 'utf8'))
    const lines = readFileSync(join(outputDirectory, file.replace(/\.align$/, '.scores')), 'utf8').trimEnd().split('\n')
    auto.forEach((bead, index) => {
      const [beadScore = '0', mean = '0'] = (lines[index] ?? '').split('\t')
      const correct = gold.has(formatBeads([bead]))
      score.push({ correct, score: Number(beadScore) })
      components.push({ correct, score: Number(mean) })
    })
  }
  return { score: judgeConfidence(score), components: judgeConfidence(components) }
}

/** The judgement as two markdown tables: how well each score ranks, and the calibration of `score`. */
export function confidenceTables(rows: ConfidenceRows): string {
  const percent = (value: number) => `${Math.round(value * 100)} %`
  const rank = [
    '| MAC-Dev beads sorted by | AUC | wrong beads found in the weakest 10 % | … 20 % | calibration error |',
    '|---|---:|---:|---:|---:|',
    ...([
      ['`score` (posterior probability)', rows.score],
      ['mean of the components', rows.components],
    ] as const).map(
      ([label, judgement]) =>
        `| ${label} | ${judgement.auc.toFixed(3)} | ${judgement.review.map((share) => percent(share.found)).join(' | ')} | ${judgement.calibrationError.toFixed(3)} |`,
    ),
  ]
  const calibration = [
    `| \`score\` (${rows.score.beads} beads, ${rows.score.wrong} wrong) | beads | mean score | share correct |`,
    '|---|---:|---:|---:|',
    ...rows.score.bins.map(
      (bin) => `| [${bin.low}, ${bin.high}${bin.high === 1 ? ']' : ')'} | ${bin.beads} | ${bin.meanScore.toFixed(3)} | ${bin.correct.toFixed(3)} |`,
    ),
  ]
  return `${rank.join('\n')}\n\n${calibration.join('\n')}`
}
