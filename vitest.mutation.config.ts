import { defineConfig, type Plugin } from 'vitest/config';
import { BaseSequencer, type Reporter, type TestModule, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { reusedThreadPool } from './tests/mutation/reuse-pool.ts';

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
 * Each project's tests run in a thread kept from one mutant's run to the next
 * (tests/mutation/reuse-pool.ts). Set here because Stryker's runner passes `pool: 'threads'`
 * over the config file's.
 */
function reusedThreads(): Plugin {
  return {
    name: 'stryker-reused-threads',
    configureVitest({ project }) {
      const config = project.config as { pool: string; poolRunner?: unknown };
      config.pool = reusedThreadPool.name;
      config.poolRunner = reusedThreadPool;
    },
  };
}

/**
 * What the runs so far showed of each test file: what it cost the last time it ran (import,
 * setup and tests), and which file had a failing test in the last run. A file that
 * tests/mutation/bail-setup.ts stopped before its import ran no test and tells nothing (Vitest's
 * own results cache records it as failed in no time, so it is not used).
 */
const cost = new Map<string, number>();
let failedNow: string | undefined;
let failedLast: string | undefined;
const runRecorder: Reporter = {
  onTestModuleEnd(module: TestModule) {
    if ([...module.children.allTests()].length === 0) return;
    const d = module.diagnostic();
    cost.set(module.moduleId, d.collectDuration + d.setupDuration + d.duration);
    if ([...module.children.allTests('failed')].length > 0) failedNow ??= module.moduleId;
  },
  onTestRunEnd() {
    failedLast = failedNow;
    failedNow = undefined;
  },
};

/** A file not run yet in this worker: tried early, so that its cost is learnt. */
const UNKNOWN_COST_MS = 50;
/** The file that failed last often kills the next mutant of the same function too. */
const FAILED_LAST_DISCOUNT = 4;

/**
 * Test files in the order most likely to end a mutant's run soonest: cheapest first, the one that
 * failed last counted at a quarter of its cost. Stryker stops at the first failure (bail), so a
 * mutant a small test kills never reaches the files that build the whole corpus index or run
 * property checks; a mutant that survives runs them all.
 */
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const c = cost.get(f.moduleId) ?? UNKNOWN_COST_MS;
      return f.moduleId === failedLast ? c / FAILED_LAST_DISCOUNT : c;
    };
    const ranks = new Map(files.map((f) => [f, rank(f)]));
    return [...files].sort((a, b) => (ranks.get(a) as number) - (ranks.get(b) as number));
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
  setupFiles: [
    'tests/mutation/activate-setup.ts',
    'tests/mutation/bail-setup.ts',
    'tests/mutation/deadline-setup.ts',
  ],
  // Read by tests that run fewer property checks under mutation testing.
  env: { MUTATION_TESTING: '1' },
  // One worker reused across the files of a run: much less start-up per mutant.
  isolate: false,
  // Instrumented code on a busy machine: the property tests take longer than the default 5 s.
  testTimeout: 60_000,
};

export default defineConfig({
  plugins: [strykerTestNames(), reusedThreads()],
  test: {
    reporters: ['default', runRecorder],
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
          // The bail check first: a file skipped after a failure loads no fake browser either.
          setupFiles: [
            'tests/mutation/activate-setup.ts',
            'tests/mutation/bail-setup.ts',
            'tests/unit/setup.ts',
            'tests/mutation/deadline-setup.ts',
          ],
        },
      },
    ],
  },
});
