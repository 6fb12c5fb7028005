import { defineConfig } from 'vitest/config';

// Firefox smoke test: the built MV3 add-on in real Firefox (WebDriver BiDi), one browser at a time.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'tests/artifacts/e2e-firefox.json' }]],
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    // A condition is awaited, never timed: as in Chromium's config, not Vitest's 1 s default.
    expect: { poll: { timeout: 5_000, interval: 50 } },
  },
});
