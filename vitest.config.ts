import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const packageSource = (name: string): string =>
  fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url))

export default defineConfig({
  resolve: {
    // Tests run against the sources, so `pnpm test` needs no build of the packages it checks.
    alias: {
      '@duiqi/core': packageSource('core'),
      '@duiqi/align': packageSource('align'),
      '@duiqi/data': packageSource('data'),
      '@duiqi/cli': packageSource('cli'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
})
