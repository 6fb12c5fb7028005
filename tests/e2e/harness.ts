/**
 * End-to-end harness: real Chromium with the built extension loaded, pages served on 127.0.0.1,
 * and a record of every request, so a test fails if anything leaves this machine.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Frame,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import { test as base, expect } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server.ts';
import { DOCUMENT_COLOURS } from '../../src/documents/types.ts';
import type { PageReport } from '../../src/match/report.ts';
import { DEFAULT_COLOURS, FLASH_COLOUR } from '../../src/settings/colours.ts';
import {
  ARTIFACTS_DIR,
  CHROME_PATH,
  CHROMIUM_FLAGS,
  chromiumAvailable,
  EXTENSION_DIR,
  FIXTURES_DIR,
  ROOT,
} from '../paths.ts';

export { FIXTURES_DIR, ROOT, skipE2E } from '../paths.ts';

// The service worker's `chrome` (callbacks given to worker.evaluate run there, not in Node).
declare const chrome: typeof import('wxt/browser').browser;

/** A request to anything but 127.0.0.1 (or the extension itself). */
function isExternal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:')
    return false;
  if (protocol === 'about:' || protocol === 'chrome:' || protocol === 'devtools:') return false;
  return hostname !== '127.0.0.1';
}

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  server: StaticServer;
  /** Every request made while the test ran, by pages, frames and the extension. */
  requests: RecordedRequest[];
  /**
   * Saved third-party pages ask for CDNs and trackers: their own requests (from frames of
   * `origin`) are refused as always but not counted against the test. The extension's are.
   */
  tolerateBlockedPageRequests(origin: string): void;
  /** Opens the side panel's page in a tab (for testing its UI). */
  openPanelTab(): Promise<Page>;
  /** Opens a fixture page and waits until the content script has had its turn. */
  openFixture(path: string): Promise<Page>;
  /** Restarts the browser on the same profile (same extension id, same IndexedDB). */
  restart(): Promise<void>;
}

type Launched = Pick<Extension, 'context' | 'id' | 'worker' | 'openPanelTab'>;

export interface RecordedRequest {
  url: string;
  /** The URL of the frame that asked, or 'service worker'. */
  from: string;
}

function recorder(requests: RecordedRequest[]) {
  const seen = new WeakSet<Request>();
  return (request: Request) => {
    if (seen.has(request)) return;
    seen.add(request);
    let from = 'service worker';
    try {
      from = request.frame().url();
    } catch {
      // A service worker's request has no frame.
    }
    requests.push({ url: request.url(), from });
  };
}

/**
 * Starts Chromium on `userDataDir` with the built extension; every request URL goes to `requests`.
 * `lang` is the browser's UI language (and so the extension's): `zh-CN`, `zh-TW` or `en`.
 */
export async function launchExtension(
  userDataDir: string,
  requests: RecordedRequest[],
  lang = 'zh-CN',
): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  if (!chromiumAvailable)
    throw new Error(`Chromium not found at ${CHROME_PATH} (set CHROME_PATH).`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: false, // --headless is in FLAGS: Chromium's own headless mode, which loads extensions.
    // On Linux Chromium takes its UI language from the environment; --lang is for other systems.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
    locale: lang,
    args: [
      ...CHROMIUM_FLAGS,
      `--lang=${lang}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
    viewport: { width: 1100, height: 800 },
  });
  const record = recorder(requests);
  context.on('request', record);
  // What went wrong inside the extension's pages, in the test's output (a failed wait alone does
  // not say); saved real pages throw errors of their own, offline.
  context.on('page', (page) => {
    page.on('pageerror', (error) => {
      if (page.url().startsWith('chrome-extension:'))
        console.error(`page error in ${page.url()}:`, error);
    });
    page.on('crash', () => console.error(`renderer crashed: ${page.url()}`));
  });
  // Nothing may leave the machine: record and refuse any request to another host.
  await context.route(
    (url) => isExternal(url.href),
    (route) => {
      record(route.request());
      return route.abort('blockedbyclient');
    },
  );
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    }));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    async openPanelTab() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/sidepanel.html`);
      return page;
    },
  };
}

/**
 * Counts `chrome.sidePanel.onOpened` in the service worker from now on; returns the count's
 * reader (the side panel itself cannot be driven headless: its opening is what a test sees).
 */
export async function countPanelOpens(ext: Extension): Promise<() => Promise<number>> {
  await ext.worker.evaluate(() => {
    const g = globalThis as { __panelOpened?: number };
    g.__panelOpened = 0;
    chrome.sidePanel.onOpened.addListener(() => {
      g.__panelOpened = (g.__panelOpened ?? 0) + 1;
    });
  });
  return () =>
    ext.worker.evaluate(() => (globalThis as { __panelOpened?: number }).__panelOpened ?? 0);
}

/**
 * What the content script of the page's top frame says of the page (`get-page-terms`), or
 * undefined while it gives no report (not started yet, or the site is switched off). The page is
 * brought to the front, as the answer comes from the active tab.
 */
export async function pageReport(ext: Extension, page: Page): Promise<PageReport | undefined> {
  await page.bringToFront();
  return (await ext.worker
    .evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id === undefined
        ? undefined
        : chrome.tabs.sendMessage(tab.id, { type: 'get-page-terms' }, { frameId: 0 });
    })
    .catch(() => undefined)) as PageReport | undefined;
}

/**
 * Waits until the content script of the page's top frame has read the page: its first look (no
 * term) or its first full scan; returns its report. `after`: the `firstScanMs` of an earlier
 * report — waits for a later scan (after a settings change the page starts again, and reports
 * nothing found until it has scanned). Times count from the content script's start, so a new
 * scan's time is always larger.
 */
export async function firstScanDone(
  ext: Extension,
  page: Page,
  timeout = 5_000,
  after = -1,
): Promise<PageReport> {
  let report: PageReport | undefined;
  await expect
    .poll(
      async () => {
        report = await pageReport(ext, page);
        return (report?.stats?.firstScanMs ?? -1) > after;
      },
      { timeout },
    )
    .toBe(true);
  return report as PageReport;
}

/**
 * What each highlight on the page is, told apart as a reader tells them, by colour: a category,
 * `note` (underlined), `flash`, a reader's document (`document-<n>`, its colour's index in
 * DOCUMENT_COLOURS), or, for any other colour, its name. The names are random on each page
 * (docs/security.md), so a test cannot know them in advance.
 */
const KIND_BY_COLOUR: Record<string, string> = Object.fromEntries(
  [
    ...Object.entries(DEFAULT_COLOURS),
    ['flash', FLASH_COLOUR] as const,
    ...DOCUMENT_COLOURS.map((hex, i) => [`document-${i}`, hex] as const),
  ].map(([kind, hex]) => {
    const n = Number.parseInt(hex.slice(1), 16);
    return [`rgb(${n >> 16}, ${(n >> 8) & 0xff}, ${n & 0xff})`, kind];
  }),
);

/** Highlight name → its kind (see KIND_BY_COLOUR), for every highlight on the page or frame. */
export function highlightKinds(page: Page | Frame): Promise<Record<string, string>> {
  return page.evaluate((table) => {
    const out: Record<string, string> = {};
    for (const name of CSS.highlights.keys()) {
      const style = getComputedStyle(document.documentElement, `::highlight(${name})`);
      out[name] = style.textDecorationLine.includes('underline')
        ? 'note'
        : (table[style.backgroundColor] ?? name);
    }
    return out;
  }, KIND_BY_COLOUR);
}

/** The random name of the page's highlight of one kind (`note`, `flash`, a category), if any. */
export async function highlightName(page: Page | Frame, kind: string): Promise<string | undefined> {
  const kinds = await highlightKinds(page);
  return Object.keys(kinds).find((name) => kinds[name] === kind);
}

/** Reads the page's CSS.highlights: kind → the text of each range, in document order. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  const kinds = await highlightKinds(page);
  return page.evaluate((kindOf) => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      const ranges = [...highlight].filter((r): r is Range => r instanceof Range);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[kindOf[name] ?? name] = ranges.map((r) => r.toString());
    }
    return out;
  }, kinds);
}

/** Waits until the page has at least one highlight registered (the fixtures register none). */
export async function waitForHighlights(
  page: Page,
  timeout = 5_000,
): Promise<Record<string, string[]>> {
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout });
  return readHighlights(page);
}

/**
 * Evaluates `expression` in the extension's isolated world of the page's top frame, where its
 * content script runs (the value, awaited, comes back as JSON).
 */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: {
      id: number;
      origin: string;
      auxData?: { type?: string; frameId?: string };
    }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameTree.frame.id &&
        c.origin.startsWith('chrome-extension://'),
    );
    if (!world) throw new Error(`no content script world in ${JSON.stringify(contexts)}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Sends a message to the background as the page's content script would (the reply, or undefined). */
export function sendFromContentScript(page: Page, message: unknown): Promise<unknown> {
  return inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
}

/** Viewport centre of the first highlighted range whose text is `text`. */
export function centreOfHighlighted(
  page: Page,
  text: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (range instanceof Range && range.toString() === wanted) {
          const r = range.getClientRects()[0];
          if (r) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
    }
    return null;
  }, text);
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/**
 * A screenshot of what the user sees, to tests/artifacts/<name>.png; with UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`) also to docs/screenshots for the README, kept under 150 KB.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifact(`${name}.png`), animations: 'disabled' });
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const docs = join(ROOT, 'docs/screenshots');
  mkdirSync(docs, { recursive: true });
  const { width, height } = page.viewportSize() ?? { width: 400, height: 800 };
  // Dense Chinese text compresses badly: shorten the committed copy until it fits.
  for (let h = height; ; h -= 80) {
    const bytes = await page.screenshot({
      clip: { x: 0, y: 0, width, height: h },
      animations: 'disabled',
    });
    if (bytes.length < 150_000 || h - 80 < 400) {
      writeFileSync(join(docs, `${name}.png`), bytes);
      return;
    }
  }
}

/**
 * Vitest fixtures: `ext` is a fresh profile with the extension, torn down after the test; `lang`
 * is its UI language (default zh-CN; `test.scoped({ lang: 'en' })` in a describe block changes it).
 */
export const test = base.extend<{ lang: string; ext: Extension }>({
  lang: 'zh-CN',
  ext: async ({ lang }, use) => {
    const server = await serveStatic(FIXTURES_DIR);
    const userDataDir = await mkdtemp(join(tmpdir(), 'nansha-lens-e2e-'));
    const requests: RecordedRequest[] = [];
    const tolerated: string[] = [];
    const ext: Extension = {
      ...(await launchExtension(userDataDir, requests, lang)),
      server,
      requests,
      tolerateBlockedPageRequests: (origin) => tolerated.push(origin),
      async openFixture(path) {
        const page = await ext.context.newPage();
        await page.goto(server.url(path), { waitUntil: 'load' });
        return page;
      },
      async restart() {
        await ext.context.close();
        Object.assign(ext, await launchExtension(userDataDir, requests, lang));
      },
    };
    try {
      await use(ext);
      const external = ext.requests
        .filter((r) => isExternal(r.url) && !tolerated.some((o) => r.from.startsWith(o)))
        .map((r) => `${r.url} (from ${r.from})`);
      expect(external, 'requests that left 127.0.0.1').toEqual([]);
    } finally {
      await ext.context.close().catch(() => {});
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Every range the extension highlights on the page (not the flash), as text, in document order. */
export async function highlightedTexts(page: Page | Frame): Promise<string[]> {
  const flash = await highlightName(page, 'flash');
  return page.evaluate((skip) => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name === skip) continue;
      for (const r of highlight) if (r instanceof Range) ranges.push(r);
    }
    ranges.sort((a, b) => {
      try {
        return a.compareBoundaryPoints(Range.START_TO_START, b);
      } catch {
        return 0; // ranges in different trees (shadow roots): keep registration order
      }
    });
    return ranges.map((r) => r.toString());
  }, flash ?? '');
}

/** Waits until the highlighted strings equal `expected` (the page may still be scanning). */
export async function expectHighlights(page: Page | Frame, expected: string[]): Promise<void> {
  await expect.poll(() => highlightedTexts(page), { timeout: 5_000 }).toEqual(expected);
}

export interface AxNode {
  role: string;
  name: string;
  backendDOMNodeId?: number;
}

/**
 * The page's accessibility tree, as a screen reader gets it — including the extension's closed
 * shadow root, which no page script or DOM query can see.
 */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        backendDOMNodeId?: number;
      }[];
    };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({
        role: n.role?.value ?? '',
        name: n.name?.value ?? '',
        backendDOMNodeId: n.backendDOMNodeId,
      }));
  } finally {
    await cdp.detach();
  }
}

/**
 * The hover card named `name` as a screen reader reads it (the dialog and what follows it in
 * the accessibility tree), or [] while it is not shown.
 */
export async function cardNodes(page: Page, name: string): Promise<AxNode[]> {
  const nodes = await accessibilityTree(page);
  const at = nodes.findIndex((n) => n.role === 'dialog' && n.name === name);
  return at < 0 ? [] : nodes.slice(at);
}

/** Clicks the centre of an accessibility-tree node (e.g. a button inside a closed shadow root). */
export async function clickAxNode(page: Page, node: AxNode): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: node.backendDOMNodeId,
    })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** Selects `text` inside the element matching `selector` by dragging the mouse over it. */
export async function dragSelect(page: Page, selector: string, text: string): Promise<void> {
  const box = await page.evaluate(
    ([css, wanted]) => {
      const el = document.querySelector(css as string);
      if (!el) return null;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(wanted as string);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + (wanted as string).length);
        const rects = [...r.getClientRects()];
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (!first || !last) return null;
        return {
          x1: first.left + 1,
          y1: first.top + first.height / 2,
          x2: last.right - 1,
          y2: last.top + last.height / 2,
        };
      }
      return null;
    },
    [selector, text] as const,
  );
  if (!box) throw new Error(`"${text}" not found in ${selector}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** Imports `notes` as a reader would: a JSON export file chosen in the panel's Data view. */
export async function importNotesFile(panel: Page, notes: object[]): Promise<void> {
  await panel.getByRole('button', { name: 'Data', exact: true }).click();
  await panel.getByLabel('Import', { exact: true }).setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'nansha-lens-notes', version: 1, exportedAt: Date.now(), notes }),
    ),
  });
}
