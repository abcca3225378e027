/**
 * Dice's coefficient of two sets of beads: twice the beads they share over the sum of their sizes.
 * 1 when the two terms always occur together.
 */
export function dice(joint: number, first: number, second: number): number {
  return first + second === 0 ? 0 : (2 * joint) / (first + second)
}

/**
 * Dunning's log-likelihood ratio G² (1993) of a 2×2 contingency table over `total` beads: how much
 * more often two terms share beads than chance predicts. Only association, never avoidance, counts:
 * 0 when they share fewer beads than expected.
 */
export function logLikelihood(joint: number, first: number, second: number, total: number): number {
  const cells = [joint, first - joint, second - joint, total - first - second + joint]
  const rows = [first, total - first]
  const columns = [second, total - second]
  if (joint * total <= first * second) return 0
  let sum = 0
  cells.forEach((observed, index) => {
    const expected = (rows[index >> 1]! * columns[index & 1]!) / total
    if (observed > 0 && expected > 0) sum += observed * Math.log(observed / expected)
  })
  return Math.max(0, 2 * sum)
}
