import type { ProgressCallback } from './align-options.js'

/** Reports come at least this many source sentences apart on long texts: the caller redraws no more often. */
const MAX_REPORT_STEP = 500

/** …and at least every this share of the text, so a short text still moves in 1 % steps. */
const REPORT_SHARE = 0.01

/** Tells a caller how far an alignment of `total` source sentences has got, in steps of at most 1 %. */
export interface ProgressReporter {
  /**
   * A row listener for a search over rows 0…`rows` that takes the share `from`…`to` of the work;
   * `undefined` when nobody listens, so the search pays nothing.
   */
  during(from: number, to: number, rows: number): ((row: number) => void) | undefined
  /** The final report, `done === total`. */
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
  return {
    during(from, to, rows) {
      if (onProgress === undefined) return undefined
      const last = Math.max(1, rows - 1)
      return (row) => report(Math.floor(total * (from + ((to - from) * row) / last)))
    },
    finish() {
      onProgress?.(total, total)
    },
  }
}
