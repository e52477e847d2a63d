import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Server modules guard against client bundles with `server-only`; tests run them in Node.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['{app,bench,components,core,lib,scripts,server,surrogates,workers}/**/*.test.{ts,tsx}'],
    // Type tests (*.test-d.ts) are not run but compiled: vitest runs tsc over the project and fails each
    // expectTypeOf that does not hold, and each `@ts-expect-error` that has no error under it.
    typecheck: { enabled: true, include: ['{app,bench,components,core,lib,scripts,server,surrogates,workers}/**/*.test-d.ts'] },
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // One fork per core. Vitest's default leaves a core free (1 fork on the 2-core CI machine): most test
    // files wait on PGlite and the dataset import, so two forks there ran the suite in 290 s instead of 414.
    maxWorkers: availableParallelism(),
  },
});
