// Stryker's Vitest runner, telling the test worker when the mutant's run times out
// (`mutantDeadline`, read by tests/mutation/deadline-setup.ts). Used by stryker.config.mjs only.

import { appendFileSync } from 'node:fs';
import {
  commonTokens,
  declareFactoryPlugin,
  PluginKind,
  tokens,
} from '@stryker-mutator/api/plugin';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

/** Stryker's own timer stops the run this long after the deadline, if the worker did not. */
export const DEADLINE_MARGIN_MS = 1000;

const vitest = vitestPlugins.find((p) => p.name === 'vitest');

function createDeadlineRunner(injector) {
  const runner = vitest.factory(injector);
  const mutantRun = runner.mutantRun.bind(runner);
  // MUTATION_LOG=<file>: one JSON line per mutant run (where the run's time goes).
  const log = process.env.MUTATION_LOG;
  runner.mutantRun = async (options) => {
    const start = Date.now();
    runner.ctx.provide('mutantDeadline', start + options.timeout - DEADLINE_MARGIN_MS);
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
