/**
 * A page that never stops changing (tests/fixtures/churn.js: a clock redrawn every frame, a
 * counter changed in place, a live-blog line added every 50 ms), with and without the extension:
 * the renderer's main-thread task time and script time over 6 s on the page (CDP
 * `Performance.getMetrics`, TaskDuration and ScriptDuration, from `load`), 4 loads each, the two
 * browsers interleaved. What the extension adds is printed as a share of the page's own time:
 * the median over the pairs of loads (with, and the load without next to it) of their difference
 * over the page's own time. Two more loads with the extension, profiled, give the time its own
 * code takes (samples with its code on the stack: what the with/without difference measures with
 * the machine's noise, less the browser's work for it outside its code, such as painting).
 *
 * Cases: no term in the changing text (the headline has terms, so lens.js runs and watches);
 * nothing on the page has a term (the first look watches alone); a term in every added line —
 * and, for that one, a baseline where the page highlights the same terms itself with the CSS
 * Custom Highlight API, the cost of painting highlights that any highlighter pays.
 *
 * `node tests/bench/churn.bench.ts` after `npm run build` (part of `npm run bench`).
 * BENCH_EXTENSION=<dir of a build> measures another build (e.g. main's, for a before/after);
 * BENCH_RUNS=n loads of each (default 4).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.ts';
import { CHROME_PATH, CHROMIUM_FLAGS, EXTENSION_DIR, FIXTURES_DIR } from '../paths.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 4);
const WINDOW_MS = 6_000;
/** Profiled loads with the extension, per page. */
const PROFILED = 2;
const EXTENSION = resolve(process.env.BENCH_EXTENSION ?? EXTENSION_DIR);

interface Cost {
  /** Main-thread task time, ms. */
  task: number;
  /** Script time, ms. */
  script: number;
  /** In a profiled load: ms of CPU-profile samples with the extension's code on the stack. */
  own: number;
}

type Profile = {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** The samples with the extension's code anywhere on the stack (its JS and what it calls), ms. */
function extensionTime(profile: Profile): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let yes = ours.get(id);
    if (yes === undefined) {
      const up = parent.get(id);
      yes =
        (byId.get(id)?.callFrame.url ?? '').startsWith('chrome-extension://') ||
        (up !== undefined && isOurs(up));
      ours.set(id, yes);
    }
    return yes;
  };
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (isOurs(id)) us += profile.timeDeltas?.[i + 1] ?? 0;
  });
  return us / 1000;
}

async function launch(extension?: string): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'nansha-churn-'));
  const args = [...CHROMIUM_FLAGS];
  if (extension) {
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  if (extension && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return { context, profile };
}

/** One load of `url`: what the renderer's main thread did in the window after `load`. */
async function measure(context: BrowserContext, url: string, profile = false): Promise<Cost> {
  const page = await context.newPage();
  try {
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    const read = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { task: get('TaskDuration'), script: get('ScriptDuration') };
    };
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const start = await read();
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const end = await read();
    const own = profile ? extensionTime((await cdp.send('Profiler.stop')).profile) : 0;
    await cdp.detach();
    return { task: end.task - start.task, script: end.script - start.script, own };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const ms = (xs: number[]) =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const share = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

export async function runChurnBench(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('run `npm run build` first');
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH}`);
  const server = await serveStatic(FIXTURES_DIR);
  const withExt = await launch(EXTENSION);
  const without = await launch();
  const cases = [
    { name: 'churn without terms (terms in the headline)', path: '/churn.html', self: true },
    { name: 'churn, no term anywhere on the page', path: '/churn.html?quiet' },
    { name: 'a term in every added line', path: '/churn-terms.html', self: true },
  ];
  try {
    console.log(
      `${EXTENSION}\n${RUNS} loads each, ${WINDOW_MS / 1000} s after load, with and without the extension interleaved; median (range)\n`,
    );
    console.log(
      "| page | page alone: task / script | with the extension: task / script | extension task time, share of the page's | extension script time, share | the extension's own code (CPU profile), and as a share of the page's task time |",
    );
    console.log('|---|---|---|---|---|---|');
    for (const c of cases) {
      const a: Cost[] = [];
      const b: Cost[] = [];
      const own: Cost[] = [];
      for (let i = 0; i < RUNS; i++) {
        // Which goes first alternates, so the machine's load falls on both alike.
        if (i % 2 === 0) {
          b.push(await measure(without.context, server.url(c.path)));
          a.push(await measure(withExt.context, server.url(c.path)));
        } else {
          a.push(await measure(withExt.context, server.url(c.path)));
          b.push(await measure(without.context, server.url(c.path)));
        }
        if (c.self) {
          const sep = c.path.includes('?') ? '&' : '?';
          own.push(await measure(without.context, server.url(`${c.path}${sep}self`)));
        }
      }
      // The extension's own code, from a CPU profile (the profiler slows the page: loads of
      // their own, not counted above).
      const profiled: Cost[] = [];
      for (let i = 0; i < PROFILED; i++) {
        profiled.push(await measure(withExt.context, server.url(c.path), true));
      }
      // Each load with the extension against the load without it next to it: the machine's
      // load drifts, and a pair shares it.
      const paired = (key: keyof Cost, base: Cost[]) =>
        share(median(a.map((x, i) => (x[key] - (base[i] as Cost)[key]) / (b[i] as Cost)[key])));
      console.log(
        `| ${c.name} | ${ms(b.map((x) => x.task))} / ${ms(b.map((x) => x.script))} | ${ms(a.map((x) => x.task))} / ${ms(a.map((x) => x.script))} | **${paired('task', b)}** | ${paired('script', b)} | ${ms(profiled.map((x) => x.own))}: ${share(median(profiled.map((x) => x.own)) / median(b.map((x) => x.task)))} |`,
      );
      if (c.self) {
        console.log(
          `| … the page highlighting the same terms itself, without the extension | ${ms(own.map((x) => x.task))} / ${ms(own.map((x) => x.script))} | | extension beyond that: ${paired('task', own)} | ${paired('script', own)} |`,
        );
      }
    }
    console.log("\ngoal: the extension ≤ 10 % of the page's own task time");
  } finally {
    for (const x of [withExt, without]) {
      await x.context.close();
      rmSync(x.profile, { recursive: true, force: true });
    }
    await server.close();
  }
}

if (import.meta.main) await runChurnBench();
