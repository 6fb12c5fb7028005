/**
 * A page that never stops changing (tests/fixtures/churn.js): the watch for later text backs off
 * while changes keep coming, and still highlights every term in the lines added, and lets the
 * ranges of dropped lines go. What it costs: tests/bench/churn.bench.ts.
 */
import { expect, skipE2E, test } from './harness.ts';

const run = test.skipIf(skipE2E);

run(
  'a live blog adding a line with a term every 50 ms: the lines shown are highlighted',
  async ({ ext }) => {
    const page = await ext.openFixture('/churn-terms.html');
    // The list keeps its newest 120 lines; once it is full, nearly every line shown has its
    // term highlighted (the newest ones may wait for the next batch), and the ranges of dropped
    // lines go with each batch (at most 800 ms of them, 16 lines, wait for the next one).
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const list = document.getElementById('live');
            let inList = 0;
            let stale = 0;
            for (const [, highlight] of CSS.highlights) {
              for (const r of highlight) {
                if (!(r instanceof Range)) continue;
                if (!r.startContainer.isConnected) stale++;
                else if (list?.contains(r.startContainer)) inList++;
              }
            }
            return {
              full: (list?.children.length ?? 0) === 120,
              enough: inList >= 100,
              fewStale: stale <= 20,
            };
          }),
        { timeout: 15_000 },
      )
      .toEqual({ full: true, enough: true, fewStale: true });
  },
);
