/**
 * Two builds of the extension, A and B, side by side: each loads the same fixture pages in turn
 * (A, B, A, B …, so that the machine's load falls on both alike), and the page's own report gives
 * the time from the content script's start to the first highlights in view and to all of them.
 * For a change whose cost is small next to this machine's noise (e.g. how lens.js is loaded).
 *
 * `BENCH_A=<dir of a build> node tests/bench/ab.bench.ts` (B: .output/chrome-mv3; BENCH_RUNS,
 * default 15). Not part of `npm run bench`: it needs a second build, e.g. from `git worktree`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.ts';
import type { PageReport } from '../../src/match/report.ts';
import { CHROME_PATH, CHROMIUM_FLAGS, EXTENSION_DIR, FIXTURES_DIR } from '../paths.ts';

declare const chrome: typeof import('wxt/browser').browser;

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PAGES = ['/news-zh-CN.html', '/news-en.html', '/frames.html'];

async function launch(
  dir: string,
): Promise<{ context: BrowserContext; worker: Worker; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'nansha-ab-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: false,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, profile };
}

/** Loads `url` in a new tab and waits for the page's report of its first scan. */
async function load(
  { context, worker }: { context: BrowserContext; worker: Worker },
  url: string,
): Promise<{ inView: number; all: number }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  const deadline = Date.now() + 10_000;
  try {
    for (;;) {
      const report = (await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined
          ? undefined
          : chrome.tabs.sendMessage(tab.id, { type: 'get-page-terms' }, { frameId: 0 });
      })) as PageReport | undefined;
      const s = report?.stats;
      if (report && report.terms.length > 0 && s && s.firstScanMs >= 0 && s.inViewMs >= 0) {
        return { inView: s.inViewMs, all: s.firstScanMs };
      }
      if (Date.now() > deadline) throw new Error(`no report with terms from ${url}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

export async function runAbBench(): Promise<void> {
  const dirA = process.env.BENCH_A;
  if (!dirA) throw new Error('BENCH_A: the directory of the other build');
  const server = await serveStatic(FIXTURES_DIR);
  const a = await launch(resolve(dirA));
  const b = await launch(EXTENSION_DIR);
  try {
    console.log(
      `A: ${resolve(dirA)}\nB: ${EXTENSION_DIR}\n${RUNS} loads of each page each, interleaved\n`,
    );
    console.log(
      '| page | A: to highlights in view, median (range) | B | A: to all highlights | B |',
    );
    console.log('|---|---|---|---|---|');
    for (const path of PAGES) {
      const runs = {
        a: [] as { inView: number; all: number }[],
        b: [] as { inView: number; all: number }[],
      };
      for (let i = 0; i < RUNS; i++) {
        runs.a.push(await load(a, server.url(path)));
        runs.b.push(await load(b, server.url(path)));
      }
      const cell = (xs: number[]) =>
        `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
      console.log(
        `| ${path} | ${cell(runs.a.map((r) => r.inView))} | ${cell(runs.b.map((r) => r.inView))} | ${cell(runs.a.map((r) => r.all))} | ${cell(runs.b.map((r) => r.all))} |`,
      );
    }
  } finally {
    for (const x of [a, b]) {
      await x.context.close();
      rmSync(x.profile, { recursive: true, force: true });
    }
    await server.close();
  }
}

if (import.meta.main) await runAbBench();
