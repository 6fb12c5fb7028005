// Mutation testing of the pure core (`npm run test:mutation`; docs/testing.md). Not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
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
  timeoutMS: 2000,
};
