import { describe, expect, it } from 'vitest'

describe('@duiqi/align public surface', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('@duiqi/align')).sort()).toMatchSnapshot()
  })
})
