/** The value below which `share` of the values fall (nearest rank: the ⌈share·n⌉-th smallest). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN
}

/** The nearest-rank median: with an odd count, the middle value. */
export function median(values: readonly number[]): number {
  return percentile(values, 0.5)
}
