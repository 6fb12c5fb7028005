/**
 * Issue 15, a term kept by more than one document, and a saved document's terms edited
 * (docs/decisions/103-shared-and-edited-terms.md). Two documents of our own keep 低空经济示范区
 * (one in Traditional), the second also keeps the resolution's 南沙方案: the page highlights each
 * once, the card names every document with its sentence, the panel's term views link to the
 * others ("Also in:"). Then, in a document's view: a term removed leaves the open page, a term
 * added is highlighted there, a bad one is refused with a message, and a note on the removed term
 * says so.
 */
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import type { browser } from 'wxt/browser';
import type { UserDocument, UserTerm } from '../../src/documents/types.ts';
import {
  cardNodes,
  centreOfHighlighted,
  clickAxNode,
  expect,
  readHighlights,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;
const run = test.skipIf(skipE2E);

const A = 'doc-qsz0ulan';
const B = 'doc-hewan0gg';
const TITLE_A = '青沙区科创走廊三年行动计划';
const TITLE_B = '河湾区低空经济实施方案';

const PLAN_A: UserDocument = {
  id: A,
  title: TITLE_A,
  text: '青沙区科创走廊三年行动计划\n\n青沙科创走廊集聚科技企业。\n\n建设低空经济示范区，开通无人机物流航线。',
  source: { kind: 'paste' },
  added: 1,
  updated: 1,
  enabled: true,
  colour: 0,
};
const PLAN_B: UserDocument = {
  id: B,
  title: TITLE_B,
  text: '河湾区低空经济实施方案\n\n河湾区与青沙区共建低空經濟示範區，建成河湾数据港。落实南沙方案，扩大开放。',
  source: { kind: 'paste' },
  added: 2,
  updated: 2,
  enabled: true,
  colour: 1,
};
const term = (
  docId: string,
  n: number,
  name: string,
  other: string,
  passage: string,
): UserTerm => ({
  id: `${docId}.t${n}`,
  docId,
  name,
  forms: [
    { form: name, script: /[經濟區數據灣]/.test(name) ? 'zh-Hant' : 'zh-Hans' },
    { form: other, script: /[經濟區數據灣]/.test(other) ? 'zh-Hant' : 'zh-Hans' },
  ],
  passageIds: [`${docId}.${passage}`],
});
const TERMS_A = [
  term(A, 1, '青沙科创走廊', '青沙科創走廊', 'p2.s1'),
  term(A, 2, '低空经济示范区', '低空經濟示範區', 'p3.s1'),
];
const TERMS_B = [
  term(B, 1, '低空經濟示範區', '低空经济示范区', 'p2.s1'),
  term(B, 2, '河湾数据港', '河灣數據港', 'p2.s1'),
  term(B, 3, '南沙方案', '南沙方案', 'p2.s2'),
];

/**
 * Writes documents and terms into the extension's IndexedDB from its panel page (the background
 * makes the database first), then tells the background, as the panel does.
 */
async function putDocuments(panel: Page, documents: UserDocument[], terms: UserTerm[]) {
  await panel.evaluate(
    async ({ documents, terms }) => {
      await chrome.runtime.sendMessage({ type: 'documents-changed' });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('nansha-lens');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction(['documents', 'documentTerms'], 'readwrite');
      for (const d of documents) tx.objectStore('documents').put(d);
      for (const t of terms) tx.objectStore('documentTerms').put(t);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      await chrome.runtime.sendMessage({ type: 'documents-changed' });
    },
    { documents, terms },
  );
}

/** Every stored term, as [id, name], to compare before and after a refusal. */
function storedTerms(panel: Page): Promise<[string, string][]> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('nansha-lens');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<{ id: string; name: string }[]>((resolve, reject) => {
      const r = db.transaction('documentTerms').objectStore('documentTerms').getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return all.map((t) => [t.id, t.name] as [string, string]);
  });
}

/** Every highlighted text of the reader's documents (any document's highlight), in page order. */
async function documentHighlights(page: Page): Promise<string[]> {
  const all = await readHighlights(page);
  return Object.entries(all)
    .filter(([kind]) => kind.startsWith('document-'))
    .flatMap(([, texts]) => texts)
    .sort();
}

/** Hovers the highlighted `text` and returns its card's text as a screen reader reads it. */
async function cardText(page: Page, text: string): Promise<string> {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  const point = await centreOfHighlighted(page, text);
  if (!point) throw new Error(`no highlight for ${text}`);
  await page.mouse.move(point.x, point.y);
  await expect.poll(async () => (await cardNodes(page, text)).length > 0).toBe(true);
  // The other documents come with the background's answer: wait for the whole card.
  await expect
    .poll(async () => (await cardNodes(page, text)).map((n) => n.name).join(' '))
    .toContain('Also in');
  return (await cardNodes(page, text)).map((n) => n.name).join(' ');
}

describe('a term kept by two documents, and a document’s terms edited', () => {
  test.scoped({ lang: 'en' });

  run(
    'the card names both documents with their sentences; the term views link to each other',
    async ({ ext }) => {
      const panel = await ext.openPanelTab();
      await putDocuments(panel, [PLAN_A, PLAN_B], [...TERMS_A, ...TERMS_B]);
      const news = await ext.openFixture('/doc-news-shared.html');
      // Highlighted once each: the shared term in the first document's colour.
      await expect
        .poll(() => readHighlights(news))
        .toMatchObject({
          'document-0': ['青沙科创走廊', '低空经济示范区'],
          'document-1': ['河湾数据港'],
        });
      expect(Object.values(await readHighlights(news)).flat()).toContain('南沙方案');

      // The card: the first document, then the second with its own sentence.
      const shared = await cardText(news, '低空经济示范区');
      expect(shared).toContain(TITLE_A);
      expect(shared).toContain(TITLE_B);
      expect(shared).toContain('河湾区与青沙区共建');
      expect(shared.indexOf(TITLE_A)).toBeLessThan(shared.indexOf(TITLE_B));
      await screenshot(news, 'documents-shared-card');
      // The resolution's term names the document that keeps it too.
      await news.keyboard.press('Escape');
      const resolutionCard = await cardText(news, '南沙方案');
      expect(resolutionCard).toContain(TITLE_B);
      expect(resolutionCard).toContain('落实 南沙方案 ，扩大开放。');
      await news.keyboard.press('Escape');

      // A click still opens the first (highlighted) one.
      await cardText(news, '低空经济示范区');
      const open = (await cardNodes(news, '低空经济示范区')).find(
        (n) => n.role === 'button' && n.name === 'Open in panel',
      );
      if (!open) throw new Error('no Open in panel button');
      await clickAxNode(news, open);
      await expect
        .poll(() =>
          ext.worker.evaluate(async () => (await chrome.storage.session.get('focus')).focus),
        )
        .toMatchObject({ termId: `${A}.t2` });

      // The panel: the term in the first document, "Also in" the second, and back.
      const view = await ext.openPanelTab();
      await view.setViewportSize({ width: 400, height: 800 });
      await expect.poll(() => view.locator('#term-title').textContent()).toBe('低空经济示范区');
      expect(await view.locator('.user-term .meta').textContent()).toContain(TITLE_A);
      await expect.poll(() => view.locator('.also-in').textContent()).toContain('Also in:');
      await view.getByRole('button', { name: TITLE_B, exact: true }).click();
      await expect.poll(() => view.locator('#term-title').textContent()).toBe('低空經濟示範區');
      expect(await view.locator('.user-term .meta').textContent()).toContain(TITLE_B);
      await expect.poll(() => view.locator('.also-in').textContent()).toContain(TITLE_A);
      await screenshot(view, 'documents-shared-term-view');

      // The second document's 南沙方案 links to the resolution's term, which links back.
      await view.getByRole('button', { name: TITLE_B, exact: true }).click();
      await expect.poll(() => view.locator('#doc-title').textContent()).toBe(TITLE_B);
      await view.getByRole('button', { name: '南沙方案', exact: true }).click();
      await expect.poll(() => view.locator('#term-title').textContent()).toBe('南沙方案');
      await view.locator('.also-in button').click();
      await expect.poll(() => view.locator('.term .category').count()).toBe(1);
      await expect.poll(() => view.locator('.also-in').textContent()).toContain(TITLE_B);
    },
  );

  run(
    'a term removed leaves the page, one added is highlighted, a bad one is refused; a note on the removed term says so',
    async ({ ext }) => {
      const panel = await ext.openPanelTab();
      await panel.setViewportSize({ width: 400, height: 800 });
      await putDocuments(panel, [PLAN_B], TERMS_B);
      const news = await ext.openFixture('/doc-news-shared.html');
      await expect
        .poll(() => documentHighlights(news))
        .toEqual(['低空经济示范区', '河湾数据港'].sort());

      // A note on 河湾数据港, from its term view.
      await panel.reload();
      await panel.getByRole('button', { name: 'Documents', exact: true }).click();
      await panel.getByRole('button', { name: TITLE_B, exact: true }).click();
      await expect.poll(() => panel.locator('#doc-title').textContent()).toBe(TITLE_B);
      await panel.getByRole('button', { name: '河湾数据港', exact: true }).click();
      await expect.poll(() => panel.locator('#term-title').textContent()).toBe('河湾数据港');
      await panel
        .getByRole('button', { name: /^Note on this/ })
        .first()
        .click();
      await panel.locator('.passages textarea').fill('河湾数据港: ask about the opening date.');
      await panel.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => panel.locator('li.note').count()).toBe(1);
      await panel.locator('.user-term .meta button').click();
      await expect.poll(() => panel.locator('#doc-title').textContent()).toBe(TITLE_B);

      // Removed: its highlight goes from the open page, the others stay.
      await panel.getByRole('button', { name: 'Remove “河湾数据港”', exact: true }).click();
      await expect
        .poll(() => panel.locator('.user-document [role=status]').textContent())
        .toContain('Removed');
      await expect.poll(() => documentHighlights(news)).toEqual(['低空经济示范区']);

      // Added, with its Traditional form generated: highlighted on the page; a new id.
      await panel.getByRole('textbox', { name: 'Add a term', exact: true }).fill('绿道驿站');
      await panel.getByRole('button', { name: 'Add', exact: true }).click();
      await expect
        .poll(() => panel.locator('.user-document [role=status]').textContent())
        .toContain('Added');
      await expect
        .poll(() => documentHighlights(news))
        .toEqual(['低空经济示范区', '绿道驿站'].sort());
      const terms = await storedTerms(panel);
      expect(terms).toContainEqual([`${B}.t4`, '绿道驿站']);
      expect(terms.map(([id]) => id)).not.toContain(`${B}.t2`);

      // Refused, each with its reason; nothing stored changes, the page neither.
      const before = await storedTerms(panel);
      const field = panel.getByRole('textbox', { name: 'Add a term', exact: true });
      for (const [bad, message] of [
        ['发展', '“发展” is a common word'],
        ['低空經濟示範區', 'is already in the list'],
        ['港', 'one character'],
      ] as const) {
        await field.fill(bad);
        await panel.getByRole('button', { name: 'Add', exact: true }).click();
        await expect
          .poll(() => panel.locator('.user-document [role=alert]').textContent())
          .toContain(message);
        expect(await field.inputValue()).toBe(bad);
      }
      expect(await storedTerms(panel)).toEqual(before);
      expect(await documentHighlights(news)).toEqual(['低空经济示范区', '绿道驿站'].sort());
      await screenshot(panel, 'documents-terms-edit');

      // The note on the removed term stays, marked; its link leads to a view that says so.
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      const chip = panel.locator('li.note .term-chip');
      await expect.poll(() => chip.textContent()).toBe(`removed from ${TITLE_B}`);
      expect(await chip.getAttribute('class')).toContain('orphan');
      await chip.click();
      await expect
        .poll(() => panel.locator('#term-title').textContent())
        .toBe('Term removed from its document');
      expect(await panel.locator('li.note').count()).toBe(1);
    },
  );
});
