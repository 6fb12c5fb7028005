/**
 * The reader's own documents in the panel, in real Chromium (issue 15): a Chinese policy text
 * pasted, its terms proposed and reviewed, the document saved, still there after a reload, and
 * deleted after a confirmation; empty text, a duplicate title and a binary file each say why and
 * change nothing. Screenshots of the Documents view and the review in three languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expect, FIXTURES_DIR, ROOT, screenshot, skipE2E, test } from './harness.ts';

const PANEL = { width: 400, height: 800 };
const TEXT = readFileSync(join(FIXTURES_DIR, 'documents/linjiang.txt'), 'utf8');

type Messages = Record<string, { message: string }>;
const messages = (lang: string): Messages =>
  JSON.parse(
    readFileSync(join(ROOT, `public/_locales/${lang.replace('-', '_')}/messages.json`), 'utf8'),
  ) as Messages;

/** A UI string with its placeholders left out (for matching a start or a part). */
const label = (m: Messages, key: string) => m[key]?.message ?? key;

async function openDocuments(ext: { openPanelTab(): Promise<Page> }, m: Messages): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize(PANEL);
  await panel.getByRole('button', { name: label(m, 'tabDocuments'), exact: true }).click();
  await expect
    .poll(() => panel.locator('#documents-title').textContent())
    .toBe(label(m, 'documentsTitle'));
  return panel;
}

/** Opens Add document, fills the title and pastes the text. */
async function startDocument(panel: Page, m: Messages, title: string, text: string) {
  await panel.getByRole('button', { name: label(m, 'addDocument'), exact: true }).click();
  await panel
    .getByRole('textbox', { name: label(m, 'documentTitleLabel'), exact: true })
    .fill(title);
  await panel.getByRole('textbox', { name: label(m, 'documentTextLabel'), exact: true }).fill(text);
}

const alertText = (panel: Page) => panel.getByRole('alert').first().textContent();
const rows = (panel: Page) => panel.locator('.doc-item');

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });
  const m = messages('en');

  test.skipIf(skipE2E)(
    'paste a policy text, review its terms, save, reload, delete',
    async ({ ext }) => {
      const panel = await openDocuments(ext, m);
      // The resolution is listed first, built in, with its switch.
      await expect.poll(() => rows(panel).count()).toBe(1);
      expect(await rows(panel).first().textContent()).toContain('Built in');
      await startDocument(panel, m, '临江科学城实施意见', TEXT);
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();

      // Titles in 《》, quoted formulations, slogans and the recurring names, as checkboxes.
      const box = (name: string) => panel.getByRole('checkbox', { name, exact: true });
      for (const name of [
        '临江科学城发展规划（2024—2035年）',
        '江北新区国土空间总体规划',
        '一廊两谷三片区',
        '科技引领、产城融合',
        '策源地',
        '临江科学城',
        '明湖实验室',
      ]) {
        await expect.poll(() => box(name).isChecked(), { timeout: 15_000 }).toBe(true);
      }
      // A common word is listed unchecked.
      expect(await box('建设').isChecked()).toBe(false);
      const context = await panel
        .locator('.candidates li', { has: box('明湖实验室') })
        .locator('.cand-context')
        .textContent();
      expect(context).toMatch(/^3 times .*明湖实验室/);
      await screenshot(panel, 'panel-documents-review-en');

      // One suggested term unchecked, one of the reader's own added with an English form.
      await box('一事一议').uncheck();
      await panel.getByRole('textbox', { name: 'Add a term', exact: true }).fill('南湾数字谷');
      await panel.getByRole('button', { name: 'Add', exact: true }).click();
      expect(await box('南湾数字谷').isChecked()).toBe(true);
      await panel
        .getByRole('textbox', { name: /^English forms of “南湾数字谷”/ })
        .fill('South Bay Digital Valley');
      const kept = await panel.locator('.candidates input[type=checkbox]:checked').count();
      expect(kept).toBe(8);
      await panel.getByRole('button', { name: 'Save document', exact: true }).click();

      // Listed after the resolution, with its term count and where it came from.
      await expect.poll(() => rows(panel).count(), { timeout: 15_000 }).toBe(2);
      const mine = rows(panel).nth(1);
      expect(await mine.textContent()).toMatch(
        new RegExp(`临江科学城实施意见.*8 terms · ${TEXT.length} characters · added .*pasted`),
      );
      expect(
        await panel
          .getByRole('switch', { name: 'Highlight “临江科学城实施意见” on pages' })
          .isChecked(),
      ).toBe(true);
      await screenshot(panel, 'panel-documents-en');

      // Still there after the panel is reloaded.
      await panel.reload();
      await panel.getByRole('button', { name: 'Documents', exact: true }).click();
      await expect.poll(() => rows(panel).count()).toBe(2);
      expect(await rows(panel).nth(1).textContent()).toContain('8 terms');

      // Its own view: title, terms, text; Delete asks first.
      await panel.getByRole('button', { name: '临江科学城实施意见', exact: true }).click();
      await expect.poll(() => panel.locator('#doc-title').textContent()).toBe('临江科学城实施意见');
      expect(await panel.locator('.doc-terms li .link').allTextContents()).toContain('南湾数字谷');
      expect(await panel.locator('.paragraphs li').count()).toBe(5);
      await panel.getByRole('button', { name: 'Delete document', exact: true }).click();
      const dialog = panel.getByRole('alertdialog');
      expect(await dialog.textContent()).toContain('Delete “临江科学城实施意见” and its terms?');
      await panel.getByRole('button', { name: 'Cancel', exact: true }).click();
      expect(await panel.getByRole('alertdialog').count()).toBe(0);
      await panel.getByRole('button', { name: 'Delete document', exact: true }).click();
      await panel.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
      await expect.poll(() => panel.locator('#documents-title').count()).toBe(1);
      await expect.poll(() => rows(panel).count()).toBe(1);
      expect(await panel.locator('.documents-view').textContent()).toContain(
        'No documents of your own yet.',
      );
    },
  );

  test.skipIf(skipE2E)(
    'empty text, a duplicate title and a binary file are refused with a message',
    async ({ ext }) => {
      const panel = await openDocuments(ext, m);
      // Empty text: nothing proposed.
      await startDocument(panel, m, 'Empty', '   ');
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      await expect.poll(() => alertText(panel)).toContain('The text is empty');
      expect(await panel.locator('.review').count()).toBe(0);

      // A binary file (a .txt full of NULs), then an HTML file: only its text is kept.
      const file = panel.getByLabel('Or read a file (.txt, .md, .html, .pdf)');
      await file.setInputFiles({
        name: 'scan.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0xff, 0xfe, 0]),
      });
      await expect
        .poll(() => alertText(panel))
        .toBe(
          '“scan.txt” is not a file Nansha Lens can read: choose a .txt, .md, .html or .pdf file.',
        );
      const textBox = panel.getByRole('textbox', { name: 'Text', exact: true });
      expect(await textBox.inputValue()).toBe('   ');
      await file.setInputFiles({
        name: 'plan.html',
        mimeType: 'text/html',
        buffer: Buffer.from(
          '<html><head><title>x</title><script>window.__pwned = 1</script></head><body><h1>临江科学城</h1><p>明湖实验室<img src=x onerror="window.__pwned=2"></p></body></html>',
        ),
      });
      await expect.poll(() => textBox.inputValue()).toBe('临江科学城\n明湖实验室');
      expect(await panel.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

      // A document saved, then another under the same title (other case): refused.
      await panel.getByRole('textbox', { name: 'Title', exact: true }).fill('Linjiang plan');
      await textBox.fill(TEXT);
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      await panel.getByRole('button', { name: 'Save document', exact: true }).click();
      await expect.poll(() => rows(panel).count(), { timeout: 15_000 }).toBe(2);
      await startDocument(panel, m, 'LINJIANG  Plan', TEXT);
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      await panel.getByRole('button', { name: 'Save document', exact: true }).click();
      await expect
        .poll(() => alertText(panel))
        .toBe('You already have a document with this title. Choose another title.');
      await panel.getByRole('button', { name: 'Documents', exact: true }).click();
      await expect.poll(() => rows(panel).count()).toBe(2);

      // A one-character term and a generic word are refused in the review.
      await startDocument(panel, m, 'Third', TEXT);
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      const own = panel.getByRole('textbox', { name: 'Add a term', exact: true });
      await own.fill('谷');
      await own.press('Enter');
      await expect
        .poll(() => alertText(panel))
        .toBe('“谷” is one character: a term needs at least two.');
      await own.fill('高质量发展');
      await own.press('Enter');
      await expect
        .poll(() => alertText(panel))
        .toBe('“高质量发展” is a common word: it would be highlighted everywhere.');
    },
  );
});

for (const lang of ['zh-CN', 'zh-TW']) {
  describe(`in ${lang}`, () => {
    test.scoped({ lang });
    const m = messages(lang);

    test.skipIf(skipE2E)('the review and the Documents view', async ({ ext }) => {
      const panel = await openDocuments(ext, m);
      await startDocument(panel, m, '临江科学城实施意见', TEXT);
      await panel.getByRole('button', { name: label(m, 'findTerms'), exact: true }).click();
      await expect
        .poll(() => panel.getByRole('checkbox', { name: '明湖实验室', exact: true }).isChecked(), {
          timeout: 15_000,
        })
        .toBe(true);
      await screenshot(panel, `panel-documents-review-${lang}`);
      await panel.getByRole('button', { name: label(m, 'saveDocument'), exact: true }).click();
      await expect.poll(() => rows(panel).count(), { timeout: 15_000 }).toBe(2);
      await screenshot(panel, `panel-documents-${lang}`);
    });
  });
}
