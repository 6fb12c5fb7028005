// Stryker's Vitest runner, telling the test worker when the mutant's run times out, and when
// each of its tests does (`mutantDeadline`, `testBudgets`, read by
// tests/mutation/deadline-setup.ts). Used by stryker.config.mjs only.

import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  commonTokens,
  declareFactoryPlugin,
  PluginKind,
  tokens,
} from '@stryker-mutator/api/plugin';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

/** Stryker's own timer stops the run this long after the deadline, if the worker did not. */
export const DEADLINE_MARGIN_MS = 1000;

/**
 * A test's own deadline: this many times its time in the initial run, plus the margin (a mutant
 * run starts a cold worker). A mutant that makes one quick test loop endlessly then ends soon
 * after that test starts, not at the deadline of all its tests.
 */
export const TEST_FACTOR = 3;
export const TEST_MARGIN_MS = 1000;

// The initial run's time of each test, by name: written by the worker that ran it, in the
// sandbox every worker shares.
const TIMES_FILE = 'mutation-test-times.json';

const vitest = vitestPlugins.find((p) => p.name === 'vitest');

function createDeadlineRunner(injector) {
  const runner = vitest.factory(injector);
  const mutantRun = runner.mutantRun.bind(runner);
  const dryRun = runner.dryRun.bind(runner);
  runner.dryRun = async (options) => {
    const result = await dryRun(options);
    if (result.status === 'complete') {
      const times = {};
      for (const t of result.tests) times[t.name] = Math.max(times[t.name] ?? 0, t.timeSpentMs);
      writeFileSync(TIMES_FILE, JSON.stringify(times));
    }
    return result;
  };
  let times;
  // Tells the test thread, kept between runs (reuse-pool.ts), that a new run begins.
  let runs = 0;
  // MUTATION_LOG=<file>: one JSON line per mutant run (where the run's time goes).
  const log = process.env.MUTATION_LOG;
  runner.mutantRun = async (options) => {
    const start = Date.now();
    runner.ctx.provide('mutantRunId', ++runs);
    runner.ctx.provide('mutantDeadline', start + options.timeout - DEADLINE_MARGIN_MS);
    times ??= existsSync(TIMES_FILE) ? JSON.parse(readFileSync(TIMES_FILE, 'utf8')) : {};
    const budgets = {};
    for (const id of options.testFilter ?? []) {
      const name = id.slice(id.indexOf('#') + 1);
      const ms = times[name];
      if (ms !== undefined) budgets[name] = TEST_FACTOR * ms + TEST_MARGIN_MS;
    }
    runner.ctx.provide('testBudgets', budgets);
    const result = await mutantRun(options);
    if (log) {
      const m = options.activeMutant;
      const line = {
        id: m.id,
        file: m.fileName.replace(/.*\/src\//, 'src/'),
        line: m.location.start.line + 1,
        mutator: m.mutatorName,
        activation: options.mutantActivation,
        tests: options.testFilter?.length ?? 'all',
        ran: result.nrOfTests,
        status: result.status,
        killedBy: result.killedBy?.[0]?.replace(/#.*/, ''),
        ms: Date.now() - start,
      };
      appendFileSync(log, `${JSON.stringify(line)}\n`);
    }
    return result;
  };
  return runner;
}
createDeadlineRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.TestRunner, 'vitest-deadline', createDeadlineRunner),
];
