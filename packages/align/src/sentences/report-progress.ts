import type { ProgressCallback } from './align-options.js'

/** Reports come at least this many source sentences apart on long texts: the caller redraws no more often. */
const MAX_REPORT_STEP = 500

/** …and at least every this share of the text, so a short text still moves in 1 % steps. */
const REPORT_SHARE = 0.01

/**
 * Tells a caller how far an alignment of `total` source sentences has got, in steps of at most 1 %:
 * the one way progress travels, from the public entry that was given `onProgress` down to the searches.
 */
export interface ProgressReporter {
  /**
   * A row listener for a search over rows 0…`rows` that takes the share `from`…`to` of this reporter's
   * sentences; `undefined` when nobody listens, so the search pays nothing.
   */
  during(from: number, to: number, rows: number): ((row: number) => void) | undefined
  /** The reporter of one stretch of the work: `count` source sentences from `offset`, counted in this one's total. */
  part(offset: number, count: number): ProgressReporter
  /** The stretch is done: the whole alignment (`done === total`) for the reporter an entry made. */
  finish(): void
}

/** Creates a {@link ProgressReporter}; reports never go back, and repeat no `done`. */
export function createProgressReporter(total: number, onProgress: ProgressCallback | undefined): ProgressReporter {
  const step = Math.max(1, Math.min(MAX_REPORT_STEP, Math.ceil(total * REPORT_SHARE)))
  let reported = 0
  const report = (done: number): void => {
    if (onProgress === undefined || done < reported + step || done >= total) return
    reported = done
    onProgress(done, total)
  }
  const stretch = (offset: number, count: number, whole = false): ProgressReporter => ({
    during(from, to, rows) {
      if (onProgress === undefined) return undefined
      const last = Math.max(1, rows - 1)
      return (row) => report(offset + Math.floor(count * (from + ((to - from) * row) / last)))
    },
    part: (start, length) => stretch(offset + start, length),
    finish() {
      if (whole) onProgress?.(total, total)
      else report(offset + count)
    },
  })
  return stretch(0, total, true)
}
