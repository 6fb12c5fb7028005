/**
 * Issue 15 end to end, as a reader does it: a Chinese policy text pasted and reviewed in the
 * panel and saved; a news page shows its terms next to the resolution's; the card's button opens
 * the panel on the term in that document, with the document's sentence; a note on it; the
 * document exported, deleted and imported again; deleted for good — its highlights go, the note
 * stays, marked as from a deleted document. The same round for an English document and for one
 * made with "Use this page" (the article of the reader's tab); a tab that is no article says so.
 */

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import type { browser } from 'wxt/browser';
import { splitDocument } from '../../src/documents/split.ts';
import {
  cardNodes,
  centreOfHighlighted,
  clickAxNode,
  type Extension,
  expect,
  FIXTURES_DIR,
  highlightedTexts,
  readHighlights,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;
const run = test.skipIf(skipE2E);
const TEXT = readFileSync(join(FIXTURES_DIR, 'documents/linjiang.txt'), 'utf8');
const TITLE = '临江科学城实施意见';
const TEXT_EN = readFileSync(join(FIXTURES_DIR, 'documents/riverside-en.txt'), 'utf8');

async function documentsView(panel: Page): Promise<void> {
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.getByRole('button', { name: 'Documents', exact: true }).click();
  await expect.poll(() => panel.locator('#documents-title').count()).toBe(1);
}

/** The panel opened in a tab, on Add document. */
async function addDocument(ext: Extension): Promise<Page> {
  const panel = await ext.openPanelTab();
  await documentsView(panel);
  await panel.getByRole('button', { name: 'Add document', exact: true }).click();
  return panel;
}

const rows = (panel: Page) => panel.locator('.doc-item');
const ours = async (page: Page) => (await readHighlights(page))['document-0'] ?? [];

interface Round {
  news: Page;
  panel: Page;
  title: string;
  /** The document's text as saved (its sentences are what the term's view must show). */
  text: string;
  term: string;
  /** The document's highlights on `news` while it is saved. */
  expected: string[];
  shot?: string;
}

/**
 * What follows a save, the same for every way a document comes in: the card on the news page
 * names the document and opens the panel on the term, whose view shows the document's sentences
 * with it; a note on the first; export, delete and import give the same document back (the note's
 * link leads to the term again); deleted for good, its highlights go and the note stays, marked.
 */
async function roundTrip(ext: Extension, r: Round): Promise<void> {
  const { news, panel, title, term } = r;
  const sentences = splitDocument(r.text)
    .flatMap((p) => p.sentences.map((s) => ({ ...s, paragraph: p.number })))
    .filter((s) => s.text.includes(term));
  const first = sentences[0];
  if (!first) throw new Error(`the document has no sentence with ${term}`);

  // The card names the document; its button opens the panel on the term in that document.
  await news.bringToFront();
  const point = await centreOfHighlighted(news, term);
  if (!point) throw new Error(`no highlight for ${term}`);
  await news.mouse.move(point.x, point.y);
  const card = () => cardNodes(news, term);
  await expect.poll(async () => (await card()).length > 0).toBe(true);
  expect((await card()).map((n) => n.name).join(' ')).toContain(title);
  const open = (await card()).find((n) => n.role === 'button' && n.name === 'Open in panel');
  if (!open) throw new Error('no Open in panel button');
  await clickAxNode(news, open);
  const focus = () =>
    ext.worker.evaluate(async () => (await chrome.storage.session.get('focus')).focus);
  await expect.poll(focus).toMatchObject({ termId: expect.stringMatching(/^doc-\w{8}\.t\d+$/) });
  await news.keyboard.press('Escape');

  // The panel shows the term with the document's sentences that use it, in order.
  const view = await ext.openPanelTab();
  await view.setViewportSize({ width: 400, height: 800 });
  await expect.poll(() => view.locator('#term-title').textContent()).toBe(term);
  expect(await view.locator('.user-term .meta').textContent()).toContain(title);
  const shown = await view.locator('.passages .sentence').allTextContents();
  expect(shown.map((s) => s.trim())).toEqual(sentences.map((s) => s.text.trim()));

  // A note on its first sentence: linked to the term and the sentence, by name.
  await view
    .getByRole('button', { name: /^Note on this/ })
    .first()
    .click();
  const body = `${term}: to follow up.`;
  await view.locator('.passages textarea').fill(body);
  await view.getByRole('button', { name: 'Save', exact: true }).click();
  const note = view.locator('.notes .note, ul.notes > li.note').first();
  await expect.poll(() => note.count()).toBe(1);
  await expect
    .poll(() => note.locator('.chip').allTextContents())
    .toEqual([term, `${title} · Paragraph ${first.paragraph}, sentence ${first.number}`]);
  if (r.shot) await screenshot(view, r.shot);

  // Exported, deleted and imported again: the same document, terms and ids.
  await documentsView(panel);
  // The list read (it shows the resolution before the reader's documents come from the database).
  await expect.poll(() => panel.getByRole('button', { name: title, exact: true }).count()).toBe(1);
  const count = await rows(panel).count();
  await panel.getByRole('button', { name: title, exact: true }).click();
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export document', exact: true }).click(),
  ]);
  const file = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(file)).toMatchObject({ format: 'nansha-lens-document', version: 1 });
  await panel.getByRole('button', { name: 'Delete document', exact: true }).click();
  await panel.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
  await expect.poll(() => rows(panel).count()).toBe(count - 1);
  await expect.poll(() => ours(news)).toEqual([]);
  await panel.getByLabel('Import a document').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect.poll(() => rows(panel).count()).toBe(count);
  await expect.poll(() => ours(news), { timeout: 15_000 }).toEqual(r.expected);
  await view.reload();
  await expect.poll(() => view.locator('#term-title').textContent()).toBe(term);
  await expect.poll(() => view.locator('.note .chip').first().textContent()).toBe(term);

  // The Notes view filters by document: the note is under its document, not the resolution.
  await view.getByRole('button', { name: 'Notes', exact: true }).click();
  const byDocument = view.getByRole('combobox', { name: 'Document', exact: true });
  await byDocument.selectOption({ label: title });
  await expect.poll(() => view.locator('.notes-count').textContent()).toBe('Notes: 1');
  expect(await view.locator('li.note').textContent()).toContain(body);
  expect(
    await view
      .getByRole('combobox', { name: 'Term', exact: true })
      .locator('option')
      .allTextContents(),
  ).toEqual(['All', term]);
  await byDocument.selectOption({ label: 'The resolution' });
  await expect.poll(() => view.locator('.notes-count').textContent()).toBe('Notes: 0');
  expect(await view.locator('li.note').count()).toBe(0);

  // Deleted for good: its highlights go; the note stays, marked.
  await panel.getByRole('button', { name: title, exact: true }).click();
  await panel.getByRole('button', { name: 'Delete document', exact: true }).click();
  await panel.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
  await expect.poll(() => rows(panel).count()).toBe(count - 1);
  await expect.poll(() => ours(news)).toEqual([]);
  await view.getByRole('button', { name: 'Notes', exact: true }).click();
  const kept = view.locator('li.note', { hasText: body });
  await expect.poll(() => kept.count()).toBe(1);
  await expect
    .poll(() => kept.locator('.chip.orphan').allTextContents())
    .toEqual(['from a deleted document', 'from a deleted document']);
  await kept.locator('.term-chip').click();
  await expect
    .poll(() => view.locator('#term-title').textContent())
    .toBe('Term of a deleted document');
  expect(await view.locator('li.note').count()).toBe(1);
}

describe('a document of ones own, from the text to the page and back', () => {
  test.scoped({ lang: 'en' });

  run(
    'pasted, highlighted, opened from the card, noted, exported, imported, deleted',
    async ({ ext }) => {
      const news = await ext.openFixture('/doc-news-linjiang.html');
      await expect.poll(() => highlightedTexts(news)).toEqual(['南沙方案']);

      // Pasted and reviewed: its titles, formulations and names are proposed, checked.
      const panel = await addDocument(ext);
      await panel.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
      await panel.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT);
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      const box = (name: string) => panel.getByRole('checkbox', { name, exact: true });
      for (const name of [
        '江北新区国土空间总体规划',
        '一廊两谷三片区',
        '临江科学城',
        '明湖实验室',
      ]) {
        await expect.poll(() => box(name).isChecked(), { timeout: 15_000 }).toBe(true);
      }
      await panel.getByRole('button', { name: 'Save document', exact: true }).click();
      await expect.poll(() => rows(panel).count(), { timeout: 15_000 }).toBe(2);

      // The open page takes the document's terms at once, in the document's own highlight.
      const expected = ['明湖实验室', '明湖实验室', '临江科学城', '一廊两谷三片区'];
      await expect.poll(() => ours(news), { timeout: 15_000 }).toEqual(expected);
      expect(await highlightedTexts(news)).toContain('南沙方案');

      await roundTrip(ext, {
        news,
        panel,
        title: TITLE,
        text: TEXT,
        term: '明湖实验室',
        expected,
        shot: 'panel-document-term-en',
      });
      expect(await highlightedTexts(news)).toEqual(['南沙方案']);
    },
  );

  run(
    'an English document: its capitalised names and quoted phrase proposed, then the same round',
    async ({ ext }) => {
      const news = await ext.openFixture('/doc-news-en.html');
      const panel = await addDocument(ext);
      await panel
        .getByRole('textbox', { name: 'Title', exact: true })
        .fill('Riverside corridor plan');
      await panel.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT_EN);
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      const box = (name: string) => panel.getByRole('checkbox', { name, exact: true });
      for (const name of [
        'Riverside Innovation Corridor',
        'Lakeside Materials Laboratory',
        'cross-border data pilot',
      ]) {
        await expect.poll(() => box(name).isChecked(), { timeout: 15_000 }).toBe(true);
      }
      await panel.getByRole('button', { name: 'Save document', exact: true }).click();
      await expect.poll(() => rows(panel).count(), { timeout: 15_000 }).toBe(2);
      const expected = [
        'Riverside Innovation Corridor',
        'Riverside Innovation Corridor',
        'cross-border data pilot',
      ];
      await expect.poll(() => ours(news), { timeout: 15_000 }).toEqual(expected);

      await roundTrip(ext, {
        news,
        panel,
        title: 'Riverside corridor plan',
        text: TEXT_EN,
        term: 'cross-border data pilot',
        expected,
      });
      expect(await highlightedTexts(news)).toEqual([]);
    },
  );

  run(
    'Use this page: the tab’s article becomes a document that goes the same round; no article, said so',
    async ({ ext }) => {
      // Only the panel's own tab: no page to read.
      const panel = await addDocument(ext);
      await panel.getByRole('button', { name: 'Use this page', exact: true }).click();
      await expect
        .poll(() => panel.getByRole('alert').first().textContent())
        .toContain('is not a web page that can be read');

      const article = await ext.openFixture('/doc-news-linjiang.html');
      const before = await article.evaluate(() => document.documentElement.outerHTML);
      await article.bringToFront();
      await panel.getByRole('button', { name: 'Use this page', exact: true }).click();
      const text = panel.getByRole('textbox', { name: 'Text', exact: true });
      await expect
        .poll(() => text.inputValue())
        .toContain('明湖实验室昨日在临江科学城发布首批十二项成果');
      expect(await text.inputValue()).not.toContain('<');
      expect(await panel.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(
        '明湖实验室首批成果发布',
      );
      expect(await panel.locator('.add-document').textContent()).toContain(
        'doc-news-linjiang.html',
      );
      // The page was read from a copy: nothing of it changed.
      expect(await article.evaluate(() => document.documentElement.outerHTML)).toBe(before);

      // Kept with a term of the reader's own: the page it came from shows it.
      const kept = await text.inputValue();
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      await panel.getByRole('textbox', { name: 'Add a term', exact: true }).fill('成果转化基金');
      await panel.getByRole('button', { name: 'Add', exact: true }).click();
      await panel.getByRole('button', { name: 'Save document', exact: true }).click();
      await expect.poll(() => rows(panel).count(), { timeout: 15_000 }).toBe(2);
      expect(await rows(panel).nth(1).textContent()).toContain('doc-news-linjiang.html');
      await expect.poll(() => ours(article), { timeout: 15_000 }).toContain('成果转化基金');
      await roundTrip(ext, {
        news: article,
        panel,
        title: '明湖实验室首批成果发布',
        text: kept,
        term: '成果转化基金',
        expected: await ours(article),
      });
      await panel.getByRole('button', { name: 'Add document', exact: true }).click();

      // A page that is a list of links, not an article: said so, the text kept as it was.
      await text.fill('已有的文字');
      const links = await ext.openFixture('/links-only.html');
      await links.bringToFront();
      await panel.getByRole('button', { name: 'Use this page', exact: true }).click();
      await expect
        .poll(() => panel.getByRole('alert').first().textContent())
        .toBe('No article found on this page. Paste the text you want instead.');
      expect(await text.inputValue()).toBe('已有的文字');

      // A PDF in the browser's viewer: said so, with what to do instead; the text kept.
      const pdf = await ext.context.newPage();
      await pdf.goto(ext.server.url('/documents/corridor-report.pdf'));
      await pdf.bringToFront();
      await panel.getByRole('button', { name: 'Use this page', exact: true }).click();
      await expect
        .poll(() => panel.getByRole('alert').first().textContent())
        .toContain('This tab shows a PDF');
      expect(await text.inputValue()).toBe('已有的文字');

      // A browser page (chrome://): not a web page, said so; the text kept.
      await panel.getByRole('textbox', { name: 'Text', exact: true }).fill('另一段文字');
      const browserPage = await ext.context.newPage();
      await browserPage.goto('chrome://version');
      await browserPage.bringToFront();
      await panel.getByRole('button', { name: 'Use this page', exact: true }).click();
      await expect
        .poll(() => panel.getByRole('alert').first().textContent())
        .toContain('is not a web page that can be read');
      expect(await text.inputValue()).toBe('另一段文字');
    },
  );
  run(
    'a PDF file: its paragraphs read by pdf.js, loaded only then; terms proposed and highlighted; a locked PDF and a scan say so',
    async ({ ext }) => {
      const news = await ext.openFixture('/doc-news-linjiang.html');
      await expect.poll(() => highlightedTexts(news)).toEqual(['南沙方案']);
      const panel = await addDocument(ext);
      // Every script the panel parses, dynamic imports included, and every worker it starts.
      const cdp = await ext.context.newCDPSession(panel);
      const parsed: string[] = [];
      cdp.on('Debugger.scriptParsed', (e) => parsed.push(e.url));
      panel.on('worker', (w) => parsed.push(w.url()));
      await cdp.send('Debugger.enable');
      const loaded = () => [
        ...new Set(parsed.filter((u) => /\/pdf-[\w-]+\.js$|pdf\.worker/.test(u))),
      ];
      // The panel opened without pdf.js.
      expect(loaded()).toEqual([]);

      const file = panel.getByLabel('Or read a file (.txt, .md, .html, .pdf)');
      const text = panel.getByRole('textbox', { name: 'Text', exact: true });
      const pdf = (name: string) => ({
        name,
        mimeType: 'application/pdf',
        buffer: readFileSync(join(FIXTURES_DIR, 'documents', name)),
      });
      await file.setInputFiles(pdf('locked.pdf'));
      await expect
        .poll(() => panel.getByRole('alert').first().textContent(), { timeout: 15_000 })
        .toContain('“locked.pdf” is protected by a password');
      expect(await text.inputValue()).toBe('');
      await file.setInputFiles(pdf('scan.pdf'));
      await expect
        .poll(() => panel.getByRole('alert').first().textContent())
        .toContain('“scan.pdf” has no text to read');
      expect(await text.inputValue()).toBe('');

      // A Chinese PDF over two pages, its font not embedded: wrapped lines joined, page numbers
      // dropped, the paragraph that crosses the page break whole.
      await file.setInputFiles(pdf('linjiang-plan.pdf'));
      await expect.poll(() => text.inputValue(), { timeout: 15_000 }).not.toBe('');
      const read = await text.inputValue();
      expect(splitDocument(read).map((p) => p.text.slice(0, 5))).toEqual([
        '临江科学城',
        '为加快建设',
        '明湖实验室',
        '设立成果转',
        '各有关单位',
      ]);
      expect(read).toContain('《江北新区国土空间总体规划》落地见效');
      expect(read).toContain('人才公寓保障。区财政每年安排专项资金');
      expect(read).not.toMatch(/- \d -/);
      expect(await panel.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(
        'linjiang-plan',
      );
      expect(loaded()).toEqual([
        expect.stringMatching(/\/chunks\/pdf-/),
        expect.stringMatching(/\/pdf\.worker/),
      ]);

      await panel
        .getByRole('textbox', { name: 'Title', exact: true })
        .fill('临江科学城建设三年行动方案');
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      const box = (name: string) => panel.getByRole('checkbox', { name, exact: true });
      for (const name of ['江北新区国土空间总体规划', '一廊两谷三片区', '临江科学城']) {
        await expect.poll(() => box(name).isChecked(), { timeout: 15_000 }).toBe(true);
      }
      // A name seen twice is proposed, not pre-checked: the reader checks it.
      expect(await box('明湖实验室').isChecked()).toBe(false);
      await box('明湖实验室').check();
      await panel.getByRole('button', { name: 'Save document', exact: true }).click();
      await expect.poll(() => rows(panel).count(), { timeout: 15_000 }).toBe(2);
      await expect
        .poll(() => ours(news), { timeout: 15_000 })
        .toEqual(expect.arrayContaining(['明湖实验室', '一廊两谷三片区']));
    },
  );
});
