/**
 * Makes IndexedDB refuse writes for lack of space, the three ways a browser does it:
 * - `throw`: `add()` / `put()` throw a QuotaExceededError at once (what the e2e test injects);
 * - `request`: the request fails with it, its transaction aborts (Firefox);
 * - `commit`: every request succeeds, then the transaction aborts with it as it commits
 *   (Chromium checks the quota when a transaction commits).
 * `store` limits the refusal to one object store; `from` lets that many writes through first.
 * Written against fake-indexeddb; the tests that use it fail loudly if its internals change.
 */
import { vi } from 'vitest';

export type QuotaMode = 'throw' | 'request' | 'commit';
export const QUOTA_MODES: QuotaMode[] = ['throw', 'request', 'commit'];

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

interface FakeTransaction {
  _state: string;
  _requests: { operation: () => unknown; request: unknown }[];
  _abort(name: string): void;
  _start(): void;
  __quotaOnCommit?: boolean;
}

export function refuseWrites({
  mode,
  store,
  from = 0,
}: {
  mode: QuotaMode;
  store?: string;
  from?: number;
}): void {
  let writes = 0;
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      if ((store !== undefined && this.name !== store) || writes++ < from) {
        return original.apply(this, args);
      }
      if (mode === 'throw') throw quota();
      const request = original.apply(this, args);
      const tx = this.transaction as unknown as FakeTransaction;
      if (mode === 'commit') {
        tx.__quotaOnCommit = true;
        return request;
      }
      const entry = tx._requests.at(-1);
      if (entry?.request !== request) throw new Error('fake-indexeddb: no queued request');
      entry.operation = () => {
        throw quota();
      };
      return request;
    });
  }
  if (mode === 'commit') {
    const proto = IDBTransaction.prototype as unknown as FakeTransaction;
    const start = proto._start;
    if (typeof start !== 'function') throw new Error('fake-indexeddb: no _start');
    vi.spyOn(proto, '_start').mockImplementation(function (this: FakeTransaction) {
      const idle = this._requests.every(
        (r) => (r.request as { readyState?: string }).readyState === 'done',
      );
      if (this.__quotaOnCommit && this._state !== 'finished' && idle) {
        this._abort('QuotaExceededError');
        return;
      }
      start.call(this);
    });
  }
}
