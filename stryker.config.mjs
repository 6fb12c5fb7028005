// Mutation testing of the pure core (`npm run test:mutation`; docs/testing.md). Not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Stryker's Vitest runner, which also tells the tests when a mutant's run times out
  // (tests/mutation/deadline-runner.mjs).
  testRunner: 'vitest-deadline',
  plugins: ['@stryker-mutator/vitest-runner', './tests/mutation/deadline-runner.mjs'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  ignoreStatic: true,
  mutate: [
    'src/match/**/*.ts',
    'src/anchor/**/*.ts',
    'src/search/**/*.ts',
    'src/db/validate.ts',
    'src/db/transfer.ts',
    'src/db/webannotation.ts',
    '!src/**/generated/**',
    '!src/anchor/types.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: [
    '.output',
    'tests/artifacts',
    'tests/e2e',
    'tests/e2e-firefox',
    'tests/fixtures',
    'tests/bench',
    'docs',
    'coverage',
  ],
  // Only the mutated files get `// @ts-nocheck` (a test compares the generated files byte for byte).
  disableTypeChecks: 'src/{match,anchor,search,db}/*.ts',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // 2,000 ms, plus the margin after which Stryker's timer stops a run the worker did not end
  // itself at the deadline (DEADLINE_MARGIN_MS in tests/mutation/deadline-runner.mjs).
  timeoutMS: 3000,
};
