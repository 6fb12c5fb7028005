/**
 * This page, per document (issue 15): a news page with terms of the resolution and of two
 * documents of the reader's (one Chinese, one English, pasted and saved in the panel) shows three
 * groups — the resolution, then the documents in the Documents view's order — each with its
 * terms, their counts and its own coverage; a paragraph of a document opens that document's view
 * on it, marked; a document switched off leaves This page once the page has scanned again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { glossary } from '../../src/corpus/glossary.ts';
import { sentenceById } from '../../src/corpus/passages.ts';
import { resolution } from '../../src/corpus/resolution.ts';
import {
  expect,
  FIXTURES_DIR,
  firstScanDone,
  highlightedTexts,
  readHighlights,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

const run = test.skipIf(skipE2E);
const ZH = {
  title: '白鹭湾数字港建设方案',
  text: readFileSync(join(FIXTURES_DIR, 'documents/egret-bay-zh.txt'), 'utf8'),
  terms: ['数字港十条', '白鹭湾算力中心', '海丝数据走廊'],
};
const EN = {
  title: 'Harbour Light Logistics Strategy',
  text: readFileSync(join(FIXTURES_DIR, 'documents/harbour-light-en.txt'), 'utf8'),
  terms: ['Egret Bay Freight Hub', 'green corridor pledge'],
};

async function documentsView(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Documents', exact: true }).click();
  await expect.poll(() => panel.locator('#documents-title').count()).toBe(1);
}

/**
 * Adds a document as a reader does: pasted, Find terms, then only `terms` kept (a proposed one
 * checked, any other typed in), saved.
 */
async function addDocument(panel: Page, doc: typeof ZH): Promise<void> {
  await documentsView(panel);
  const rows = await panel.locator('.doc-item').count();
  await panel.getByRole('button', { name: 'Add document', exact: true }).click();
  await panel.getByRole('textbox', { name: 'Title', exact: true }).fill(doc.title);
  await panel.getByRole('textbox', { name: 'Text', exact: true }).fill(doc.text);
  await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
  await expect.poll(() => panel.locator('#review-title').count(), { timeout: 15_000 }).toBe(1);
  const boxes = panel.locator('.candidates input[type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  for (const term of doc.terms) {
    const box = panel.getByRole('checkbox', { name: term, exact: true });
    if ((await box.count()) > 0) {
      await box.check();
      continue;
    }
    await panel.getByRole('textbox', { name: 'Add a term', exact: true }).fill(term);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
  await expect
    .poll(() => panel.locator('.candidates input:checked').count())
    .toBe(doc.terms.length);
  await panel.getByRole('button', { name: 'Save document', exact: true }).click();
  await expect.poll(() => panel.locator('.doc-item').count(), { timeout: 15_000 }).toBe(rows + 1);
}

/** What This page shows of each document: its title, its terms (name ×count), its coverage. */
async function groups(panel: Page) {
  return panel.locator('.page-doc').evaluateAll((sections) =>
    sections.map((s) => ({
      document: s.getAttribute('data-document') === 'resolution' ? 'resolution' : 'own',
      title: s.querySelector('.page-doc-title')?.textContent ?? '',
      terms: [...s.querySelectorAll('.page-terms li')].map(
        (li) =>
          `${li.querySelector('.result-title')?.textContent} ${li.querySelector('.count')?.textContent}`,
      ),
      coverage: s.querySelector('.coverage-summary')?.textContent ?? '',
      touched: [...s.querySelectorAll('.coverage .touched')].map((c) => c.textContent),
    })),
  );
}

/** The resolution's coverage for terms, by its own rule: sentences → their paragraphs. */
function resolutionTouched(termIds: readonly string[]): string[] {
  const touched = new Set<string>();
  for (const id of termIds) {
    for (const p of glossary.find((t) => t.id === id)?.passageIds ?? []) {
      const s = sentenceById(p);
      if (s) touched.add(s.paragraphId);
    }
  }
  return resolution.paragraphs.filter((p) => touched.has(p.id)).map((p) => String(p.number));
}

describe('This page, per document', () => {
  test.scoped({ lang: 'en' });

  run(
    'three groups in order with their terms and coverage; a paragraph opens its document; a document switched off leaves',
    async ({ ext }) => {
      const news = await ext.openFixture('/doc-news-two.html');
      await expect.poll(() => highlightedTexts(news)).toContain('南沙方案');

      // The English document first, the Chinese one second (the Documents view's order), though
      // the page names the Chinese one's terms first (its headline has two).
      const panel = await ext.openPanelTab();
      await panel.setViewportSize({ width: 400, height: 1000 });
      await addDocument(panel, EN);
      await addDocument(panel, ZH);
      await expect
        .poll(async () => {
          const h = await readHighlights(news);
          return [h['document-0'] ?? [], h['document-1'] ?? []];
        })
        .toEqual([
          ['Egret Bay Freight Hub'],
          ['白鹭湾算力中心', '海丝数据走廊', '白鹭湾算力中心', '海丝数据走廊', '白鹭湾算力中心'],
        ]);
      const report = await firstScanDone(ext, news);
      const ownTerms = report.terms.filter((t) => t.termId.startsWith('doc-'));
      expect(ownTerms).toHaveLength(3);
      const resolutionTerms = [...report.terms]
        .sort((a, b) => a.order - b.order)
        .filter((t) => !t.termId.startsWith('doc-'));

      await panel.bringToFront();
      await panel.getByRole('button', { name: 'This page', exact: true }).click();
      await expect.poll(() => panel.locator('.page-doc').count()).toBe(3);
      const shown = await groups(panel);
      expect(shown.map((g) => g.document)).toEqual(['resolution', 'own', 'own']);
      expect(shown.map((g) => g.title).slice(1)).toEqual([EN.title, ZH.title]);
      const touched = resolutionTouched(resolutionTerms.map((t) => t.termId));
      expect(shown[0]).toMatchObject({
        terms: resolutionTerms.map(
          (t) => `${glossary.find((g) => g.id === t.termId)?.canonical} ×${t.count}`,
        ),
        coverage: `The page touches ${touched.length} of ${resolution.paragraphs.length} paragraphs.`,
        touched,
      });
      expect(shown[0]?.terms).toEqual(expect.arrayContaining(['南沙方案 ×1', '粤港澳大湾区 ×1']));
      // Only the terms found: the pledge and 数字港十条 are kept but not on the page.
      expect(shown[1]).toMatchObject({
        terms: ['Egret Bay Freight Hub ×1'],
        coverage: 'The page touches 2 of 5 paragraphs.',
        touched: ['2', '5'],
      });
      expect(shown[2]).toMatchObject({
        terms: ['白鹭湾算力中心 ×3', '海丝数据走廊 ×2'],
        coverage: 'The page touches 3 of 6 paragraphs.',
        touched: ['3', '4', '5'],
      });
      await screenshot(panel, 'panel-this-page-documents');

      // A touched paragraph of the Chinese document opens its view there, marked.
      await panel
        .locator(`.page-doc[data-document^="doc-"]`, { hasText: ZH.title })
        .getByRole('button', { name: 'Paragraph 4, touched by the page', exact: true })
        .click();
      await expect.poll(() => panel.locator('#doc-title').textContent()).toBe(ZH.title);
      const marked = panel.locator('.paragraphs li.current');
      await expect.poll(() => marked.count()).toBe(1);
      expect(await marked.locator('p').textContent()).toBe(
        '三、产业布局。白鹭湾算力中心周边规划智能制造园。',
      );
      expect(await marked.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => marked.isVisible()).toBe(true);

      // The English document switched off: once the page has scanned again without it, This
      // page lists the resolution and the Chinese document only.
      await documentsView(panel);
      await panel
        .getByRole('switch', { name: `Highlight “${EN.title}” on pages`, exact: true })
        .uncheck();
      const again = await firstScanDone(ext, news, 10_000, report.stats?.firstScanMs ?? -1);
      expect(again.terms.filter((t) => t.termId.startsWith('doc-'))).toHaveLength(2);
      await panel.bringToFront();
      await panel.getByRole('button', { name: 'This page', exact: true }).click();
      await expect
        .poll(async () => (await groups(panel)).map((g) => g.title).slice(1))
        .toEqual([ZH.title]);
      expect((await groups(panel)).map((g) => g.document)).toEqual(['resolution', 'own']);
    },
  );
});
