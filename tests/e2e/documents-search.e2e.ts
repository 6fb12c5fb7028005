/**
 * Search across documents (decision 102): a Chinese and an English document pasted and saved;
 * the panel's search finds their sentences and terms, each result labelled with its document's
 * title; a sentence opens the document's view at it, marked; a term opens its Term view; the
 * resolution's results keep their look and come first; a deleted document's results go.
 */

import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expect, screenshot, skipE2E, test } from './harness.ts';

const run = test.skipIf(skipE2E);

// Texts written for this test.
const TITLE = '临江科学城建设三年行动方案';
const TEXT = [
  '临江科学城建设三年行动方案',
  '为落实南沙方案，加快临江科学城建设，制定本方案。',
  '到二〇二八年，青梧湖畔的候鸟观测站对公众开放。',
  '青梧数据港与高校共建算力联合中心。',
].join('\n\n');
const TERM = '青梧数据港';
const PHRASE = '候鸟观测站';
const TITLE_EN = 'Harbour lighthouse plan';
const TEXT_EN = [
  'Harbour lighthouse plan',
  'The old lighthouse on Gull Point will be restored by 2027. A ferry pier will serve the Gull Point Walk.',
].join('\n\n');

/** Adds a document through the panel as a reader does; `term` is kept as well as the proposals. */
async function addDocument(panel: Page, title: string, text: string, term?: string) {
  await panel.getByRole('button', { name: 'Documents', exact: true }).click();
  const rows = panel.locator('.doc-item');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  const before = await rows.count();
  await panel.getByRole('button', { name: 'Add document', exact: true }).click();
  await panel.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await panel.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
  if (term) {
    await panel.getByRole('textbox', { name: 'Add a term', exact: true }).fill(term);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => panel.getByRole('checkbox', { name: term, exact: true }).isChecked())
      .toBe(true);
  }
  await panel.getByRole('button', { name: 'Save document', exact: true }).click();
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(before + 1);
}

/** Types `query` in the search box; the results' buttons. */
async function search(panel: Page, query: string) {
  await panel.getByRole('button', { name: 'Search', exact: true }).click();
  await panel.getByRole('searchbox').fill(query);
}
const results = (panel: Page, kind: 'passage' | 'term') => panel.locator(`.group-${kind} .result`);

describe('search across documents', () => {
  test.scoped({ lang: 'en' });

  run(
    'finds a saved document’s sentences and terms, labelled with its title, opens them; a deleted one’s go',
    async ({ ext }) => {
      const panel = await ext.openPanelTab();
      await panel.setViewportSize({ width: 400, height: 800 });
      await addDocument(panel, TITLE, TEXT, TERM);
      await addDocument(panel, TITLE_EN, TEXT_EN);

      // A phrase only the document has: one sentence, labelled with the document's title.
      await search(panel, PHRASE);
      await expect.poll(() => results(panel, 'passage').count()).toBe(1);
      const hit = results(panel, 'passage').first();
      expect(await hit.locator('.result-source').textContent()).toBe(`in ${TITLE}`);
      expect(await hit.locator('mark').allTextContents()).toEqual([PHRASE]);
      expect(await hit.locator('.result-meta').textContent()).toBe(
        `in ${TITLE} · Paragraph 3, sentence 1`,
      );
      await screenshot(panel, 'panel-search-documents-en');

      // By the keyboard, as any result: ↓ to it, Enter opens the document at that sentence.
      await panel.getByRole('searchbox').press('ArrowDown');
      await expect.poll(() => hit.evaluate((el) => el === document.activeElement)).toBe(true);
      await panel.keyboard.press('Enter');
      await expect.poll(() => panel.locator('#doc-title').textContent()).toBe(TITLE);
      const current = panel.locator('.user-document .sentence.current');
      await expect.poll(() => current.textContent()).toContain(PHRASE);
      expect(await current.evaluate((el) => el === document.activeElement)).toBe(true);

      // One of its terms by name: the term, labelled, opens the document term's view.
      await search(panel, TERM);
      const term = results(panel, 'term').filter({ hasText: TERM });
      await expect.poll(() => term.count()).toBe(1);
      expect(await term.locator('.result-source').textContent()).toBe(`in ${TITLE}`);
      // The sentence that uses it is found too, the term marked in it.
      await expect.poll(() => results(panel, 'passage').count()).toBe(1);
      expect(await results(panel, 'passage').locator('mark').allTextContents()).toEqual([TERM]);
      await term.click();
      await expect.poll(() => panel.locator('#term-title').textContent()).toBe(TERM);
      expect(await panel.locator('.user-term .meta').textContent()).toContain(TITLE);

      // The resolution's results keep their look and come first; the document's last, labelled.
      await search(panel, '南沙方案');
      const passages = results(panel, 'passage');
      await expect.poll(() => passages.locator('.result-source').count()).toBe(1);
      const all = await passages.count();
      expect(all).toBeGreaterThan(1);
      expect(
        await passages
          .nth(all - 1)
          .locator('.result-source')
          .textContent(),
      ).toBe(`in ${TITLE}`);

      // An English word of the English document.
      await search(panel, 'lighthouse');
      await expect.poll(() => results(panel, 'passage').count()).toBe(2);
      expect(await results(panel, 'passage').locator('.result-source').allTextContents()).toEqual([
        `in ${TITLE_EN}`,
        `in ${TITLE_EN}`,
      ]);

      // Deleted: first the English document is still found (the index is there), then the
      // Chinese one's phrase and term are not.
      await panel.getByRole('button', { name: 'Documents', exact: true }).click();
      await panel.getByRole('button', { name: TITLE, exact: true }).click();
      await panel.getByRole('button', { name: 'Delete document', exact: true }).click();
      await panel.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
      await expect.poll(() => panel.locator('.doc-item').count()).toBe(2);
      await search(panel, 'ferry');
      await expect.poll(() => results(panel, 'passage').count()).toBe(1);
      await search(panel, PHRASE);
      await expect
        .poll(() => panel.getByRole('status').first().textContent())
        .toBe(`Nothing found for “${PHRASE}”.`);
      await search(panel, TERM);
      await expect
        .poll(() => panel.getByRole('status').first().textContent())
        .toBe(`Nothing found for “${TERM}”.`);
    },
  );
});
