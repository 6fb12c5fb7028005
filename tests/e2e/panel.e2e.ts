import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import {
  centreOfHighlighted,
  expect,
  screenshot,
  skipE2E,
  test,
  waitForHighlights,
} from './harness.ts';

/** Side-panel width. */
const PANEL = { width: 400, height: 800 };

/** A screenshot of the panel, named for the README (see `screenshot` in the harness). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await screenshot(page, `panel-${name}`);
}

async function openPanel(ext: { openPanelTab(): Promise<Page> }): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize(PANEL);
  return panel;
}

async function search(panel: Page, query: string): Promise<void> {
  const box = panel.getByRole('searchbox');
  await box.fill(query);
}

/** Texts of the results of one group (`passage`, `term`, `note`). */
const results = (panel: Page, kind: string) => panel.locator(`.group-${kind} li`);

test.skipIf(skipE2E)(
  'search: Simplified, Traditional, English and a typo find the right passages and terms',
  async ({ ext }) => {
    const panel = await openPanel(ext);
    const box = panel.getByRole('searchbox', { name: '搜索决议、你的文档、术语和笔记' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);

    // Traditional: 慶盛樞紐 finds the term and the passage, shown in Traditional, the term marked.
    await search(panel, '慶盛樞紐');
    await expect.poll(() => results(panel, 'term').first().textContent()).toContain('庆盛枢纽');
    expect(await results(panel, 'passage').first().locator('mark').first().textContent()).toBe(
      '慶盛樞紐',
    );
    await shot(panel, 'search');

    // English: the term by its English form, and the passages that contain it, in English.
    await search(panel, 'Qingsheng hub');
    await expect.poll(() => results(panel, 'term').first().textContent()).toContain('庆盛枢纽');
    expect(await results(panel, 'passage').first().locator('mark').first().textContent()).toBe(
      'Qingsheng hub',
    );
    await search(panel, 'GBA');
    await expect.poll(() => results(panel, 'term').first().textContent()).toContain('粤港澳大湾区');
    expect(await results(panel, 'passage').count()).toBeGreaterThan(0);

    // One wrong character: 南沙放案 → 南沙方案 first, marked as approximate.
    await search(panel, '南沙放案');
    await expect.poll(() => results(panel, 'term').first().textContent()).toContain('南沙方案');
    const firstPassage = results(panel, 'passage').first();
    expect(await firstPassage.locator('mark').allTextContents()).toContain('南沙方案');

    // Keyboard: ↓ moves from the box into the results and down them, ↑ back up to the box,
    // Enter opens the term, Escape comes back; so does the ← button.
    await search(panel, '南沙方案');
    await expect.poll(() => results(panel, 'term').first().textContent()).toContain('南沙方案');
    const focused = () =>
      panel.evaluate(() => {
        const el = document.activeElement;
        const all = [...document.querySelectorAll('.results .result')];
        return el instanceof HTMLInputElement ? 'box' : all.indexOf(el as Element);
      });
    expect(await focused()).toBe('box');
    await panel.keyboard.press('ArrowDown');
    expect(await focused()).toBe(0);
    await panel.keyboard.press('ArrowDown');
    expect(await focused()).toBe(1);
    await panel.keyboard.press('ArrowUp');
    expect(await focused()).toBe(0);
    await panel.keyboard.press('ArrowUp');
    expect(await focused()).toBe('box');
    // Down to the first term (the passages come first).
    const firstTerm = await panel.evaluate(() =>
      [...document.querySelectorAll('.results .result')].indexOf(
        document.querySelector('.group-term .result') as Element,
      ),
    );
    expect(firstTerm).toBeGreaterThan(0);
    for (let i = 0; i <= firstTerm; i++) await panel.keyboard.press('ArrowDown');
    expect(await focused()).toBe(firstTerm);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('南沙方案');
    await shot(panel, 'term');
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.getByRole('searchbox').inputValue()).toBe('南沙方案');
    await results(panel, 'term').first().locator('button').click();
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('南沙方案');
    await panel.getByRole('button', { name: '返回' }).click();
    await expect.poll(() => panel.getByRole('searchbox').inputValue()).toBe('南沙方案');
    // `/` focuses the search box from anywhere.
    await panel.locator('h1').click();
    await panel.keyboard.press('/');
    await expect
      .poll(() => panel.getByRole('searchbox').evaluate((el) => el === document.activeElement))
      .toBe(true);

    // Document view: every paragraph numbered, terms clickable; a passage is scrolled to.
    await panel.getByRole('button', { name: '全文' }).click();
    await expect.poll(() => panel.locator('.paragraphs > li').count()).toBeGreaterThan(3);
    await panel.locator('.term-link', { hasText: '庆盛枢纽' }).first().click();
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('庆盛枢纽');
    await panel.getByRole('button', { name: '在全文中查看' }).first().click();
    await expect.poll(() => panel.locator('.sentence.current').count()).toBe(1);
    expect(await panel.locator('.sentence.current').textContent()).toContain('庆盛枢纽');
    await shot(panel, 'document');

    // Nothing overflows at the narrowest panel width (360 px), in any view.
    await panel.setViewportSize({ width: 360, height: 800 });
    for (const view of ['搜索', '全文', '当前网页', '笔记']) {
      await panel.getByRole('button', { name: view, exact: true }).click();
      const { scroll, client } = await panel.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, view).toBeLessThanOrEqual(client);
    }
  },
);

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'notes: create, edit, delete and undo; they survive a reload and a browser restart',
    async ({ ext }) => {
      let panel = await openPanel(ext);
      await search(panel, '南沙方案');
      await results(panel, 'term').first().locator('button').click();
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('南沙方案');

      // Create, from the term page. Raw HTML in the body is shown as text, never run.
      await panel.getByRole('button', { name: 'New note', exact: true }).click();
      await panel
        .getByRole('textbox', { name: 'Note (Markdown)' })
        .fill('**Key point**: 慶盛樞紐 is the hub. <img src=x onerror="window.__pwned=1">');
      // The matcher suggests links from the text (Traditional too), as removable chips.
      await expect
        .poll(() => panel.locator('.note-editor .term-chip').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining('庆盛枢纽')]));
      await panel
        .getByRole('textbox', { name: 'Tags, separated by commas' })
        .fill('interview, 待核实');
      await shot(panel, 'editor');
      await panel.getByRole('button', { name: 'Save' }).click();
      const note = panel.locator('.notes .note').first();
      await expect.poll(() => note.locator('strong').textContent()).toBe('Key point');
      expect(await note.locator('img').count()).toBe(0);
      expect(await note.textContent()).toContain('<img src=x');
      expect(await note.locator('.tag-chip').allTextContents()).toEqual(['#interview', '#待核实']);
      expect(await panel.evaluate(() => '__pwned' in window)).toBe(false);
      await expect.poll(() => panel.locator('.notes-count').textContent()).toBe('Notes: 1');

      // Edit in place.
      await note.getByRole('button', { name: 'Edit' }).click();
      await panel
        .getByRole('textbox', { name: 'Note (Markdown)' })
        .fill('Revised: *Nansha* plan, 粵港澳大灣區');
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => note.locator('em').textContent()).toBe('Nansha');
      expect(await note.locator('.term-chip').allTextContents()).toContain('粤港澳大湾区');

      // The note is found by search, in Traditional.
      await panel.getByRole('button', { name: 'Search', exact: true }).click();
      await search(panel, '粵港澳大灣區');
      await expect.poll(() => results(panel, 'note').first().textContent()).toContain('Revised');

      // Delete, then Undo restores it exactly.
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      await expect.poll(() => panel.locator('.notes .note').count()).toBe(1);
      const before = await panel.locator('.notes .note').first().innerHTML();
      await panel.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => panel.locator('.notes .note').count()).toBe(0);
      await shot(panel, 'undo');
      await panel.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => panel.locator('.notes .note').count()).toBe(1);
      expect(await panel.locator('.notes .note').first().innerHTML()).toBe(before);
      await shot(panel, 'notes');

      // Survives a reload of the panel…
      await panel.reload();
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      await expect
        .poll(() => panel.locator('.notes .note').first().textContent())
        .toContain('Revised');

      // …and a restart of the browser on the same profile.
      await ext.restart();
      panel = await openPanel(ext);
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      await expect
        .poll(() => panel.locator('.notes .note').first().textContent())
        .toContain('Revised');
      expect(await panel.locator('.notes .tag-chip').allTextContents()).toEqual([
        '#interview',
        '#待核实',
      ]);
    },
  );

  test.skipIf(skipE2E)(
    'a term clicked on a page opens its Term view; This page lists the terms and the page is remembered',
    async ({ ext }) => {
      const page = await ext.openFixture('/news-zh-CN.html');
      await waitForHighlights(page);
      const point = await centreOfHighlighted(page, '南沙方案');
      expect(point).not.toBeNull();
      await page.mouse.click(point?.x ?? 0, point?.y ?? 0);

      const panel = await openPanel(ext);
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('南沙方案');
      // The page is listed under "Seen on pages" (sightings), as a link.
      await expect
        .poll(() => panel.locator('.pages a').first().getAttribute('href'), { timeout: 10_000 })
        .toBe(ext.server.url('/news-zh-CN.html'));

      await panel.getByRole('button', { name: 'This page', exact: true }).click();
      await expect
        .poll(() => panel.locator('.page-terms li').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining('南沙方案')]));
      expect(await panel.locator('.coverage .touched').count()).toBeGreaterThan(0);
      await shot(panel, 'page');

      // Clear history: once it says so, the Term view, loaded (its "not seen" line is there),
      // lists no page any more.
      await panel.getByRole('button', { name: 'Clear history' }).click();
      await expect
        .poll(() => panel.getByRole('status').allTextContents())
        .toContain('History cleared.');
      await panel.locator('.page-terms li button.link').first().click();
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('南沙方案');
      await expect
        .poll(() => panel.locator('.empty', { hasText: 'Not seen on any page yet.' }).count())
        .toBe(1);
      expect(await panel.locator('.pages a').count()).toBe(0);
    },
  );
});
