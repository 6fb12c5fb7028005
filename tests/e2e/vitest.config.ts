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
    // A condition is awaited, never timed: on a loaded 2-core machine the panel can take over a
    // second to open (measured 0.7–1.8 s before and after the architecture refactor).
    expect: { poll: { timeout: 5_000, interval: 50 } },
  },
});
