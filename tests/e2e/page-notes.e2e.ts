/**
 * Notes taken on a page: select text → "Add note" (the button by the selection, the context
 * menu's command, the keyboard shortcut) → the panel's editor gets the quote; the quote is
 * found again and underlined on later visits; hovering it shows the note, clicking opens it.
 */
import type { browser } from 'wxt/browser';
import type { NoteDraft } from '../../src/messaging/notes';
import {
  accessibilityTree,
  clickAxNode,
  dragSelect,
  expect,
  highlightedTexts,
  screenshot,
  skipE2E,
  test,
} from './harness';

declare const chrome: typeof browser;
declare global {
  var __panelOpened: unknown[] | undefined;
}

const run = test.skipIf(skipE2E);

run(
  'selecting text offers Add note; the panel gets the quote with its context',
  async ({ ext }) => {
    await ext.worker.evaluate(() => {
      globalThis.__panelOpened = [];
      chrome.sidePanel.onOpened.addListener((info) => globalThis.__panelOpened?.push(info));
    });
    const page = await ext.openFixture('/news-zh-CN.html');
    await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');

    const quote = '集中力量推进重点片区建设';
    await dragSelect(page, '#lead', quote);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(quote);
    const adder = async () =>
      (await accessibilityTree(page)).find((n) => n.role === 'button' && n.name === '添加笔记');
    await expect.poll(async () => (await adder()) !== undefined).toBe(true);
    await screenshot(page, 'add-note-button');

    const button = await adder();
    if (!button) throw new Error('no Add note button');
    await clickAxNode(page, button);
    await expect.poll(() => ext.worker.evaluate(() => globalThis.__panelOpened?.length)).toBe(1);
    const draft = (await ext.worker.evaluate(
      async () => (await chrome.storage.session.get('noteDraft')).noteDraft,
    )) as NoteDraft;
    expect(draft.selector).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: expect.stringMatching(/面向世界”的定位，$/),
      suffix: expect.stringMatching(/^。/),
    });
    expect(draft.position.end - draft.position.start).toBe(quote.length);
    expect(draft.url).toBe(ext.server.url('/news-zh-CN.html'));
    expect(draft.title).toBe('南沙方案落地一周年：湾区新平台加快建设');
    // The button went away with the note taken.
    await expect.poll(adder).toBeUndefined();
  },
);
