// Counts the work of segmentit's DictTokenizer, whose enumeration of segmentations is what grows with
// a Han run: a test bounds the count instead of timing, and exponential work fails fast, not hangs.
import { createRequire } from 'node:module'

interface DictTokenizerClass {
  getChunks(wordPositions: unknown, position: number, text?: string): unknown[][]
}

/** The CommonJS segmentit that segmentChineseWords loads: one module instance per process. */
const { DictTokenizer } = createRequire(import.meta.url)('segmentit') as { DictTokenizer: DictTokenizerClass }

/** What segmentit's DictTokenizer did while a task ran. */
export interface SegmentitWork {
  /** Calls of getChunks: one per partial segmentation it extends. */
  readonly calls: number
  /** Texts it enumerated the segmentations of (one per window). */
  readonly enumerations: number
  /** Most segmentations enumerated for one text. */
  readonly largestEnumeration: number
}

/** Runs `task` counting getChunks calls; throws once they pass `limit`. */
export function measureSegmentitWork<Result>(task: () => Result, limit: number): { result: Result; work: SegmentitWork } {
  const stop = countWork(limit)
  try {
    const result = task()
    return { result, work: stop() }
  } finally {
    stop()
  }
}

/** {@link measureSegmentitWork} for a task that settles later (a command run in-process). */
export async function measureSegmentitWorkAsync<Result>(task: () => Promise<Result>, limit: number): Promise<{ result: Result; work: SegmentitWork }> {
  const stop = countWork(limit)
  try {
    const result = await task()
    return { result, work: stop() }
  } finally {
    stop()
  }
}

/** Wraps getChunks to count its calls; the returned function restores it and reports the count. */
function countWork(limit: number): () => SegmentitWork {
  const original = DictTokenizer.getChunks
  const work = { calls: 0, enumerations: 0, largestEnumeration: 0 }
  DictTokenizer.getChunks = function (wordPositions, position, text) {
    if (++work.calls > limit) throw new Error(`segmentit's getChunks was called more than ${limit} times`)
    const chunks = original.call(this, wordPositions, position, text)
    // Only the outermost call gets the text; the recursion passes none.
    if (text !== undefined) {
      work.enumerations++
      work.largestEnumeration = Math.max(work.largestEnumeration, chunks.length)
    }
    return chunks
  }
  return () => {
    DictTokenizer.getChunks = original
    return { ...work }
  }
}
