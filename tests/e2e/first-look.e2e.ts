/**
 * The content script's first look: a page without terms gets only the small script (no
 * lens.js, no highlight), and everything a reader would expect still happens there — terms that
 * appear later are highlighted, a selection offers Add note — and lens.js loads on pages with the
 * strictest Content-Security-Policy.
 */
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import {
  accessibilityTree,
  dragSelect,
  expect,
  expectHighlights,
  firstScanDone,
  highlightedTexts,
  inContentScript,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;
const run = test.skipIf(skipE2E);

/** Whether lens.js has run in the extension's isolated world of the page's top frame. */
async function lensLoaded(page: Page): Promise<boolean> {
  return (await inContentScript(page, "typeof globalThis.__nanshaLens === 'object'")) === true;
}

run(
  'a page without terms gets the first look only; a page with terms gets the lens',
  async ({ ext }) => {
    // Installed, the extension writes which sites have notes (none): until then a page asks.
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => (await chrome.storage.local.get('noteSites')).noteSites),
      )
      .toEqual([]);
    const quiet = await ext.openFixture('/cooking-zh.html');
    // Its first look is done (a page that starts the lens reports from the lens, which says
    // "not scanned yet" until it has: firstScanDone waits for that too).
    await firstScanDone(ext, quiet);

    // A page opened after it has loaded lens.js and been highlighted: the quiet page, earlier
    // and smaller, would have loaded it by now, were it going to.
    const news = await ext.openFixture('/news-zh-CN.html');
    await expect.poll(() => highlightedTexts(news)).toContain('南沙方案');
    expect(await lensLoaded(news)).toBe(true);
    await firstScanDone(ext, news);

    expect(await lensLoaded(quiet)).toBe(false);
    expect(await highlightedTexts(quiet)).toEqual([]);
  },
);

run('a term that appears later on a quiet page is highlighted', async ({ ext }) => {
  const page = await ext.openFixture('/cooking-zh.html');
  await firstScanDone(ext, page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '另据报道，《南沙方案》发布已满一年，横琴也有新进展。';
    document.body.append(p);
  });
  await expectHighlights(page, ['南沙方案', '横琴']);
  // Text changed in place counts too: the first paragraph now names a term.
  await page.evaluate(() => {
    const first = document.querySelector('p')?.firstChild as Text;
    first.data = `港澳青年${first.data}`;
  });
  await expect.poll(() => highlightedTexts(page)).toEqual(['港澳青年', '南沙方案', '横琴']);
});

run('on a quiet page, a selection offers Add note', async ({ ext }) => {
  const page = await ext.openFixture('/cooking-zh.html');
  await firstScanDone(ext, page);
  await dragSelect(page, 'p', '红烧肉是一道经济实惠的家常菜');
  await expect
    .poll(async () =>
      (await accessibilityTree(page)).some((n) => n.role === 'button' && n.name === '添加笔记'),
    )
    .toBe(true);
  expect(await highlightedTexts(page)).toEqual([]);
});

run('a page whose Content-Security-Policy allows nothing is highlighted', async ({ ext }) => {
  const page = await ext.openFixture('/csp.html');
  await expectHighlights(page, ['南沙方案', '港澳青年', '横琴', '前海']);
});
