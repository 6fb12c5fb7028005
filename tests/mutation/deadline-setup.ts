import { afterEach, beforeAll, beforeEach, inject } from 'vitest';

/**
 * Mutation testing only (vitest.mutation.config.ts). A mutant that makes a loop endless passes
 * Stryker's timeout; Stryker then kills the test worker and starts a new one (10–20 s on a busy
 * machine). When the loop runs through the mutant, this ends it in the worker at the same
 * moment instead: past the run's deadline (tests/mutation/deadline-runner.mjs) the next check
 * of the active mutant counts as over Stryker's hit limit, so the test throws and Stryker
 * records a timeout, as its own timer would have, without the restart. Each test has a
 * deadline of its own too (`testBudgets`: its time in Stryker's initial run, times a factor, plus
 * a margin), so a quick test that loops ends soon after it starts.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    mutantDeadline?: number;
    testBudgets?: Record<string, number>;
  }
}

type Namespace = { hitCount?: number; hitLimit?: number };
// The deadline lives on the global: the hit limit's getter below is defined once per thread, by
// the first file that loads this setup, and later files and runs (the thread is kept between
// runs: reuse-pool.ts) each load this setup again.
const g = globalThis as { __stryker__?: Namespace; __mutationDeadline?: number };
const ns: Namespace = g.__stryker__ ?? {};
g.__stryker__ = ns;

// From the file's import on (the mutant is on then too: activate-setup.ts).
let runDeadline = inject('mutantDeadline');
g.__mutationDeadline = runDeadline;
let budgets: Record<string, number> = {};
beforeAll(() => {
  runDeadline = inject('mutantDeadline');
  g.__mutationDeadline = runDeadline;
  budgets = inject('testBudgets') ?? {};
});

/** The test's name as Stryker writes it: its suites' names and its own, joined by spaces. */
type Named = { name: string; suite?: Named };
function fullName(task: Named): string {
  const parts = [task.name];
  for (let s = task.suite; s; s = s.suite) parts.unshift(s.name);
  return parts.join(' ').trim();
}

// During a test, the earlier of the run's deadline and the test's own (its time in Stryker's
// initial run, times a factor, plus a margin: tests/mutation/deadline-runner.mjs).
beforeEach(({ task }) => {
  const budget = budgets[fullName(task)];
  if (budget !== undefined) {
    g.__mutationDeadline = Math.min(runDeadline ?? Infinity, Date.now() + budget);
  }
});
afterEach(() => {
  g.__mutationDeadline = runDeadline;
});

if (!Object.getOwnPropertyDescriptor(ns, 'hitLimit')?.get) {
  let limit = ns.hitLimit;
  Object.defineProperty(ns, 'hitLimit', {
    configurable: true,
    enumerable: true,
    // Read by the instrumented code on each pass through the active mutant.
    get() {
      const deadline = g.__mutationDeadline;
      if (
        limit !== undefined &&
        deadline !== undefined &&
        ns.hitCount !== undefined &&
        ns.hitCount <= limit &&
        Date.now() > deadline
      ) {
        ns.hitCount = limit + 1;
      }
      return limit;
    },
    set(value: number | undefined) {
      limit = value;
    },
  });
}
