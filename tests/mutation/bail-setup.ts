import { afterAll, inject } from 'vitest';

/**
 * Mutation testing only (vitest.mutation.config.ts). Stryker stops a mutant's run at the first
 * failing test (bail), but Vitest still imports every later test file of the run and only then
 * skips its tests: up to a second per killed mutant spent loading files whose tests never run.
 * Once a test of this run has failed, this ends each later file before its import: the mutant is
 * already killed. The mark names the run (the test thread is kept between runs: reuse-pool.ts),
 * so that it never outlives it.
 */
type Task = { type: string; result?: { state?: string }; tasks?: Task[] };
const g = globalThis as { __mutantRunFailed?: unknown };

const failed = (task: Task): boolean =>
  task.result?.state === 'fail' || (task.tasks ?? []).some(failed);

if (inject('mode' as never) === 'mutant') {
  const run = `${inject('activeMutant' as never)} ${inject('mutantRunId')}`;
  if (g.__mutantRunFailed === run) {
    throw new Error('Not loaded: an earlier test of this mutant run failed (bail).');
  }
  // Vitest wants the empty pattern to pass the file's suite as the second argument.
  // biome-ignore lint/correctness/noEmptyPattern: see above
  afterAll(({}, suite) => {
    if (failed(suite as unknown as Task)) g.__mutantRunFailed = run;
  });
}
