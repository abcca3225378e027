import { describe, expect, it } from 'vitest'

describe('@duiqi/data public surface', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('@duiqi/data')).sort()).toMatchSnapshot()
  })
})
