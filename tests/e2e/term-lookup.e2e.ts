import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { axe, describe as describeViolations, isSerious } from './a11y/axe.ts';
import { expect, screenshot, skipE2E, test } from './harness.ts';

/** Texts of the results of one group (`passage`, `term`, `note`). */
const results = (panel: Page, kind: string) => panel.locator(`.group-${kind} li`);

async function openPanel(ext: { openPanelTab(): Promise<Page> }): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize({ width: 400, height: 800 });
  return panel;
}

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'a term name typed with a slip finds its term; a query that finds nothing asks "Did you mean"',
    async ({ ext }) => {
      const panel = await openPanel(ext);
      const box = panel.getByRole('searchbox');

      // Transposed letters: the engine finds no term, the lookup by name does, marked approximate.
      await box.fill('Nansah Plan');
      const term = results(panel, 'term').first();
      await expect.poll(() => term.textContent()).toContain('南沙方案');
      expect(await term.locator('.result-sub mark').allTextContents()).toEqual(['Nansha Plan']);
      expect(await term.locator('.badge').textContent()).toBe('approximate');
      await term.locator('button').click();
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('南沙方案');
      await panel.keyboard.press('Escape');
      await expect.poll(() => panel.getByRole('searchbox').inputValue()).toBe('Nansah Plan');

      // Nothing found at all: "Did you mean Hengqin?"; the suggestion runs that search.
      await box.fill('Hengqni');
      await expect
        .poll(() => panel.locator('.empty').textContent())
        .toBe('Nothing found for “Hengqni”.');
      const line = panel.locator('.did-you-mean');
      await expect.poll(() => line.textContent()).toBe('Did you mean Hengqin?');
      await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
      await panel.mouse.move(0, 0);
      await screenshot(panel, 'panel-did-you-mean');
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        const serious = (await axe(panel)).filter(isSerious);
        expect(serious, `${colorScheme}:\n${describeViolations(serious)}`).toEqual([]);
      }
      await panel.emulateMedia({ colorScheme: 'light' });
      await line.getByRole('button', { name: 'Hengqin' }).click();
      await expect.poll(() => box.inputValue()).toBe('Hengqin');
      await expect.poll(() => results(panel, 'term').first().textContent()).toContain('横琴');
      // An exact result: no approximate badge, no "Did you mean", the box keeps the focus.
      expect(await panel.locator('.did-you-mean').count()).toBe(0);
      expect(await results(panel, 'term').first().locator('.badge').count()).toBe(0);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

      // Unrelated words find nothing, and suggest nothing.
      await box.fill('weather');
      await expect
        .poll(() => panel.locator('.empty').textContent())
        .toBe('Nothing found for “weather”.');
      expect(await panel.locator('.did-you-mean, .group-term').count()).toBe(0);
    },
  );
});

test.skipIf(skipE2E)(
  'in the Simplified Chinese UI, "Did you mean" is translated',
  async ({ ext }) => {
    const panel = await openPanel(ext);
    await panel.getByRole('searchbox').fill('Qianhia');
    await expect
      .poll(() => panel.locator('.did-you-mean').textContent())
      .toBe('你要找的是不是Qianhai？');
    await panel.locator('.did-you-mean button').click();
    await expect.poll(() => results(panel, 'term').first().textContent()).toContain('前海');
  },
);
