/**
 * The reader's own documents on pages (issue 15): their kept terms are highlighted next to the
 * resolution's, each document in its own colour; the card names the document and quotes it; a
 * document switched off or deleted leaves the open pages; a page with none of any document's
 * terms still gets the first look only. The documents are written into the extension's database
 * from its own page, as the panel writes them, then announced with `documents-changed`.
 */
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { UserDocument, UserTerm } from '../../src/documents/types.ts';
import {
  cardNodes,
  centreOfHighlighted,
  clickAxNode,
  type Extension,
  expect,
  firstScanDone,
  highlightedTexts,
  inContentScript,
  pageReport,
  readHighlights,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;
const run = test.skipIf(skipE2E);

const ZH = 'doc-q1ngsha0';
const EN = 'doc-r1vers1d';

/** A Chinese plan of our own (not a real document), and the terms a reader kept from it. */
const PLAN_ZH: UserDocument = {
  id: ZH,
  title: '青沙区科创走廊三年行动计划',
  text: [
    '# 青沙区科创走廊三年行动计划',
    '一、总体目标。到2026年，青沙科创走廊集聚科技企业五百家以上。',
    '二、重点任务。建设低空经济示范区，开通三条无人机物流航线。积极争取数据跨境流动试点，服务企业出海。',
    '三、保障措施。区财政每年安排专项资金，支持青沙科创走廊和低空经济示范区建设。',
  ].join('\n\n'),
  source: { kind: 'paste' },
  added: 1,
  updated: 1,
  enabled: true,
  colour: 0,
};
const zhTerm = (n: number, name: string, traditional: string, passage: string): UserTerm => ({
  id: `${ZH}.t${n}`,
  docId: ZH,
  name,
  forms: [
    { form: name, script: 'zh-Hans' },
    { form: traditional, script: 'zh-Hant' },
  ],
  passageIds: [`${ZH}.${passage}`],
});
const TERMS_ZH = [
  zhTerm(1, '青沙科创走廊', '青沙科創走廊', 'p2.s2'),
  zhTerm(2, '低空经济示范区', '低空經濟示範區', 'p3.s2'),
  zhTerm(3, '数据跨境流动试点', '數據跨境流動試點', 'p3.s3'),
];

const PLAN_EN: UserDocument = {
  id: EN,
  title: 'Riverside Corridor Plan',
  text: 'Riverside Corridor Plan\n\nThe Riverside Innovation Corridor will host 500 technology firms by 2026. The district will seek a cross-border data pilot for firms that trade abroad.',
  source: { kind: 'paste' },
  added: 2,
  updated: 2,
  enabled: true,
  colour: 1,
};
const TERMS_EN: UserTerm[] = [
  {
    id: `${EN}.t1`,
    docId: EN,
    name: 'Riverside Innovation Corridor',
    forms: [{ form: 'Riverside Innovation Corridor', script: 'en' }],
    passageIds: [`${EN}.p2.s1`],
  },
  {
    id: `${EN}.t2`,
    docId: EN,
    name: 'cross-border data pilot',
    forms: [{ form: 'cross-border data pilot', script: 'en' }],
    passageIds: [`${EN}.p2.s2`],
  },
];

interface Change {
  put?: { documents?: UserDocument[]; terms?: UserTerm[] };
  /** Documents to delete, with their terms. */
  remove?: string[];
}

/**
 * Writes documents and terms into the extension's IndexedDB from its panel page (the background
 * makes the database first, at its current version), then tells the background, as the panel
 * does; resolves once the pages' value is written.
 */
async function changeDocuments(panel: Page, change: Change): Promise<void> {
  await panel.evaluate(async ({ put, remove }) => {
    await chrome.runtime.sendMessage({ type: 'documents-changed' });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('nansha-lens');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction(['documents', 'documentTerms'], 'readwrite');
    const documents = tx.objectStore('documents');
    const terms = tx.objectStore('documentTerms');
    for (const d of put?.documents ?? []) documents.put(d);
    for (const t of put?.terms ?? []) terms.put(t);
    for (const id of remove ?? []) {
      documents.delete(id);
      terms.delete(IDBKeyRange.bound(`${id}.`, `${id}.\uffff`));
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await chrome.runtime.sendMessage({ type: 'documents-changed' });
  }, change);
}

/** Installed, the extension writes which sites have notes (none): until then a page asks (lens.js). */
async function noteSitesKnown(ext: Extension): Promise<void> {
  await expect
    .poll(() =>
      ext.worker.evaluate(async () => (await chrome.storage.local.get('noteSites')).noteSites),
    )
    .toEqual([]);
}

/** Whether lens.js has run in the extension's isolated world of the page's top frame. */
async function lensLoaded(page: Page): Promise<boolean> {
  return (await inContentScript(page, "typeof globalThis.__nanshaLens === 'object'")) === true;
}

/** The texts highlighted in one kind (a category, `document-<n>`), in document order. */
async function highlightsOf(page: Page, kind: string): Promise<string[]> {
  return (await readHighlights(page))[kind] ?? [];
}

run(
  'a Chinese document’s terms beside the resolution’s, in its own colour; its card; off, on, deleted',
  async ({ ext }) => {
    const news = await ext.openFixture('/doc-news-zh.html');
    await expect.poll(() => highlightedTexts(news)).toEqual(['南沙方案', '粤港澳大湾区']);

    // Added while the page is open: the page takes the document's terms at once.
    const panel = await ext.openPanelTab();
    await changeDocuments(panel, { put: { documents: [PLAN_ZH], terms: TERMS_ZH } });
    const ours = ['青沙科创走廊', '青沙科创走廊', '低空经济示范区', '数据跨境流动试点'];
    await expect.poll(() => highlightsOf(news, 'document-0')).toEqual(ours);
    expect(await highlightedTexts(news)).toEqual([
      '青沙科创走廊',
      '南沙方案',
      '青沙科创走廊',
      '低空经济示范区',
      '数据跨境流动试点',
      '粤港澳大湾区',
    ]);
    await screenshot(news, 'document-lens-zh');

    // The report (badge, This page) counts the document's terms by their ids.
    const report = await firstScanDone(ext, news);
    expect(report.terms.map((t) => t.termId)).toEqual([
      `${ZH}.t1`,
      'nansha-plan',
      `${ZH}.t2`,
      `${ZH}.t3`,
      expect.any(String),
    ]);

    // The card names the document and quotes its sentence; its button opens the panel on the term.
    await news.bringToFront();
    const point = await centreOfHighlighted(news, '低空经济示范区');
    if (!point) throw new Error('no highlight for 低空经济示范区');
    await news.mouse.move(point.x, point.y);
    const card = () => cardNodes(news, '低空经济示范区');
    await expect.poll(async () => (await card()).length > 0).toBe(true);
    const text = (await card()).map((n) => n.name).join(' ');
    expect(text).toContain('青沙区科创走廊三年行动计划');
    expect(text).toContain('本文件中出现 2 次');
    // The sentence, the term in it marked (a node of its own for a screen reader).
    expect(text).toContain('第3段 建设 低空经济示范区 ，开通三条无人机物流航线。');
    await screenshot(news, 'document-lens-card');
    const open = (await card()).find((n) => n.role === 'button' && n.name === '在侧边栏打开');
    if (!open) throw new Error('no Open in panel button');
    await clickAxNode(news, open);
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => (await chrome.storage.session.get('focus')).focus),
      )
      .toMatchObject({ termId: `${ZH}.t2` });
    await news.keyboard.press('Escape');

    await noteSitesKnown(ext);
    // A page with none of its terms (nor the resolution's) still gets no lens: once a page opened
    // after it has been highlighted, the quiet page, earlier and smaller, would have loaded it.
    const quiet = await ext.openFixture('/cooking-zh.html');
    await firstScanDone(ext, quiet);
    const later = await ext.openFixture('/doc-news-zh.html');
    await expect.poll(() => highlightsOf(later, 'document-0')).toEqual(ours);
    expect(await lensLoaded(quiet)).toBe(false);
    await later.close();

    // Switched off: its highlights go, the resolution's stay; on again: back.
    await changeDocuments(panel, { put: { documents: [{ ...PLAN_ZH, enabled: false }] } });
    await expect.poll(() => highlightedTexts(news)).toEqual(['南沙方案', '粤港澳大湾区']);
    await changeDocuments(panel, { put: { documents: [PLAN_ZH] } });
    await expect.poll(() => highlightsOf(news, 'document-0')).toEqual(ours);

    // The resolution switched off: only the document's terms.
    await panel.evaluate(() => chrome.storage.local.set({ 'settings.resolutionEnabled': false }));
    await expect.poll(() => highlightedTexts(news)).toEqual(ours);
    await panel.evaluate(() => chrome.storage.local.set({ 'settings.resolutionEnabled': true }));
    await expect.poll(() => highlightedTexts(news)).toContain('南沙方案');

    // Deleted: its highlights go.
    await changeDocuments(panel, { remove: [ZH] });
    await expect.poll(() => highlightedTexts(news)).toEqual(['南沙方案', '粤港澳大湾区']);
    expect((await pageReport(ext, news))?.terms.map((t) => t.termId)).not.toContain(`${ZH}.t1`);
  },
);

run(
  'an English document: a page with none of the resolution’s terms gets its highlights once it is added',
  async ({ ext }) => {
    await noteSitesKnown(ext);
    const page = await ext.openFixture('/doc-news-en.html');
    await firstScanDone(ext, page);
    expect(await lensLoaded(page)).toBe(false);

    const panel = await ext.openPanelTab();
    await changeDocuments(panel, {
      put: { documents: [PLAN_ZH, PLAN_EN], terms: [...TERMS_ZH, ...TERMS_EN] },
    });
    const ours = [
      'Riverside Innovation Corridor',
      'Riverside Innovation Corridor',
      'cross-border data pilot',
    ];
    await expect.poll(() => highlightsOf(page, 'document-1')).toEqual(ours);
    expect(await highlightsOf(page, 'document-0')).toEqual([]);

    await page.bringToFront();
    const point = await centreOfHighlighted(page, 'cross-border data pilot');
    if (!point) throw new Error('no highlight for cross-border data pilot');
    await page.mouse.move(point.x, point.y);
    const card = () => cardNodes(page, 'cross-border data pilot');
    await expect.poll(async () => (await card()).length > 0).toBe(true);
    const text = (await card()).map((n) => n.name).join(' ');
    expect(text).toContain('Riverside Corridor Plan');
    expect(text).toContain('本文件中出现 1 次');
    expect(text).toMatch(
      /The district will seek a\s+cross-border data pilot\s+for firms that trade abroad\./,
    );
    await page.keyboard.press('Escape');

    await changeDocuments(panel, { remove: [EN] });
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
  },
);
