/**
 * The options page in real Chromium: every setting is written to storage.local at once, in the
 * shape the content script reads; a colour whose text would read below 4.5:1 is refused; disabled
 * sites, shortcuts, and "clear everything" with its confirmation.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { DEFAULT_COLOURS } from '../../src/settings/colours.ts';
import { openOptions } from './a11y/pages.ts';
import { type Extension, expect, FIXTURES_DIR, screenshot, skipE2E, test } from './harness.ts';

declare const chrome: typeof import('wxt/browser').browser;

/** storage.local as the content script and background read it. */
function stored(ext: Extension, keys: string[]): Promise<Record<string, unknown>> {
  return ext.worker.evaluate((k) => chrome.storage.local.get(k), keys);
}

const highlight = async (ext: Extension) =>
  (await stored(ext, ['highlight'])).highlight as
    | {
        hiddenCategories: string[];
        colours: Record<string, string>;
        traditional: boolean;
        english: boolean;
      }
    | undefined;

const saved = (page: Page) => page.getByRole('status').first().textContent();

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'categories, colours and variant sets are saved at once, in the shape the content script reads',
    async ({ ext }) => {
      const page = await openOptions(ext);
      expect(await page.title()).toBe('Nansha Lens options');
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
      expect(await highlight(ext)).toBeUndefined();

      // The global switch.
      const global = page.getByRole('checkbox', {
        name: 'Highlight the resolution’s key terms on web pages',
      });
      expect(await global.isChecked()).toBe(true);
      await global.uncheck();
      await expect.poll(async () => (await stored(ext, ['enabled'])).enabled).toBe(false);
      await expect.poll(() => saved(page)).toBe('✓ Saved');
      await global.check();
      await expect.poll(async () => (await stored(ext, ['enabled'])).enabled).toBe(true);

      // A category off, the English forms off, a colour changed.
      await page.getByRole('checkbox', { name: 'Epidemic policy', exact: true }).uncheck();
      await page.getByRole('checkbox', { name: /^English forms/ }).uncheck();
      const places = page.getByLabel('Colour for Places and platforms');
      await places.fill('#0b3d91');
      await expect
        .poll(() => highlight(ext))
        .toEqual({
          hiddenCategories: ['epidemic'],
          colours: { ...DEFAULT_COLOURS, places: '#0b3d91' },
          traditional: true,
          english: false,
        });
      // A dark colour gets white text in the sample, and its ratio is shown.
      const row = page.locator('.category-row[data-category="places"]');
      expect(
        await row.locator('.strip.light .sample').evaluate((el) => getComputedStyle(el).color),
      ).toBe('rgb(255, 255, 255)');
      expect(await row.locator('.ratio').textContent()).toMatch(/^Contrast 1\d\.\d:1$/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'options');

      // A mid-grey reads below 4.5:1 with dark and with white text: refused, and said why.
      const plans = page.getByLabel('Colour for Plans and documents');
      await plans.fill('#777777');
      const alert = page.locator('.category-row[data-category="plans"] [role="alert"]');
      await expect
        .poll(() => alert.textContent())
        .toBe(
          '#777777 was not saved: its text reaches only 4.4:1, and at least 4.5:1 is needed. Choose a lighter or a darker colour.',
        );
      expect(await plans.getAttribute('aria-invalid')).toBe('true');
      await alert.scrollIntoViewIfNeeded();
      await screenshot(page, 'options-refused');
      expect((await highlight(ext))?.colours.plans).toBe(DEFAULT_COLOURS.plans);
      // A readable colour afterwards is saved and the warning goes.
      await plans.fill('#ffd54f');
      await expect.poll(async () => (await highlight(ext))?.colours.plans).toBe('#ffd54f');
      expect(await alert.count()).toBe(0);

      // Reset colours keeps the rest.
      await page.getByRole('button', { name: 'Reset colours' }).click();
      await expect
        .poll(() => highlight(ext))
        .toEqual({
          hiddenCategories: ['epidemic'],
          colours: DEFAULT_COLOURS,
          traditional: true,
          english: false,
        });

      // History: the sightings switch.
      await page.getByRole('checkbox', { name: 'Remember the pages where terms appear' }).uncheck();
      await expect
        .poll(
          async () => (await stored(ext, ['settings.recordSightings']))['settings.recordSightings'],
        )
        .toBe(false);

      // A reload shows what was saved.
      await page.reload();
      await page.locator('.category-row').first().waitFor();
      await expect
        .poll(() =>
          page.getByRole('checkbox', { name: 'Epidemic policy', exact: true }).isChecked(),
        )
        .toBe(false);
      expect(await page.getByRole('checkbox', { name: /^English forms/ }).isChecked()).toBe(false);
      expect(
        await page.getByRole('checkbox', { name: /^Traditional Chinese forms/ }).isChecked(),
      ).toBe(true);
    },
  );

  test.skipIf(skipE2E)(
    'disabled sites: listed from storage, Remove turns a site back on',
    async ({ ext }) => {
      const page = await openOptions(ext);
      const section = page.getByRole('region', { name: 'Sites where highlighting is off' });
      await expect
        .poll(() => section.locator('.empty').textContent())
        .toMatch(/^None: highlighting/);

      await ext.worker.evaluate(() =>
        chrome.storage.local.set({ disabledSites: ['news.example.com', '127.0.0.1:8080'] }),
      );
      await expect
        .poll(() => section.locator('.sites .site').allTextContents())
        .toEqual(['news.example.com', '127.0.0.1:8080']);
      await section.getByRole('button', { name: 'Remove news.example.com' }).click();
      await expect
        .poll(async () => (await stored(ext, ['disabledSites'])).disabledSites)
        .toEqual(['127.0.0.1:8080']);
      await expect
        .poll(() => section.locator('.sites .site').allTextContents())
        .toEqual(['127.0.0.1:8080']);
      await section.getByRole('button', { name: 'Remove 127.0.0.1:8080' }).click();
      await expect.poll(() => section.locator('.empty').count()).toBe(1);
    },
  );

  test.skipIf(skipE2E)('keyboard shortcuts: every command with its keys', async ({ ext }) => {
    const page = await openOptions(ext);
    const rows = page.locator('table.shortcuts tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    // What the browser reports is what is listed.
    const browserKeys = Object.fromEntries(
      (await ext.worker.evaluate(() => chrome.commands.getAll())).map((c) => [c.name, c.shortcut]),
    );
    expect(browserKeys._execute_action).toBe('Alt+Shift+L');
    expect(table).toEqual([
      ['Open the panel', 'Alt+Shift+L'],
      ['Turn highlighting on or off for this site', 'Alt+Shift+H'],
      ['Add a note on the selected text', 'Alt+Shift+M'],
      ['Go to the next term on the page', 'Alt+Shift+J'],
      ['Go to the previous term on the page', 'Not set'],
    ]);
    expect(await page.locator('tr[data-command="toggle-site"] kbd').allTextContents()).toEqual([
      'Alt',
      'Shift',
      'H',
    ]);
    expect(await page.getByText('chrome://extensions/shortcuts', { exact: false }).count()).toBe(1);
    // Chromium: a button opens the browser's shortcut settings in a tab.
    const [tab] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open the shortcut settings' }).click(),
    ]);
    await expect.poll(() => tab.url()).toBe('chrome://extensions/shortcuts');
  });

  test.skipIf(skipE2E)(
    'clear everything asks first, then empties notes and settings, keeping a backup',
    async ({ ext }) => {
      const page = await openOptions(ext);
      // Notes come in through the Data section's import.
      await page.getByLabel('Import', { exact: true }).setInputFiles({
        name: 'data-notes.json',
        mimeType: 'application/json',
        buffer: await readFile(join(FIXTURES_DIR, 'data-notes.json')),
      });
      const count = page.locator('.data-view .notes-count');
      await expect.poll(() => count.textContent()).toBe('Notes: 3');
      await page.getByRole('checkbox', { name: /^English forms/ }).uncheck();
      await expect.poll(async () => (await highlight(ext))?.english).toBe(false);

      // Cancel changes nothing.
      const clear = page.getByRole('button', { name: 'Clear everything…' });
      await clear.click();
      const dialog = page.getByRole('dialog');
      await expect
        .poll(() => dialog.textContent())
        .toContain('Delete all 3 notes, your documents, the history of pages and all settings?');
      // The safe choice has the focus.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      await screenshot(page, 'options-clear');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await dialog.isVisible()).toBe(false);
      expect(await count.textContent()).toBe('Notes: 3');

      // Confirmed: everything goes, a backup of the notes stays.
      await clear.click();
      await dialog.getByRole('button', { name: 'Yes, clear everything' }).click();
      await expect.poll(() => count.textContent()).toBe('Notes: 0');
      await expect
        .poll(() => page.locator('.clear-all [role="status"]').textContent())
        .toBe('Everything was cleared; a backup of the notes was kept.');
      expect(await highlight(ext)).toBeUndefined();
      expect(await page.getByRole('checkbox', { name: /^English forms/ }).isChecked()).toBe(true);
      await expect
        .poll(() => page.locator('.backups li').first().textContent())
        .toContain('Before deleting all notes');
    },
  );
});

test.skipIf(skipE2E)(
  'in Simplified Chinese: labels, a setting saved, shortcuts',
  async ({ ext }) => {
    const page = await openOptions(ext);
    expect(await page.locator('h1').textContent()).toBe('南沙透镜设置');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('checkbox', { name: '疫情防控', exact: true }).uncheck();
    await expect.poll(async () => (await highlight(ext))?.hiddenCategories).toEqual(['epidemic']);
    await expect.poll(() => saved(page)).toBe('✓ 已保存');
    await expect
      .poll(() => page.locator('tr[data-command="toggle-site"]').textContent())
      .toBe('在此网站开启或关闭高亮Alt+Shift+H');
    expect(await page.locator('tr[data-command="_execute_action"] td').first().textContent()).toBe(
      '打开侧边栏',
    );
    await page.getByLabel('“规划与文件”的颜色').fill('#777777');
    await expect
      .poll(() => page.locator('[role="alert"]').textContent())
      .toContain('#777777 未保存');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'options-zh-CN');
  },
);
