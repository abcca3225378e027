import { describe, expect, it } from 'vitest'
import { createProgressReporter } from './report-progress.js'

describe('createProgressReporter', () => {
  it('counts the parts of a document in its total: reports rise, never repeat, and end once at total', () => {
    const reports: Array<[number, number]> = []
    const progress = createProgressReporter(300, (done, total) => reports.push([done, total]))
    const first = progress.part(0, 100)
    const onRow = first.during(0, 1, 11)!
    for (let row = 0; row <= 10; row++) onRow(row)
    first.finish()
    const whole = progress.part(100, 200)
    // Half of the second part: sentence 100 + 100 of the document, not 100 of the part.
    whole.during(0, 1, 3)!(1)
    whole.finish()
    progress.finish()
    expect(reports.at(-1)).toEqual([300, 300])
    expect(reports.filter(([done]) => done === 300)).toHaveLength(1)
    const done = reports.map(([value]) => value)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(new Set(done).size).toBe(done.length)
    expect(done).toContain(100)
    expect(done).toContain(200)
    expect(reports.every(([, total]) => total === 300)).toBe(true)
  })

  it('costs a search nothing when nobody listens', () => {
    expect(createProgressReporter(10, undefined).part(0, 5).during(0, 1, 6)).toBeUndefined()
  })
})
