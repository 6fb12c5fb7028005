// Stryker's Vitest runner, telling the test worker when the mutant's run times out
// (`mutantDeadline`, read by tests/mutation/deadline-setup.ts). Used by stryker.config.mjs only.
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
  runner.mutantRun = (options) => {
    runner.ctx.provide('mutantDeadline', Date.now() + options.timeout - DEADLINE_MARGIN_MS);
    return mutantRun(options);
  };
  return runner;
}
createDeadlineRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.TestRunner, 'vitest-deadline', createDeadlineRunner),
];
