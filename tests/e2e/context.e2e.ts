/**
 * Ambiguous names (香港, 澳門, Hong Kong, GBA…) are highlighted only where the frame also has a
 * term of the plan or a context word; otherwise the panel's This page view lists them as held
 * back (docs/decisions/090-ambiguous-terms.md).
 */
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import {
  expect,
  expectHighlights,
  firstScanDone,
  highlightedTexts,
  pageReport,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

const run = test.skipIf(skipE2E);

async function thisPage(ext: { openPanelTab(): Promise<Page> }): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.getByRole('button', { name: 'This page', exact: true }).click();
  return panel;
}

describe('ambiguous names on pages', () => {
  test.scoped({ lang: 'en' });

  run('a page with only partner names and a game console highlights nothing', async ({ ext }) => {
    const page = await ext.openFixture('/partners-only.html');
    const report = await firstScanDone(ext, page);
    expect(await highlightedTexts(page)).toEqual([]);
    expect(report.terms).toEqual([]);
    expect(report.held).toEqual([
      { termId: 'hong-kong', form: '香港', count: 2 },
      { termId: 'macao', form: '澳門', count: 2 },
      { termId: 'hk-macao', form: '港澳', count: 1 },
      { termId: 'gba', form: 'GBA', count: 2 },
      { termId: 'hong-kong', form: 'Hong Kong', count: 1 },
      { termId: 'macao', form: 'Macau', count: 1 },
    ]);

    const panel = await thisPage(ext);
    const section = panel.getByRole('region', {
      name: 'Held back: not highlighted without context',
    });
    await expect
      .poll(() => section.locator('li').allTextContents())
      .toEqual([
        '香港×2→',
        '澳門 (澳门)×2→',
        '港澳×1→',
        'GBA (粤港澳大湾区)×2→',
        'Hong Kong (香港)×1→',
        'Macau (澳门)×1→',
      ]);
    expect(await section.locator('.hint').textContent()).toContain('context word');
    // Nothing is counted as on the page: no term list, no coverage.
    expect(await panel.locator('h3', { hasText: 'Terms on the page' }).textContent()).toContain(
      '0',
    );
    expect(await panel.locator('.coverage').count()).toBe(0);
    await screenshot(panel, 'panel-held');
  });

  run('next to the plan’s own term, 香港 is highlighted', async ({ ext }) => {
    const page = await ext.openFixture('/partners-plan.html');
    await expectHighlights(page, ['南沙方案', '香港', '南沙', '南沙方案']);
    expect((await pageReport(ext, page))?.held).toEqual([]);
  });

  run('a held 香港 is highlighted once text with a term of the plan arrives', async ({ ext }) => {
    const page = await ext.openFixture('/partners-later.html');
    // Until the second story comes, 香港 is held; after it, shown.
    const first = await firstScanDone(ext, page);
    expect(first.held).toEqual([{ termId: 'hong-kong', form: '香港', count: 1 }]);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.evaluate(() => (window as unknown as { addStory: () => void }).addStory());
    await expectHighlights(page, ['香港', '南沙方案']);
    const report = await pageReport(ext, page);
    expect(report?.held).toEqual([]);
    expect(report?.terms.map((t) => [t.termId, t.count])).toEqual([
      ['hong-kong', 1],
      ['nansha-plan', 1],
    ]);
  });
});
