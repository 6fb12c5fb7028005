/**
 * The reader stays invisible: a page's own script cannot learn that Nansha Lens is installed.
 * It cannot fetch any of the extension's files by its id, and on a page with terms nothing it can
 * read (highlight names, stylesheets, the DOM, its globals, its resource timings, messages) names
 * the extension — while the highlights, the hover card and Add note still work.
 * What a page can still infer, and why that is accepted: docs/security.md.
 */
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import {
  accessibilityTree,
  cardNodes,
  centreOfHighlighted,
  dragSelect,
  type Extension,
  expect,
  highlightedTexts,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;
const run = test.skipIf(skipE2E);

/** The extension's files a page might probe for. */
const FILES = [
  'lens.js',
  'content-script.js',
  'background.js',
  'manifest.json',
  'sidepanel.html',
  'options.html',
  'icon/16.png',
  'icon/128.png',
];

/** Opens a fixture with a script of the page's own that notes its globals and messages first. */
async function openWatched(ext: Extension, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__globalsAtStart = Object.getOwnPropertyNames(window);
    const seen: string[] = [];
    w.__messagesSeen = seen;
    addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
  });
  await page.goto(ext.server.url(path), { waitUntil: 'load' });
  return page;
}

/** What the page's own script tries: each file by the extension's id, by fetch and as an image. */
function probe(page: Page, id: string): Promise<Record<string, string>> {
  return page.evaluate(
    async ([extensionId, files]) => {
      const out: Record<string, string> = {};
      for (const file of files as string[]) {
        const url = `chrome-extension://${extensionId}/${file}`;
        const fetched = await fetch(url).then(
          async (r) => `read ${(await r.text()).length} characters`,
          () => 'refused',
        );
        const loaded = await new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('refused');
          img.src = url;
        });
        out[file] = `${fetched}, image ${loaded}`;
      }
      return out;
    },
    [id, FILES] as const,
  );
}

/** Everything of the page's that its scripts can read, as text. */
function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const rules = (sheets: Iterable<CSSStyleSheet>) =>
      [...sheets]
        .flatMap((s) => {
          try {
            return [...s.cssRules].map((r) => r.cssText);
          } catch {
            return [`(unreadable sheet ${s.href})`];
          }
        })
        .join('\n');
    const before = new Set([
      ...(w.__globalsAtStart as string[]),
      '__globalsAtStart',
      '__messagesSeen',
    ]);
    return {
      highlightNames: [...CSS.highlights.keys()],
      styleSheets: rules(document.styleSheets),
      adoptedStyleSheets: rules(document.adoptedStyleSheets),
      dom: document.documentElement.outerHTML,
      newGlobals: Object.getOwnPropertyNames(window).filter((n) => !before.has(n)),
      resources: performance.getEntriesByType('resource').map((e) => e.name),
      messages: w.__messagesSeen as string[],
    };
  });
}

/** Strings that would name the extension. */
function namesOfUs(id: string): RegExp {
  return new RegExp(`nansha|lens|${id}|chrome-extension|-extension:`, 'i');
}

run(
  'a page without terms cannot fetch or load any file of the extension by its id',
  async ({ ext }) => {
    const page = await openWatched(ext, '/cooking-zh.html');
    // The content script has run there (it answers), so the page is as a reader has it.
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id === undefined
            ? undefined
            : chrome.tabs.sendMessage(tab.id, { type: 'get-page-terms' }, { frameId: 0 });
        }),
      )
      .toMatchObject({ terms: [] });
    const results = await probe(page, ext.id);
    expect(results).toEqual(Object.fromEntries(FILES.map((f) => [f, 'refused, image refused'])));
    // The built manifest lists no web-accessible resource (Chromium or Firefox build alike).
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  },
);

run(
  'on a page with terms, nothing the page can read names the extension; highlights, card and Add note work',
  async ({ ext }) => {
    const page = await openWatched(ext, '/news-zh-CN.html');
    await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');
    const us = namesOfUs(ext.id);

    // The hover card is shown…
    const point = await centreOfHighlighted(page, '南沙方案');
    if (!point) throw new Error('no highlight for 南沙方案');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await cardNodes(page, '南沙方案')).length > 0).toBe(true);
    const withCard = await whatThePageSees(page);

    // …then Add note, for a selection.
    await dragSelect(page, '#lead', '集中力量推进重点片区建设');
    await expect
      .poll(async () =>
        (await accessibilityTree(page)).some((n) => n.role === 'button' && n.name === '添加笔记'),
      )
      .toBe(true);
    const withAdder = await whatThePageSees(page);

    for (const seen of [withCard, withAdder]) {
      // Highlights are there, under names that say nothing, new on every page.
      expect(seen.highlightNames.length).toBeGreaterThan(0);
      for (const name of seen.highlightNames) expect(name).toMatch(/^h[0-9a-z]{11}$/);
      // Their colours are in a stylesheet the page cannot read; it sees only its own.
      expect(seen.styleSheets).not.toContain('highlight');
      expect(seen.adoptedStyleSheets).toBe('');
      // The UI's hosts (after <body>, while shown) are bare elements: no attribute, no name.
      expect(seen.dom).not.toMatch(us);
      expect(seen.dom).toMatch(/<\/body>(<div><\/div>)+<\/html>$/);
      expect(seen.newGlobals).toEqual([]);
      expect(seen.resources.filter((r) => us.test(r) || !r.startsWith('http://127.0.0.1'))).toEqual(
        [],
      );
      expect(seen.messages).toEqual([]);
    }
    // A second load of the same page gets other names.
    const again = await openWatched(ext, '/news-zh-CN.html');
    await expect.poll(() => highlightedTexts(again)).toContain('南沙方案');
    const names = await again.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.some((n) => withCard.highlightNames.includes(n))).toBe(false);
  },
);
