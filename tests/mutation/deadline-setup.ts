import { beforeAll, inject } from 'vitest';

/**
 * Mutation testing only (vitest.mutation.config.ts). A mutant that makes a loop endless passes
 * Stryker's timeout; Stryker then kills the test worker and starts a new one (10–20 s on a busy
 * machine). When the loop runs through the mutant, this ends it in the worker at the same
 * moment instead: past the run's deadline (tests/mutation/deadline-runner.mjs) the next check
 * of the active mutant counts as over Stryker's hit limit, so the test throws and Stryker
 * records a timeout, as its own timer would have, without the restart.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    mutantDeadline?: number;
  }
}

type Namespace = { hitCount?: number; hitLimit?: number };
const g = globalThis as { __stryker__?: Namespace };
const ns: Namespace = g.__stryker__ ?? {};
g.__stryker__ = ns;

let deadline: number | undefined;
beforeAll(() => {
  deadline = inject('mutantDeadline');
});

if (!Object.getOwnPropertyDescriptor(ns, 'hitLimit')?.get) {
  let limit = ns.hitLimit;
  Object.defineProperty(ns, 'hitLimit', {
    configurable: true,
    enumerable: true,
    // Read by the instrumented code on each pass through the active mutant.
    get() {
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
