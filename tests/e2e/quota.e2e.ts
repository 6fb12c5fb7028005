/**
 * A full disk, in real Chromium: IndexedDB's `put` and `add` are made to throw a
 * QuotaExceededError in the panel's page. A refused save shows why in an alert and keeps the
 * draft, and Save can be pressed again; a refused Undo keeps Undo offered; a refused import says
 * so where imports report. The notes are exactly what they were (docs/decisions/050-storage-full.md).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import {
  accessibilityTree,
  clickAxNode,
  dragSelect,
  type Extension,
  expect,
  FIXTURES_DIR,
  highlightedTexts,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

const PANEL = { width: 400, height: 800 };
const FULL = "Your browser has no room left for Nansha Lens's data, so nothing was changed.";

/** The reader is told in sentences: what happened and how to make room; no exception's name. */
function expectStorageFull(text: string | null): void {
  expect(text).toContain(FULL);
  expect(text).toContain('Make room — delete notes you no longer need');
  expect(text).not.toMatch(/StorageFullError|DOMException|QuotaExceededError|DexieError|Abort/);
}

/**
 * From now on `put` and `add` on the page's object stores (only `store`'s, if given) throw a
 * QuotaExceededError, as a browser with no room left does; `unrefuse()` takes it back.
 */
function refuseWrites(panel: Page, store?: string): Promise<void> {
  return panel.evaluate((only) => {
    const proto = IDBObjectStore.prototype;
    const { put, add } = proto;
    const refuse = (original: typeof put) =>
      function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (only && this.name !== only) return original.apply(this, args);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    proto.put = refuse(put);
    proto.add = refuse(add);
    (window as { unrefuse?: () => void }).unrefuse = () => {
      proto.put = put;
      proto.add = add;
    };
  }, store);
}

const unrefuse = (panel: Page) =>
  panel.evaluate(() => (window as { unrefuse?: () => void }).unrefuse?.());

async function openPanel(ext: Pick<Extension, 'openPanelTab'>): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize(PANEL);
  return panel;
}

async function openData(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Data', exact: true }).click();
  await expect
    .poll(() => panel.locator('h2').first().textContent())
    .toBe('Export, import and backups');
}

async function importFile(panel: Page, name: string, content: string): Promise<void> {
  await panel.getByLabel('Import', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}

/** A panel whose database holds the three notes of the data fixture. */
async function withThreeNotes(ext: { openPanelTab(): Promise<Page> }): Promise<Page> {
  const panel = await openPanel(ext);
  await openData(panel);
  await importFile(
    panel,
    'data-notes.json',
    await readFile(join(FIXTURES_DIR, 'data-notes.json'), 'utf8'),
  );
  await expect
    .poll(() => panel.locator('.import-report').textContent())
    .toBe('Imported from JSON: 3 added, 0 updated, 0 unchanged.');
  return panel;
}

async function openNotes(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Notes', exact: true }).click();
  await expect.poll(() => panel.locator('.notes-count').textContent()).toBe('Notes: 3');
}

/** Every note card's HTML, in order: what the reader sees of the notes. */
const cards = (panel: Page) =>
  panel.locator('.notes .note').evaluateAll((els) => els.map((e) => e.innerHTML));

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'a new note refused for lack of space: an alert, the draft kept, Save again; nothing stored',
    async ({ ext }) => {
      const panel = await withThreeNotes(ext);
      await openNotes(panel);
      const before = await cards(panel);

      await refuseWrites(panel);
      await panel.getByRole('button', { name: 'New note', exact: true }).click();
      const body = panel.getByRole('textbox', { name: 'Note (Markdown)' });
      const tags = panel.getByRole('textbox', { name: 'Tags, separated by commas' });
      await body.fill('A draft that does not fit: 南沙方案');
      await tags.fill('full, 待核实');
      await panel.getByRole('button', { name: 'Save' }).click();

      const alert = panel.locator('.note-editor [role=alert]');
      await expect.poll(() => alert.isVisible()).toBe(true);
      const text = await alert.textContent();
      expectStorageFull(text);
      expect(text).toContain('Your text is still here; nothing you typed is lost.');
      await screenshot(panel, 'panel-storage-full');
      expect(await body.inputValue()).toBe('A draft that does not fit: 南沙方案');
      expect(await tags.inputValue()).toBe('full, 待核实');
      expect(await panel.locator('.note-editor .term-chip').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('南沙方案')]),
      );
      expect(await cards(panel)).toEqual(before);

      // Save can be pressed again (still refused here): one alert, the draft still there.
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => alert.textContent()).toContain(FULL);
      expect(await panel.locator('[role=alert]').count()).toBe(1);
      expect(await body.inputValue()).toBe('A draft that does not fit: 南沙方案');

      await unrefuse(panel);
      await panel.reload();
      await openNotes(panel);
      expect(await cards(panel)).toEqual(before);
    },
  );

  test.skipIf(skipE2E)(
    'a note on a page quote refused for lack of space: the quote and the draft stay; Save again',
    async ({ ext }) => {
      const quote = '集中力量推进重点片区建设';
      const page = await ext.openFixture('/news-zh-CN.html');
      await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');
      await dragSelect(page, '#lead', quote);
      const adder = async () =>
        (await accessibilityTree(page)).find((n) => n.role === 'button' && n.name === 'Add note');
      await expect.poll(async () => (await adder()) !== undefined).toBe(true);
      const add = await adder();
      if (!add) throw new Error('no Add note button');
      await clickAxNode(page, add);

      const panel = await openPanel(ext);
      await expect
        .poll(() => panel.locator('h2').first().textContent())
        .toBe('New note on this page');
      await refuseWrites(panel);
      const body = panel.getByRole('textbox', { name: 'Note (Markdown)' });
      await body.fill('Which districts are the *focus*?');
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => panel.locator('.compose [role=alert]').textContent()).toContain(FULL);
      expect(await panel.locator('blockquote.quote').textContent()).toBe(quote);
      expect(await body.inputValue()).toBe('Which districts are the *focus*?');

      await unrefuse(panel);
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => panel.locator('.notes .note').count()).toBe(1);
      expect(await panel.locator('.notes .note').textContent()).toContain(quote);
    },
  );

  test.skipIf(skipE2E)(
    'an edit refused for lack of space keeps the new text; once there is room, Save stores it',
    async ({ ext }) => {
      const panel = await withThreeNotes(ext);
      await openNotes(panel);
      const before = await cards(panel);

      await refuseWrites(panel);
      const first = panel.locator('.notes .note').first();
      await first.getByRole('button', { name: 'Edit' }).click();
      const body = panel.getByRole('textbox', { name: 'Note (Markdown)' });
      await body.fill('Edited while the disk was full');
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => panel.locator('.note-editor [role=alert]').textContent())
        .toContain(FULL);
      expect(await body.inputValue()).toBe('Edited while the disk was full');

      // Room again: the same Save goes through, and nothing else changed.
      await unrefuse(panel);
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => panel.locator('.note-editor').count()).toBe(0);
      await panel.reload();
      await openNotes(panel);
      const after = await cards(panel);
      expect(after).toHaveLength(3);
      expect(after.filter((html) => html.includes('Edited while the disk was full'))).toHaveLength(
        1,
      );
      expect(after.filter((html) => before.includes(html))).toHaveLength(2);
    },
  );

  test.skipIf(skipE2E)(
    'Undo refused for lack of space: an alert, Undo still offered; with room, the note is back',
    async ({ ext }) => {
      const panel = await withThreeNotes(ext);
      await openNotes(panel);
      const before = await cards(panel);

      await panel.locator('.notes .note').first().getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => panel.locator('.notes .note').count()).toBe(2);
      await refuseWrites(panel);
      await panel.getByRole('button', { name: 'Undo' }).click();
      const alert = panel.locator('.toast[role=alert]');
      await expect.poll(() => alert.textContent()).toContain(FULL);
      expectStorageFull(await alert.textContent());
      expect(await panel.locator('.notes .note').count()).toBe(2);

      await unrefuse(panel);
      await alert.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => panel.locator('.notes .note').count()).toBe(3);
      // The list and the toast are two renders: wait for the toast to go, not just the note.
      await expect.poll(() => panel.locator('[role=alert]').count()).toBe(0);
      await panel.reload();
      await openNotes(panel);
      expect(await cards(panel)).toEqual(before);
    },
  );

  test.skipIf(skipE2E)(
    'an import refused for lack of space says so where imports report; the notes are unchanged',
    async ({ ext }) => {
      const panel = await withThreeNotes(ext);
      await openNotes(panel);
      const before = await cards(panel);
      await openData(panel);
      expect(await panel.locator('.backups li').count()).toBe(0);

      // The backup taken before the import is written; the notes are refused.
      await refuseWrites(panel, 'notes');
      const note = (id: string) => ({
        id,
        body: `Imported ${id}`,
        tags: [],
        termIds: [],
        passageIds: [],
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      });
      await importFile(
        panel,
        'more.json',
        JSON.stringify({
          format: 'nansha-lens-notes',
          version: 1,
          exportedAt: 1,
          notes: [note('new-1'), note('new-2')],
        }),
      );
      const alert = panel.locator('.data-status[role=alert]');
      await expect.poll(() => alert.textContent()).toContain(FULL);
      expectStorageFull(await alert.textContent());
      expect(await alert.textContent()).toContain(
        'Nothing was imported; your notes are unchanged.',
      );
      expect(await panel.locator('.data-view .notes-count').textContent()).toBe('Notes: 3');

      await unrefuse(panel);
      await panel.reload();
      await openData(panel);
      // No backup was kept either: the import and its backup were one transaction.
      await expect
        .poll(() => panel.locator('.data-view .notes-count').textContent())
        .toBe('Notes: 3');
      expect(await panel.locator('.backups li').count()).toBe(0);
      await openNotes(panel);
      expect(await cards(panel)).toEqual(before);
    },
  );
});
