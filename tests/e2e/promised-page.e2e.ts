/**
 * Features the docs promise on a page, each checked as a reader would notice it (issue 19):
 * the previous-term command's direction, `<code>` as a skipped zone, and the page's DOM left as it
 * was while the hover card and the Add note button are shown.
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
  expectHighlights,
  firstScanDone,
  highlightedTexts,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;
declare global {
  var __domPartsAtLoad: { html: string; head: string; body: string } | undefined;
}

const run = test.skipIf(skipE2E);

/** The tab id of `page` as the extension sees it (the page brought to the front first). */
async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** What the background's `onCommand('next-term' | 'previous-term')` sends to the top frame. */
function stepTerm(ext: Extension, tabId: number, direction: 1 | -1): Promise<unknown> {
  return ext.worker.evaluate(
    ([id, d]) => chrome.tabs.sendMessage(id, { type: 'step-term', direction: d }, { frameId: 0 }),
    [tabId, direction] as const,
  );
}

/** The name of the hover card shown (its canonical form), or undefined. */
async function cardShown(page: Page): Promise<string | undefined> {
  return (await accessibilityTree(page)).find((n) => n.role === 'dialog')?.name;
}

run(
  'previous term: the previous-term command steps backwards through the terms, wrapping at the start',
  async ({ ext }) => {
    const page = await ext.openFixture('/news-en.html');
    // Nansha Plan, State Council, Nansha Plan, Greater Bay Area, GBA, Hong Kong, Macau, Hengqin,
    // Qianhai, dynamic zero-COVID.
    await expect.poll(() => highlightedTexts(page)).toHaveLength(10);
    await firstScanDone(ext, page);
    const tabId = await tabIdOf(ext, page);

    // From the start, "previous" wraps round to the last term on the page…
    expect(await stepTerm(ext, tabId, -1)).toBe(true);
    await expect.poll(() => cardShown(page)).toBe('动态清零');
    // …and once more is the one before it.
    expect(await stepTerm(ext, tabId, -1)).toBe(true);
    await expect.poll(() => cardShown(page)).toBe('前海');
    // Next goes forward again; previous comes back.
    expect(await stepTerm(ext, tabId, 1)).toBe(true);
    await expect.poll(() => cardShown(page)).toBe('动态清零');
    expect(await stepTerm(ext, tabId, -1)).toBe(true);
    await expect.poll(() => cardShown(page)).toBe('前海');
    // The card opened by the command has its button focused: Enter opens the panel on the term.
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => (await chrome.storage.session.get('focus')).focus),
      )
      .toMatchObject({ termId: 'qianhai' });
  },
);

run('terms inside <code> are not highlighted; the same terms outside it are', async ({ ext }) => {
  const page = await ext.openFixture('/code-zone.html');
  // The positive signal first: the whole page has been scanned.
  await firstScanDone(ext, page);
  // 南沙方案, 横琴, Greater Bay Area and GBA inside <code> are left alone; 南沙<code>方案</code> is
  // 南沙 only (the code ends the run); the same kinds of term outside code are highlighted.
  const expected = ['南沙', 'Greater Bay Area', '粤港澳大湾区', '前海'];
  await expectHighlights(page, expected);
  expect(await highlightedTexts(page)).toEqual(expected);
  // And the panel's question to the page counts none of them.
  const report = (await ext.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'get-page-terms' }, { frameId: 0 }),
    await tabIdOf(ext, page),
  )) as { terms: { termId: string }[] };
  expect(report.terms.map((t) => t.termId).sort()).toEqual(['gba', 'nansha', 'qianhai']);
});

run(
  'the page’s DOM is unchanged while the hover card and the Add note button are shown',
  async ({ ext }) => {
    await ext.context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        globalThis.__domPartsAtLoad = {
          html: document.documentElement.outerHTML,
          head: document.head.outerHTML,
          body: document.body.outerHTML,
        };
      });
    });
    const page = await ext.openFixture('/news-zh-CN.html');
    await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');
    await firstScanDone(ext, page);

    const dom = () =>
      page.evaluate(() => ({
        atLoad: globalThis.__domPartsAtLoad,
        html: document.documentElement.outerHTML,
        head: document.head.outerHTML,
        body: document.body.outerHTML,
      }));
    const addNoteShown = async () =>
      (await accessibilityTree(page)).some((n) => n.role === 'button' && n.name === '添加笔记');

    // A selection: the Add note button is shown by it.
    await dragSelect(page, '#lead', '集中力量推进重点片区建设');
    await expect.poll(addNoteShown).toBe(true);
    // The pointer rests on a term (the selection stays): the card is shown too.
    const point = await centreOfHighlighted(page, '南沙方案');
    if (!point) throw new Error('no highlight for 南沙方案');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await cardNodes(page, '南沙方案')).length > 0).toBe(true);
    expect(await addNoteShown()).toBe(true);

    // Both shown: <head> and <body> are byte for byte as loaded; the only thing added to the
    // document is a bare host per UI, after </body> (their content is in closed shadow roots).
    const shown = await dom();
    if (!shown.atLoad) throw new Error('the DOM was not recorded at load');
    expect(shown.head).toBe(shown.atLoad.head);
    expect(shown.body).toBe(shown.atLoad.body);
    expect(shown.html).toBe(
      shown.atLoad.html.replace(/<\/html>$/, '<div></div><div></div></html>'),
    );

    // Escape takes both away: the document is exactly as it was loaded.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await dom()).html).toBe(shown.atLoad.html);
    expect(await addNoteShown()).toBe(false);
    expect(await cardNodes(page, '南沙方案')).toEqual([]);
  },
);
