/**
 * Export, import and backups in the panel, in real Chromium: a round trip gives identical notes
 * (JSON and W3C Web Annotation), bad files show an error naming the problem and change nothing,
 * text from pages and files stays inert, a backup restores.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expect, FIXTURES_DIR, screenshot, skipE2E, test } from './harness.ts';

const PANEL = { width: 400, height: 800 };

async function openData(ext: { openPanelTab(): Promise<Page> }): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize(PANEL);
  await panel.getByRole('button', { name: 'Data', exact: true }).click();
  await expect
    .poll(() => panel.locator('h2').first().textContent())
    .toBe('Export, import and backups');
  return panel;
}

const count = (panel: Page) => panel.locator('.data-view .notes-count').textContent();

async function importFile(panel: Page, name: string, content: string | Buffer): Promise<void> {
  await panel.getByLabel('Import', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

/** Chooses a format, clicks Export and returns the downloaded file's name and text. */
async function exportAs(
  panel: Page,
  format: 'json' | 'markdown' | 'w3c',
): Promise<{ name: string; text: string }> {
  await panel.getByLabel('Format').selectOption(format);
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The notes of a JSON export (exportedAt left out). */
async function exportedNotes(panel: Page): Promise<unknown[]> {
  const { text } = await exportAs(panel, 'json');
  const file = JSON.parse(text) as { format: string; version: number; notes: unknown[] };
  expect(file).toMatchObject({ format: 'nansha-lens-notes', version: 1 });
  return file.notes;
}

async function deleteAll(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Delete all notes' }).click();
  await panel.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect.poll(() => count(panel)).toBe('Notes: 0');
}

const fixture = () => readFile(join(FIXTURES_DIR, 'data-notes.json'), 'utf8');

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'JSON: export → delete all → import gives identical notes; page text stays inert',
    async ({ ext }) => {
      const panel = await openData(ext);
      await importFile(panel, 'data-notes.json', await fixture());
      await expect
        .poll(() => panel.locator('.import-report').textContent())
        .toBe('Imported from JSON: 3 added, 0 updated, 0 unchanged.');
      await expect.poll(() => count(panel)).toBe('Notes: 3');

      // A note written in the panel joins them.
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      await panel.getByRole('button', { name: 'New note', exact: true }).click();
      await panel.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Written here: 南沙方案');
      await panel.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('panel');
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => panel.locator('.notes .note').count()).toBe(4);

      // HTML and script from the file are shown as text; a javascript: page is not a link.
      expect(await panel.locator('.notes img, .notes script').count()).toBe(0);
      expect(await panel.evaluate(() => '__pwned' in window)).toBe(false);
      const payloadNote = panel.locator('.note', { hasText: 'Title <img' });
      expect(await payloadNote.locator('.source a').count()).toBe(0);
      expect(await payloadNote.locator('.unsafe-url').textContent()).toContain('<script>');
      expect(await payloadNote.locator('.tag-chip').first().textContent()).toContain('<img');
      const linked = panel.locator('.note', { hasText: '粤港澳全面合作' });
      expect(await linked.locator('.source a').getAttribute('href')).toBe(
        'https://news.example.com/a/1.html?id=5',
      );

      await panel.getByRole('button', { name: 'Data', exact: true }).click();
      const before = await exportedNotes(panel);
      expect(before).toHaveLength(4);
      const { name, text: markdown } = await exportAs(panel, 'markdown');
      expect(name).toMatch(/^nansha-lens-notes-\d{4}-\d{2}-\d{2}\.md$/);
      expect(markdown).toContain('## 南沙方案');
      expect(markdown).not.toMatch(/(?<!\\)<(img|script)/);

      const { text: file } = await exportAs(panel, 'json');
      await deleteAll(panel);
      await importFile(panel, 'export.json', file);
      await expect
        .poll(() => panel.locator('.import-report').textContent())
        .toBe('Imported from JSON: 4 added, 0 updated, 0 unchanged.');
      expect(await exportedNotes(panel)).toEqual(before);

      // Deleting left a backup (the imports went into an empty table: nothing to back up).
      await expect
        .poll(() => panel.locator('.backups .backup-what strong').allTextContents())
        .toEqual(['Before deleting all notes']);
      // Importing the same file again: nothing changes, but a backup is kept first.
      await importFile(panel, 'export.json', file);
      await expect
        .poll(() => panel.locator('.import-report').textContent())
        .toBe('Imported from JSON: 0 added, 0 updated, 4 unchanged.');
      await expect
        .poll(() => panel.locator('.backups .backup-what strong').allTextContents())
        .toEqual(['Before import', 'Before deleting all notes']);
      await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
      await screenshot(panel, 'panel-data');
    },
  );

  test.skipIf(skipE2E)(
    'bad files: the error names the problem and every note is unchanged',
    async ({ ext }) => {
      const panel = await openData(ext);
      await importFile(panel, 'data-notes.json', await fixture());
      await expect.poll(() => count(panel)).toBe('Notes: 3');
      const before = await exportedNotes(panel);
      const good = await fixture();
      const broken = JSON.parse(good) as { notes: Record<string, unknown>[] };
      (broken.notes[1] as Record<string, unknown>).updatedAt = 'yesterday';

      const cases: [string, string | Buffer, string][] = [
        ['truncated.json', good.slice(0, 700), 'The file is not valid JSON (is it complete?)'],
        [
          'version-2.json',
          good.replace('"version": 1', '"version": 2'),
          'This file is version 2 of the Nansha Lens format; this version of the extension reads version 1.',
        ],
        [
          'types.json',
          JSON.stringify(broken),
          'notes[1] (id "plain-id-2").updatedAt: expected number, got "yesterday"',
        ],
        [
          'huge.json',
          Buffer.alloc(21 * 1024 * 1024, 0x20),
          'The file is 21.0 MB; files up to 20.0 MB can be imported.',
        ],
        ['photo.json', '{"hello": "world"}', 'neither a Nansha Lens export nor a W3C'],
      ];
      for (const [name, content, message] of cases) {
        await importFile(panel, name, content);
        const alert = panel.getByRole('alert');
        await expect.poll(() => alert.textContent(), { message: name }).toContain(message);
        expect(await alert.textContent()).toContain(
          'Nothing was imported; your notes are unchanged.',
        );
        await expect.poll(() => count(panel)).toBe('Notes: 3');
      }
      await screenshot(panel, 'panel-data-error');
      expect(await exportedNotes(panel)).toEqual(before);
      // No backup was taken for an import that did not happen (only the first, valid one).
      expect(await panel.locator('.backups li').count()).toBe(0);
    },
  );

  test.skipIf(skipE2E)(
    'W3C Web Annotation round trip, and Restore from an automatic backup',
    async ({ ext }) => {
      const panel = await openData(ext);
      await importFile(panel, 'data-notes.json', await fixture());
      await expect.poll(() => count(panel)).toBe('Notes: 3');
      const before = await exportedNotes(panel);

      const { name, text } = await exportAs(panel, 'w3c');
      expect(name).toMatch(/\.jsonld$/);
      const collection = JSON.parse(text) as { type: string; first: { items: unknown[] } };
      expect(collection.type).toBe('AnnotationCollection');
      expect(collection.first.items).toHaveLength(3);

      await deleteAll(panel);
      await importFile(panel, 'notes.jsonld', text);
      await expect
        .poll(() => panel.locator('.import-report').textContent())
        .toBe('Imported from W3C Web Annotation: 3 added, 0 updated, 0 unchanged.');
      expect(await exportedNotes(panel)).toEqual(before);

      // Delete all again, then restore the backup taken before that.
      await deleteAll(panel);
      const latest = panel.locator('.backups li').first();
      expect(await latest.locator('strong').textContent()).toBe('Before deleting all notes');
      await latest.getByRole('button', { name: 'Restore' }).click();
      expect(await panel.getByRole('alertdialog').textContent()).toContain(
        'Replace all your notes with this backup (3 notes)?',
      );
      await panel.getByRole('button', { name: 'Yes, restore' }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toBe('Restored 3 notes.');
      await expect.poll(() => count(panel)).toBe('Notes: 3');
      expect(await exportedNotes(panel)).toEqual(before);
    },
  );
});

test.skipIf(skipE2E)(
  'the Data view in Chinese: Export and Import are named; nothing overflows at 360 px',
  async ({ ext }) => {
    const panel = await ext.openPanelTab();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.getByRole('button', { name: '数据', exact: true }).click();
    await expect
      .poll(() => panel.getByRole('button', { name: '导出', exact: true }).count())
      .toBe(1);
    expect(await panel.getByLabel('导入', { exact: true }).count()).toBe(1);
    const { scroll, client } = await panel.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  },
);
