/** Main-thread slices: work for at most a budget, then give the thread back to the page. */

export interface SliceStats {
  busyMs: number;
  longestSliceMs: number;
  slices: number;
}

/** The budget of one slice: well under a frame, so scrolling and typing stay smooth. */
export const SLICE_BUDGET_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering) before the next slice. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Times the slices of one job and adds them to `stats`. */
export class SliceClock {
  private start = performance.now();
  private open = true;

  constructor(
    private readonly stats: SliceStats,
    private readonly budget = SLICE_BUDGET_MS,
  ) {}

  due(): boolean {
    return performance.now() - this.start > this.budget;
  }

  async yield(): Promise<void> {
    this.end();
    await yieldToMain();
    this.start = performance.now();
    this.open = true;
  }

  async maybeYield(): Promise<void> {
    if (this.due()) await this.yield();
  }

  /** Closes the current slice (idempotent until the next yield). */
  end(): void {
    if (!this.open) return;
    this.open = false;
    const ms = performance.now() - this.start;
    this.stats.busyMs += ms;
    this.stats.slices++;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
  }
}
