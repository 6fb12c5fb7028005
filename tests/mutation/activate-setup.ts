import { inject, vi } from 'vitest';

/**
 * Mutation testing only (vitest.mutation.config.ts). Stryker's Vitest runner switches a mutant on
 * in a `beforeAll`, after the test file is imported: what a file builds when it is imported (a
 * matcher over the whole glossary, an index) is built by the unmutated code, then called with the
 * mutant on. A mutant in a hash, for instance, then reads a table written another way and the
 * test fails for a program that does not exist. So the mutant is switched on here, before any
 * file of the run is imported: the tests see the mutated program throughout, as Stryker's static
 * activation does. The hit count starts here too, so that a loop the mutant makes endless while a
 * file is imported ends at the deadline (deadline-setup.ts).
 *
 * The test thread is kept from one run to the next (reuse-pool.ts) and the files of a run share
 * their modules, so the first file of each run clears every module loaded before: the source is
 * imported again, with this run's mutant on.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    mutantRunId?: number;
  }
}

type Namespace = { activeMutant?: string; hitCount?: number };
const g = globalThis as { __stryker__?: Namespace; __mutationRun?: unknown };

const run = `${inject('mode' as never)} ${inject('mutantRunId')}`;
if (g.__mutationRun !== run) {
  g.__mutationRun = run;
  vi.resetModules();
}

if (inject('mode' as never) === 'mutant') {
  const ns: Namespace = g.__stryker__ ?? {};
  g.__stryker__ = ns;
  ns.activeMutant = inject('activeMutant' as never);
  ns.hitCount = 0;
}
