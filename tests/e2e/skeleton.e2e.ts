import {
  accessibilityTree,
  centreOfHighlighted,
  countPanelOpens,
  expect,
  screenshot,
  skipE2E,
  test,
  waitForHighlights,
} from './harness.ts';

test.skipIf(skipE2E)(
  'page → 南沙方案 highlighted → click → side panel opens on the term with its passages',
  async ({ ext }) => {
    const panelOpens = await countPanelOpens(ext);

    const page = await ext.openFixture('/news-zh-CN.html');
    const highlights = await waitForHighlights(page);
    const all = Object.values(highlights).flat();
    expect(all).toContain('南沙方案');
    // The title, and two paragraphs that say 南沙方案.
    expect(all.filter((t) => t === '南沙方案')).toHaveLength(3);
    await screenshot(page, 'page-zh-CN');

    const point = await centreOfHighlighted(page, '南沙方案');
    expect(point).not.toBeNull();
    // Resting on the term opens its card (screenshot for the README), then a click.
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect
      .poll(async () =>
        (await accessibilityTree(page)).some((n) => n.role === 'dialog' && n.name === '南沙方案'),
      )
      .toBe(true);
    await screenshot(page, 'hover-card-zh-CN');
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);

    await expect.poll(panelOpens).toBe(1);

    const panel = await ext.openPanelTab();
    await panel.setViewportSize({ width: 400, height: 800 });
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('南沙方案');
    const passages = panel.locator('.passages li');
    expect(await passages.count()).toBeGreaterThan(0);
    for (const text of await passages.allTextContents()) expect(text).toContain('南沙方案');
    // Every form of the term is marked (the full title too); the short form is among them.
    expect(await panel.locator('.passages mark').allTextContents()).toContain('南沙方案');
    // The notes database opened in the extension's origin.
    await expect.poll(() => panel.locator('.notes-count').textContent()).toMatch(/^0 /);
    await screenshot(panel, 'panel-from-click');
  },
);
