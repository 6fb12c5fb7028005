import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batcher } from '../../../src/page/watch.ts';

describe('batcher: the watch for later text on a page that keeps changing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Pokes every `every` ms for `ms` (a clock redrawn every frame: 16 ms). */
  function churn(poke: () => void, every: number, ms: number): void {
    for (let t = 0; t < ms; t += every) {
      poke();
      vi.advanceTimersByTime(every);
    }
  }

  it('runs once for a burst, 50 ms after it', () => {
    const flushes: number[] = [];
    const start = performance.now();
    const batch = batcher(() => flushes.push(performance.now() - start));
    batch.poke();
    batch.poke();
    vi.advanceTimersByTime(49);
    expect(flushes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushes).toEqual([50]);
  });

  it('waits twice as long each time changes kept coming, up to 800 ms, and 50 ms after a pause', () => {
    const flushes: number[] = [];
    const start = performance.now();
    const batch = batcher(() => flushes.push(performance.now() - start));
    churn(() => batch.poke(), 16, 4_000);
    const gaps = flushes.map((t, i) => t - (flushes[i - 1] ?? 0));
    // A frame's rounding aside: 50, 100, 200, 400, 800, 800…
    expect(gaps.slice(0, 6).map((g) => Math.round(g / 50) * 50)).toEqual([
      50, 100, 200, 400, 800, 800,
    ]);
    // The page pauses; its next change is looked at 50 ms later.
    vi.advanceTimersByTime(2_000);
    const before = flushes.length;
    const at = performance.now();
    batch.poke();
    vi.advanceTimersByTime(50);
    expect(flushes.length).toBe(before + 1);
    expect((flushes.at(-1) ?? 0) - (at - start)).toBe(50);
  });

  it('stops', () => {
    const flush = vi.fn();
    const batch = batcher(flush);
    batch.poke();
    batch.stop();
    vi.advanceTimersByTime(1_000);
    expect(flush).not.toHaveBeenCalled();
  });
});
