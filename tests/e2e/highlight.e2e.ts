/**
 * Highlighting on pages, as a reader meets it: which strings are marked in Simplified,
 * Traditional and English news, what is never marked, pages that change, frames, shadow DOM,
 * the hover card, the badge, the panel's questions to the page, and the on/off switches.
 */
import { describe } from 'vitest';
import type { browser } from 'wxt/browser';
import { serveStatic } from '../../scripts/static-server.ts';
import type { PageReport } from '../../src/match/report.ts';
import { NEWS_ZH_TW } from '../fixtures/expected.ts';
import {
  accessibilityTree,
  cardNodes,
  centreOfHighlighted,
  clickAxNode,
  countPanelOpens,
  type Extension,
  expect,
  expectHighlights,
  FIXTURES_DIR,
  firstScanDone,
  highlightedTexts,
  highlightName,
  pageReport,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;
declare global {
  var __domAtLoad: string | undefined;
}

/** The tab id of the extension's view of `page` (bringing it to the front first). */
async function activeTabId(ext: Extension, page: import('playwright-core').Page): Promise<number> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

function askPage(ext: Extension, tabId: number, message: object): Promise<unknown> {
  return ext.worker.evaluate(
    ([id, m]) => chrome.tabs.sendMessage(id as number, m, { frameId: 0 }),
    [tabId, message] as const,
  );
}

const run = test.skipIf(skipE2E);

describe('which strings are highlighted', () => {
  run('Simplified Chinese news', async ({ ext }) => {
    const page = await ext.openFixture('/news-zh-CN.html');
    await expectHighlights(page, [
      '南沙方案',
      '广州市委十二届四次全会',
      '南沙方案',
      '南沙',
      '立足湾区、协同港澳、面向世界',
      '南沙方案',
      // A term of its own since issue 14 (before, only 规则衔接机制对接 was).
      '规则衔接',
    ]);
  });

  run('Traditional Chinese news (Hong Kong press), with 南沙群島 left alone', async ({ ext }) => {
    const page = await ext.openFixture('/news-zh-TW.html');
    await expectHighlights(page, NEWS_ZH_TW);
    await page.locator('#p2').scrollIntoViewIfNeeded();
    await screenshot(page, 'page-zh-TW');
  });

  run('English news: word boundaries, acronyms, exclusions', async ({ ext }) => {
    const page = await ext.openFixture('/news-en.html');
    await expectHighlights(page, [
      'Nansha Plan',
      'State Council',
      'Nansha Plan',
      'Greater Bay Area',
      'GBA',
      'Hong Kong',
      'Macau',
      'Hengqin',
      'Qianhai',
      'dynamic zero-COVID',
    ]);
  });

  run('a cooking page full of generic words gets no highlight at all', async ({ ext }) => {
    const page = await ext.openFixture('/cooking-zh.html');
    // The page has been read first (its first look, or its full scan were the lens loaded: a
    // lens reports no term until it has scanned); only then does "nothing found" mean anything.
    const report = await firstScanDone(ext, page);
    expect(report.terms).toEqual([]);
    expect(await highlightedTexts(page)).toEqual([]);
  });

  run(
    'terms split by inline markup match; skipped zones and line breaks are respected',
    async ({ ext }) => {
      const page = await ext.openFixture('/zones.html');
      // 粤港澳<a>大湾区</a>, 横<b>琴</b>, 前海 over three elements, 南沙<br>方案 is not 南沙方案,
      // nothing in style, script, noscript, template, textarea, input, select, contenteditable, pre.
      await expectHighlights(page, ['粤港澳大湾区', '横琴', '前海', '南沙', '南沙方案']);
      const spans = await page.evaluate(() => {
        const out: string[] = [];
        for (const [, h] of CSS.highlights) {
          for (const r of h) {
            if (r instanceof Range && r.startContainer !== r.endContainer) out.push(r.toString());
          }
        }
        return out.sort();
      });
      expect(spans).toEqual(['前海', '横琴', '粤港澳大湾区']);
    },
  );
});

run('the page content is exactly the same with the extension', async ({ ext }) => {
  await ext.context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      globalThis.__domAtLoad = document.documentElement.outerHTML;
    });
  });
  for (const path of ['/news-zh-CN.html', '/zones.html', '/news-en.html']) {
    const page = await ext.openFixture(path);
    await expect.poll(() => highlightedTexts(page)).not.toEqual([]);
    const [before, after] = await page.evaluate(() => [
      globalThis.__domAtLoad,
      document.documentElement.outerHTML,
    ]);
    expect(before).toBeTruthy();
    expect(after).toBe(before);
    await page.close();
  }
});

run('a page that changes: added text, edits, removals, pushState', async ({ ext }) => {
  const page = await ext.openFixture('/dynamic.html');
  await expectHighlights(page, ['南沙方案', '横琴']);
  const tabId = await activeTabId(ext, page);

  await page.evaluate(() => (window as unknown as { steps: { addMore(): void } }).steps.addMore());
  // How soon new text is highlighted is measured by `npm run bench` (goal: 200 ms), not here.
  await expectHighlights(page, ['南沙方案', '横琴', '庆盛枢纽', '前海', '南沙', '错位发展']);

  await page.evaluate(() => (window as unknown as { steps: { remove(): void } }).steps.remove());
  await expectHighlights(page, ['南沙方案', '庆盛枢纽', '前海', '南沙', '错位发展']);

  await page.evaluate(() => (window as unknown as { steps: { edit(): void } }).steps.edit());
  await expectHighlights(page, ['动态清零', '庆盛枢纽', '前海', '南沙', '错位发展']);

  // No range is kept for text that left the page.
  const stale = await page.evaluate(() => {
    let n = 0;
    for (const [, h] of CSS.highlights) {
      for (const r of h) if (!r.startContainer.isConnected || r.collapsed) n++;
    }
    return n;
  });
  expect(stale).toBe(0);

  await page.evaluate(() =>
    (window as unknown as { steps: { navigate(): void } }).steps.navigate(),
  );
  await expectHighlights(page, ['粤港澳大湾区']);
  // The page's report follows the new URL (single-page-app navigation).
  await expect
    .poll(async () => {
      const r = (await askPage(ext, tabId, { type: 'get-page-terms' })) as PageReport;
      return [new URL(r.url).pathname, r.terms.map((t) => t.termId)];
    })
    .toEqual(['/dynamic-2.html', ['gba']]);
  await expect
    .poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('1');
});

run('same-origin and cross-origin iframes, and open shadow roots', async ({ ext }) => {
  const other = await serveStatic(FIXTURES_DIR);
  try {
    const port = new URL(other.origin).port;
    const page = await ext.openFixture(`/frames.html?other=${port}`);
    await expectHighlights(page, ['南沙方案']);
    const frames = () => page.frames().filter((f) => f.url().endsWith('/frame-child.html'));
    await expect.poll(() => frames().length).toBe(2);
    for (const frame of frames()) {
      await expectHighlights(frame, ['横琴', '前海']);
    }
    expect(frames().some((f) => new URL(f.url()).port === port)).toBe(true);
    // The badge counts distinct terms over all frames: 南沙方案, 横琴, 前海.
    const tabId = await activeTabId(ext, page);
    await expect
      .poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('3');
  } finally {
    await other.close();
  }

  const shadow = await ext.openFixture('/shadow.html');
  await expectHighlights(shadow, ['南沙方案', '粤港澳大湾区']);
  // The highlight colours reach into the shadow root (an adopted stylesheet, not an element).
  const places = await highlightName(shadow, 'places');
  const styled = await shadow.evaluate((name) => {
    const root = document.getElementById('open')?.shadowRoot;
    const inside = root?.firstElementChild;
    return {
      children: root?.children.length,
      colour: inside && getComputedStyle(inside, `::highlight(${name})`).backgroundColor,
    };
  }, places);
  expect(styled).toEqual({ children: 1, colour: 'rgb(184, 228, 250)' });
});

run(
  'text hidden at load is highlighted when shown; a page with terms only in a shadow root',
  async ({ ext }) => {
    const page = await ext.openFixture('/reveal.html');
    // Read first (see the cooking page), then nothing is found: the hidden text is not marked.
    expect((await firstScanDone(ext, page)).terms).toEqual([]);
    expect(await highlightedTexts(page)).toEqual([]);
    // Shown by a class change: the page is read again, hidden parts included (their ranges
    // show when they are shown).
    await page.evaluate(() => document.getElementById('more')?.classList.remove('collapsed'));
    await expectHighlights(page, ['南沙方案', '横琴']);
    // Shown by opening a <details>.
    await page.reload();
    expect((await firstScanDone(ext, page)).terms).toEqual([]);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('details')?.setAttribute('open', ''));
    await expectHighlights(page, ['南沙方案', '横琴']);

    const shadow = await ext.openFixture('/shadow-only.html');
    await expectHighlights(shadow, ['庆盛枢纽']);
  },
);

run('hover card: term, category, variant, first passage, and Open in panel', async ({ ext }) => {
  const panelOpens = await countPanelOpens(ext);
  const page = await ext.openFixture('/news-zh-TW.html');
  await expect.poll(() => highlightedTexts(page)).toContain('慶盛樞紐');
  const point = await centreOfHighlighted(page, '慶盛樞紐');
  if (!point) throw new Error('no highlight for 慶盛樞紐');
  await page.mouse.move(point.x, point.y);

  const card = () => cardNodes(page, '庆盛枢纽');
  await expect.poll(async () => (await card()).length > 0).toBe(true);
  const text = (await card()).map((n) => n.name).join(' ');
  expect(text).toContain('庆盛枢纽'); // the canonical form
  expect(text).toContain('地区与平台'); // its category, in the UI language
  expect(text).toContain('慶盛樞紐'); // the variant on the page
  expect(text).toContain('决议中出现 1 次');
  // The first passage, around the term: in Traditional, as the page is (zh-HK conventions).
  expect(text).toContain('集中力量抓好南沙灣、');
  await screenshot(page, 'hover-card-zh-TW');

  const open = (await card()).find((n) => n.role === 'button' && n.name === '在侧边栏打开');
  if (!open) throw new Error('no Open in panel button');
  await clickAxNode(page, open);
  await expect.poll(panelOpens).toBe(1);

  // Escape closes the card.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await card()).length).toBe(0);
});

run(
  'keyboard: the next-term command’s message (step-term) moves through the terms and focuses the card',
  async ({ ext }) => {
    const page = await ext.openFixture('/news-en.html');
    await expect.poll(() => highlightedTexts(page)).toHaveLength(10);
    const tabId = await activeTabId(ext, page);
    // What the Alt+Shift+J command sends (keyboard shortcuts do not reach a headless browser's UI).
    expect(await askPage(ext, tabId, { type: 'step-term', direction: 1 })).toBe(true);
    expect(await askPage(ext, tabId, { type: 'step-term', direction: 1 })).toBe(true);
    await expect
      .poll(async () =>
        (await accessibilityTree(page)).some((n) => n.role === 'dialog' && n.name === '国务院'),
      )
      .toBe(true);

    await screenshot(page, 'hover-card-en');
    // The card's button has the focus: Enter opens the panel on the term.
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => (await chrome.storage.session.get('focus')).focus),
      )
      .toMatchObject({ termId: 'state-council' });
  },
);

run('the page answers the panel’s messages: its terms, and revealing one', async ({ ext }) => {
  const page = await ext.openFixture('/news-zh-TW.html');
  await expect.poll(() => highlightedTexts(page)).toHaveLength(11);
  const tabId = await activeTabId(ext, page);
  const report = (await askPage(ext, tabId, { type: 'get-page-terms' })) as PageReport;
  expect(report.title).toBe('南沙新機遇：港澳青年北上創業');
  expect(report.terms.slice(0, 3)).toEqual([
    { termId: 'nansha', count: 1, order: 0 },
    { termId: 'hk-macao-youth', count: 1, order: 1 },
    { termId: 'state-council', count: 1, order: 2 },
  ]);
  expect(report.terms.find((t) => t.termId === 'nansha-plan')?.count).toBe(2);

  await page.setViewportSize({ width: 600, height: 200 });
  expect(await askPage(ext, tabId, { type: 'reveal-term', termId: 'qianhai' })).toBe(true);
  const flash = await highlightName(page, 'flash');
  const flashed = await page.evaluate((name) => {
    const h = name ? CSS.highlights.get(name) : undefined;
    const r = h && [...h][0];
    return r instanceof Range ? { text: r.toString(), top: r.getBoundingClientRect().top } : null;
  }, flash);
  expect(flashed?.text).toBe('前海');
  expect(flashed && flashed.top >= 0 && flashed.top < 200).toBe(true);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  expect(await askPage(ext, tabId, { type: 'reveal-term', termId: 'hengqin', index: 5 })).toBe(
    false,
  );
});

run('per-site switch (kept across a browser restart) and the global switch', async ({ ext }) => {
  let page = await ext.openFixture('/news-zh-CN.html');
  await expect.poll(() => highlightedTexts(page)).toHaveLength(7);
  let tabId = await activeTabId(ext, page);
  const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  // The badge is set first (the page reports a moment after its scan), so that its clearing is
  // seen, not its never having been set.
  const { terms } = await firstScanDone(ext, page);
  expect(terms.length).toBeGreaterThan(0);
  await expect.poll(badge).toBe(String(terms.length));
  expect(await askPage(ext, tabId, { type: 'toggle-site' })).toBe(false);
  await expectHighlights(page, []);
  await expect.poll(badge).toBe('');
  // Off, the page gives no report at all (a lens started again would give one).
  await expect.poll(() => pageReport(ext, page)).toBeUndefined();

  await ext.restart();
  page = await ext.openFixture('/news-zh-CN.html');
  // Still off after the restart. That the page would have been highlighted by now, were it on:
  // the same page from another site (sites are host:port), opened after it, is highlighted.
  const other = await serveStatic(FIXTURES_DIR);
  try {
    const control = await ext.context.newPage();
    await control.goto(other.url('/news-zh-CN.html'), { waitUntil: 'load' });
    await expect.poll(() => highlightedTexts(control)).toHaveLength(7);
    await firstScanDone(ext, control);
    await control.close();
  } finally {
    await other.close();
  }
  expect(await highlightedTexts(page)).toEqual([]);
  expect(await pageReport(ext, page)).toBeUndefined();
  // The content script is there (it answers the switch), and the switch turns the site back on.
  tabId = await activeTabId(ext, page);
  expect(await askPage(ext, tabId, { type: 'toggle-site' })).toBe(true);
  await expect.poll(() => highlightedTexts(page)).toHaveLength(7);

  await ext.worker.evaluate(() => chrome.storage.local.set({ enabled: false }));
  await expectHighlights(page, []);
  await expect.poll(() => pageReport(ext, page)).toBeUndefined();
  await ext.worker.evaluate(() => chrome.storage.local.set({ enabled: true }));
  await expect.poll(() => highlightedTexts(page)).toHaveLength(7);
});

run(
  'settings: categories off, Traditional and English forms off, colours of ones own',
  async ({ ext }) => {
    const set = (value: object) =>
      ext.worker.evaluate((v) => chrome.storage.local.set({ highlight: v }), value);
    const tw = await ext.openFixture('/news-zh-TW.html');
    await expect.poll(() => highlightedTexts(tw)).toHaveLength(11);

    // Places off: 南沙, 慶盛樞紐, 香港… go; 南沙方案 stays whole (a plan, not 南沙 + 方案).
    await set({ hiddenCategories: ['places'] });
    await expectHighlights(tw, [
      '港澳青年',
      '國務院',
      '廣州南沙深化面向世界的粵港澳全面合作總體方案',
      '南沙方案',
      '錯位發展',
    ]);

    // Traditional off: only what is written the same in both scripts is still found (so the
    // Traditional full title is no longer one term, and its 南沙 is).
    await set({ traditional: false });
    await expectHighlights(tw, ['南沙', '港澳青年', '南沙', '南沙方案', '香港', '前海']);

    // English off: the page starts again with the new settings and reports nothing found until
    // it has scanned. Wait for that new scan (its time is later than the first one's), then
    // nothing is found.
    const en = await ext.openFixture('/news-en.html');
    await expect.poll(() => highlightedTexts(en)).toHaveLength(10);
    const first = await firstScanDone(ext, en);
    await set({ english: false });
    const again = await firstScanDone(ext, en, 5_000, first.stats?.firstScanMs);
    expect(again.terms).toEqual([]);
    expect(await highlightedTexts(en)).toEqual([]);

    // A colour of one's own, with the text colour chosen for contrast.
    await set({ colours: { plans: '#1d3557' } });
    await expect.poll(() => highlightedTexts(en)).toContain('Nansha Plan');
    const colourOf = (text: string) =>
      en.evaluate((wanted) => {
        for (const [name, h] of CSS.highlights) {
          for (const r of h) {
            if (!(r instanceof Range) || r.toString() !== wanted) continue;
            const s = getComputedStyle(
              r.startContainer.parentElement as Element,
              `::highlight(${name})`,
            );
            return [s.backgroundColor, s.color];
          }
        }
        return null;
      }, text);
    await expect
      .poll(() => colourOf('Nansha Plan'))
      .toEqual(['rgb(29, 53, 87)', 'rgb(255, 255, 255)']);
    // Back to the defaults; the page's adopted stylesheets are as they were (none).
    await set({});
    await expect
      .poll(() => colourOf('Nansha Plan'))
      .toEqual(['rgb(255, 224, 138)', 'rgb(26, 26, 26)']);
    expect(await en.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  },
);
