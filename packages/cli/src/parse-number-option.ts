import { InvalidArgumentError } from 'commander'

/** Commander parser for a positive whole number (`--limit 5`); a wrong value is a usage error. */
export function parsePositiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError(`expected a whole number of 1 or more, got "${value}".`)
  return number
}

/** Commander parser for a share: `0.7`, `70` or `70%` all mean 0.7; a wrong value is a usage error. */
export function parseShare(value: string): number {
  const number = Number(value.replace(/%$/, ''))
  const share = value.endsWith('%') || number > 1 ? number / 100 : number
  if (!Number.isFinite(share) || share < 0 || share > 1) throw new InvalidArgumentError(`expected a share such as 0.7 or 70%, got "${value}".`)
  return share
}
