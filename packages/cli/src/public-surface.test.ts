import { describe, expect, it } from 'vitest'

describe('@duiqi/cli public surface', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('@duiqi/cli')).sort()).toMatchSnapshot()
  })
})
