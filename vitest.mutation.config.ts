import { defineConfig, type Plugin } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Stryker's Vitest runner (9.6.1) picks the tests that cover a mutant with a name pattern made
 * of the suite chain joined by spaces; Vitest 5 matches the pattern against the chain joined by
 * ' > ', so nothing matches and every mutant "survives" having run no test
 * (stryker-mutator/stryker-js#6210). This lets each space of the pattern stand for either.
 */
function strykerTestNames(): Plugin {
  return {
    name: 'stryker-vitest5-test-names',
    configureVitest({ project }) {
      const config = project.config as { testNamePattern?: RegExp };
      let pattern = config.testNamePattern;
      Object.defineProperty(config, 'testNamePattern', {
        configurable: true,
        enumerable: true,
        get: () => pattern,
        set: (value: RegExp | undefined) => {
          pattern = value && new RegExp(value.source.replaceAll(' ', '(?: | > )'), value.flags);
        },
      });
    },
  };
}

/**
 * The unit tests of the pure core, for mutation testing only (`npm run test:mutation`,
 * stryker.config.mjs): the tests of src/match, src/anchor, src/search and the notes'
 * import/export (validate, transfer, webannotation). Not used by `npm test`.
 */
export default defineConfig({
  plugins: [WxtVitest(), strykerTestNames()],
  test: {
    include: [
      'tests/unit/match/**/*.test.ts',
      'tests/unit/anchor/**/*.test.ts',
      'tests/unit/search/**/*.test.ts',
      'tests/unit/db/transfer*.test.ts',
      'tests/unit/db/import*.test.ts',
      'tests/unit/db/markdown*.test.ts',
      'tests/unit/db/webannotation*.test.ts',
      'tests/unit/db/validate*.test.ts',
      'tests/unit/db/mutation*.test.ts',
      'tests/unit/corpus/glossary.test.ts',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    // Read by tests that run fewer property checks under mutation testing.
    env: { MUTATION_TESTING: '1' },
    // One worker reused across files and mutant runs: much less start-up per mutant.
    isolate: false,
    // Instrumented code on a busy machine: the property tests take longer than the default 5 s.
    testTimeout: 60_000,
  },
});
