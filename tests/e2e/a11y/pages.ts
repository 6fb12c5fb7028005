/** Opening the extension's own pages in a tab, at a given size. */
import type { Page } from 'playwright-core';
import type { Extension } from '../harness.ts';

/** The options page, once its storage-backed controls are filled in. */
export async function openOptions(ext: Extension, width = 820, height = 1000): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${ext.id}/options.html`);
  await page.locator('.category-row').first().waitFor();
  await page.locator('table.shortcuts tbody tr').first().waitFor();
  return page;
}

/** The side panel's page in a tab, at the panel's width. */
export async function openPanel(ext: Extension, width = 400, height = 800): Promise<Page> {
  const page = await ext.openPanelTab();
  await page.setViewportSize({ width, height });
  return page;
}
