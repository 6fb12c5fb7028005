import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium, one browser at a time (these machines have 2 cores).
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'tests/artifacts/e2e.json' }]],
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
