/**
 * Notes taken on a page: select text → "Add note" (the button by the selection, the context
 * menu's command, the keyboard shortcut) → the panel's editor gets the quote; the quote is
 * found again and underlined on later visits; hovering it shows the note, clicking opens it.
 */
import { describe } from 'vitest';
import type { browser } from 'wxt/browser';
import type { NoteDraft } from '../../src/messaging/handoff.ts';
import {
  accessibilityTree,
  cardNodes,
  clickAxNode,
  countPanelOpens,
  dragSelect,
  type Extension,
  expect,
  highlightedTexts,
  highlightName,
  readHighlights,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;

const run = test.skipIf(skipE2E);

/** The quote every test notes: a phrase of the Simplified Chinese fixture with no term in it. */
const QUOTE = '集中力量推进重点片区建设';

/**
 * Opens the Simplified Chinese news page, selects QUOTE with the mouse and waits for the Add note
 * button (named `label` in the UI language); returns the page and a finder for the button.
 */
async function selectQuote(ext: Extension, label: string) {
  const page = await ext.openFixture('/news-zh-CN.html');
  await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');
  await dragSelect(page, '#lead', QUOTE);
  const adder = async () =>
    (await accessibilityTree(page)).find((n) => n.role === 'button' && n.name === label);
  await expect.poll(async () => (await adder()) !== undefined).toBe(true);
  return { page, adder };
}

run(
  'selecting text offers Add note; the panel gets the quote with its context',
  async ({ ext }) => {
    const panelOpens = await countPanelOpens(ext);
    const quote = QUOTE;
    const { page, adder } = await selectQuote(ext, '添加笔记');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(quote);
    await screenshot(page, 'add-note-button');

    // The context menu's "Add note" and Alt+Shift+M ask the page for the same capture (the
    // native menu and browser shortcuts cannot be driven headless; their message can).
    await page.bringToFront();
    const captured = await ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id === undefined
        ? null
        : chrome.tabs.sendMessage(tab.id, { type: 'capture-selection' }, { frameId: 0 });
    });
    expect(captured).toMatchObject({ selector: { exact: quote }, title: expect.any(String) });

    const button = await adder();
    if (!button) throw new Error('no Add note button');
    await clickAxNode(page, button);
    await expect.poll(panelOpens).toBe(1);
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

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  run(
    'a note from a selection: saved, underlined, found again after a reload, opened from the page; an orphan is listed',
    async ({ ext }) => {
      const panelOpens = await countPanelOpens(ext);
      const quote = QUOTE;
      const { page, adder } = await selectQuote(ext, 'Add note');
      const add = await adder();
      if (!add) throw new Error('no Add note button');
      await clickAxNode(page, add);
      await expect.poll(panelOpens).toBe(1);

      // The panel's editor has the quote and the page; the terms in the quote are suggested.
      const panel = await ext.openPanelTab();
      await panel.setViewportSize({ width: 400, height: 800 });
      await expect
        .poll(() => panel.locator('h2').first().textContent())
        .toBe('New note on this page');
      await expect.poll(() => panel.locator('blockquote.quote').textContent()).toBe(quote);
      await expect
        .poll(() => panel.locator('.compose .page-title').textContent())
        .toBe('南沙方案落地一周年：湾区新平台加快建设');
      await panel.getByRole('textbox', { name: /Note/ }).fill('Which districts are the *focus*?');
      await screenshot(panel, 'panel-compose');
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => panel.locator('.notes li').count()).toBe(1);

      // The page underlines the quote at once (a highlight of its own, apart from the terms).
      const underlined = async () => (await readHighlights(page)).note ?? [];
      await expect.poll(underlined).toEqual([quote]);
      await page.evaluate(() => getSelection()?.removeAllRanges());
      await screenshot(page, 'page-note-underlined');

      // A reload (with a tracking parameter and a fragment) finds the quote again.
      await page.goto(`${ext.server.url('/news-zh-CN.html')}?utm_source=feed#top`);
      await expect.poll(underlined).toEqual([quote]);

      // Hovering the quote shows the note; its button opens the note in the panel.
      const note = await highlightName(page, 'note');
      const point = await page.evaluate((name) => {
        const h = name ? CSS.highlights.get(name) : undefined;
        const r = h && [...h][0];
        const rect = r instanceof Range ? r.getClientRects()[0] : undefined;
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }, note);
      if (!point) throw new Error('no underlined quote');
      await page.mouse.move(point.x, point.y);
      const card = () => cardNodes(page, 'Your note');
      await expect.poll(async () => (await card()).length > 0).toBe(true);
      expect((await card()).map((n) => n.name).join(' ')).toContain('Which districts are the');
      await screenshot(page, 'page-note-card');
      const open = (await card()).find((n) => n.role === 'button' && n.name === 'Open note');
      if (!open) throw new Error('no Open note button');
      await clickAxNode(page, open);
      // The panel is open already (it stays open): the note is what changes in it.
      await expect
        .poll(() =>
          ext.worker.evaluate(async () => (await chrome.storage.session.get('openNote')).openNote),
        )
        .toMatchObject({ noteId: expect.any(String) });
      await expect.poll(() => panel.locator('.notes li.note.flash').count()).toBeGreaterThan(0);

      // A note whose quote is no longer on the page (imported from a file, as a user would) is
      // listed as an orphan in This page.
      const now = Date.now();
      const orphan = {
        id: 'orphan-1',
        body: 'About a paragraph that was removed',
        tags: [],
        termIds: [],
        passageIds: [],
        source: {
          url: ext.server.url('/news-zh-CN.html'),
          title: 'old',
          quote: '这一段后来被删除了',
          selector: {
            type: 'TextQuoteSelector',
            exact: '这一段后来被删除了',
            prefix: '',
            suffix: '',
          },
        },
        createdAt: now,
        updatedAt: now,
      };
      await panel.getByRole('button', { name: 'Data' }).click();
      await panel.getByLabel('Import', { exact: true }).setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            format: 'nansha-lens-notes',
            version: 1,
            exportedAt: now,
            notes: [orphan],
          }),
        ),
      });
      await expect
        .poll(() => panel.getByRole('status').allTextContents())
        .toContain('Imported from JSON: 1 added, 0 updated, 0 unchanged.');
      await page.bringToFront();
      await page.reload();
      await expect.poll(underlined).toEqual([quote]);
      // The page stays the active tab, as it is beside a real side panel.
      await panel
        .getByRole('link', { name: 'This page' })
        .or(panel.getByRole('button', { name: 'This page' }))
        .first()
        .click();
      await expect
        .poll(() => panel.locator('.orphans li').allTextContents())
        .toEqual([expect.stringContaining('About a paragraph that was removed')]);
      await expect.poll(() => panel.locator('.page-notes .anchor-status.anchored').count()).toBe(1);
      await screenshot(panel, 'panel-page-notes');
    },
  );
});
