import type { CommandIo } from './io.js'

/** A progress bar on standard error, drawn only when it is a terminal; in a pipe or a file it writes nothing. */
export interface ProgressBar {
  /** Reports `done` of `total` units; redraws at most every {@link REDRAW_MS} (and always at the end). */
  update(done: number, total: number): void
  /** Erases the bar, leaving the terminal line as it was. */
  finish(): void
}

/** Redraw no more often than this: a terminal cannot show faster, and each write costs. */
export const REDRAW_MS = 100
/** Cells of the bar. */
const BAR_WIDTH = 28
/** Erase the line: carriage return, then ANSI "erase in line". */
const ERASE_LINE = '\r\u001b[2K'

/**
 * A progress bar labelled `label` ("aligning"): `aligning [██████░░░░░░] 42% 12,600/30,000 1.2s`.
 * Draws nothing unless `io.stderrIsTerminal`, so piped or redirected output stays clean.
 *
 * @param now - Milliseconds clock; tests pass their own.
 */
export function createProgressBar(io: CommandIo, label: string, now: () => number = () => performance.now()): ProgressBar {
  if (!io.stderrIsTerminal) return { update: () => {}, finish: () => {} }
  const started = now()
  let lastDraw = Number.NEGATIVE_INFINITY
  let drawn = false
  return {
    update(done, total) {
      const time = now()
      if (time - lastDraw < REDRAW_MS && done < total) return
      lastDraw = time
      drawn = true
      io.stderr(`${ERASE_LINE}${formatProgress(label, done, total, time - started)}`)
    },
    finish() {
      if (drawn) io.stderr(ERASE_LINE)
      drawn = false
    },
  }
}

/** One frame of the bar, without line control characters. */
export function formatProgress(label: string, done: number, total: number, elapsedMs: number): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0
  const filled = Math.round(share * BAR_WIDTH)
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`
  const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`
  return `${label} [${bar}] ${String(Math.floor(share * 100)).padStart(3)}% ${counts} ${(elapsedMs / 1000).toFixed(1)}s`
}

/** Both texts together longer than this (in characters) take a second or more to align: worth a bar. */
export const LONG_ALIGNMENT_CHARACTERS = 50_000

/**
 * The bar of `duiqi align`: silent for short inputs and outside a terminal; for a long alignment it
 * shows at once (0 of the source's lines) and then follows the aligner's `onProgress` reports.
 */
export function createAlignmentProgress(io: CommandIo, source: string, target: string, now?: () => number): ProgressBar {
  if (source.length + target.length <= LONG_ALIGNMENT_CHARACTERS) return { update: () => {}, finish: () => {} }
  const bar = createProgressBar(io, 'aligning', now)
  bar.update(0, source.split('\n').filter((line) => line.trim() !== '').length)
  return bar
}
