/**
 * The panel with a page: two open panels show the same notes as they change, and choosing a
 * term in This page scrolls the page to it.
 */
import { describe } from 'vitest';
import { expect, highlightedTexts, readHighlights, skipE2E, test } from './harness.ts';

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)('two open panels stay in sync', async ({ ext }) => {
    const a = await ext.openPanelTab();
    const b = await ext.openPanelTab();
    for (const panel of [a, b]) {
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      await expect.poll(() => panel.locator('.notes-count').first().textContent()).toBe('Notes: 0');
    }
    await a.getByRole('button', { name: 'New note', exact: true }).click();
    await a.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Seen in both panels');
    await a.getByRole('button', { name: 'Save' }).click();
    // The other panel shows it without a reload (Dexie's liveQuery across pages).
    await expect
      .poll(() => b.locator('.notes .note').allTextContents())
      .toEqual([expect.stringContaining('Seen in both panels')]);
    await b.locator('.notes .note').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => a.locator('.notes .note').count()).toBe(0);
  });

  test.skipIf(skipE2E)('This page: choosing a term scrolls the page to it', async ({ ext }) => {
    const page = await ext.openFixture('/news-zh-TW.html');
    await expect.poll(() => highlightedTexts(page)).toHaveLength(11);
    await page.setViewportSize({ width: 600, height: 200 });
    const panel = await ext.openPanelTab();
    await panel.setViewportSize({ width: 400, height: 800 });
    // The page stays the active tab, as it is beside a real side panel.
    await page.bringToFront();
    await panel.getByRole('button', { name: 'This page', exact: true }).click();
    // 11 highlights, 10 terms (the full title and 南沙方案 are one term).
    await expect.poll(() => panel.locator('.page-terms li').count()).toBe(10);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await panel.locator('.page-terms li', { hasText: '前海' }).getByRole('button').first().click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const flashed = (await readHighlights(page)).flash?.[0] ?? null;
    expect(flashed).toBe('前海');
  });
});
