import { defineConfig, type Plugin } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
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
 * Test files in the order most likely to end a mutant's run soonest: the file that failed last
 * (it often kills the next mutant of the same function too), then the quickest first. Stryker
 * stops at the first failure (bail), so a mutant a small test kills never reaches the files that
 * build the whole corpus index or run property checks; a mutant that survives runs them all.
 */
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = new Map(files.map((f) => [f, this.ctx.cache.getTestSpecificationResult(f)]));
    const unknown = Number.MAX_SAFE_INTEGER;
    return [...files].sort((a, b) => {
      const ra = results.get(a);
      const rb = results.get(b);
      if (Boolean(ra?.failed) !== Boolean(rb?.failed)) return ra?.failed ? -1 : 1;
      return (ra?.duration ?? unknown) - (rb?.duration ?? unknown);
    });
  }
}

/**
 * The unit tests of the pure core, for mutation testing only (`npm run test:mutation`,
 * stryker.config.mjs): the tests of src/match, src/anchor, src/search and the notes'
 * import/export (validate, transfer, webannotation). Not used by `npm test`.
 *
 * Two projects: the pure core's tests run without WXT's plugin and the fake browser and
 * IndexedDB of tests/unit/setup.ts, which cost about 80 ms of each mutant's run; only the
 * import/export tests (their messages come from browser.i18n) load them.
 */
const shared = {
  setupFiles: ['tests/mutation/deadline-setup.ts'],
  // Read by tests that run fewer property checks under mutation testing.
  env: { MUTATION_TESTING: '1' },
  // One worker reused across the files of a run: much less start-up per mutant.
  isolate: false,
  // Instrumented code on a busy machine: the property tests take longer than the default 5 s.
  testTimeout: 60_000,
};

export default defineConfig({
  plugins: [strykerTestNames()],
  test: {
    sequence: { sequencer: CheapFirst },
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'core',
          include: [
            'tests/unit/match/**/*.test.ts',
            'tests/unit/anchor/**/*.test.ts',
            'tests/unit/search/**/*.test.ts',
            'tests/unit/corpus/glossary.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          ...shared,
          name: 'notes',
          include: [
            'tests/unit/db/transfer*.test.ts',
            'tests/unit/db/import*.test.ts',
            'tests/unit/db/markdown*.test.ts',
            'tests/unit/db/webannotation*.test.ts',
            'tests/unit/db/validate*.test.ts',
            'tests/unit/db/mutation*.test.ts',
          ],
          setupFiles: ['tests/unit/setup.ts', ...shared.setupFiles],
        },
      },
    ],
  },
});
