import { defineConfig } from 'tsup'

/** The one build of every package: ESM with declarations and source maps, from src/index.ts. */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  // tsconfig.json is a composite project for type-checking with references; the declaration build is not.
  dts: { compilerOptions: { composite: false } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  silent: true,
})
