/**
 * The message replies, in real Chromium: the content script's questions to the background are
 * answered (the hover card's term info, a page's notes and where their quotes are), under the
 * manifest's minimum_chrome_version; a malformed message gets no answer and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import type { browser } from 'wxt/browser';
import { EXTENSION_DIR } from '../paths.ts';
import {
  cardNodes,
  centreOfHighlighted,
  countPanelOpens,
  type Extension,
  expect,
  highlightedTexts,
  highlightName,
  importNotesFile,
  inContentScript,
  ROOT,
  readHighlights,
  sendFromContentScript,
  skipE2E,
  test,
} from './harness.ts';

declare const chrome: typeof browser;

const run = test.skipIf(skipE2E);

/** The resolution as published, read here apart from the extension's parser and matcher. */
const RESOLUTION = readFileSync(join(ROOT, 'src/corpus/resolution.zh-CN.txt'), 'utf8');

/** How the resolution writes 南沙方案: its short name, and the plan's full title with and without 广州. */
const NANSHA_PLAN_FORMS = [
  '南沙方案',
  '广州南沙深化面向世界的粤港澳全面合作总体方案',
  '南沙深化面向世界的粤港澳全面合作总体方案',
];

/** Occurrences of the forms in the resolution (longest first, none counted twice), and the first. */
function inResolution(forms: string[]): { count: number; first: number } {
  let text = RESOLUTION;
  let count = 0;
  let first = Number.POSITIVE_INFINITY;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      count++;
      first = Math.min(first, at);
      text = text.slice(0, at) + '\0'.repeat(form.length) + text.slice(at + form.length);
    }
  }
  return { count, first };
}

/** Sends a message to the background from an extension page, as its scripts would. */
function sendFromPage(page: Page, message: unknown): Promise<{ reply?: unknown; error?: string }> {
  return page.evaluate(async (m) => {
    try {
      return { reply: await chrome.runtime.sendMessage(m) };
    } catch (error) {
      return { error: String(error) };
    }
  }, message);
}

/** A phrase of the Simplified Chinese fixture with no term in it. */
const QUOTE = '集中力量推进重点片区建设';

/** Stores notes as a user would: a JSON file imported in the panel's Data view (English UI). */
async function importNotes(ext: Extension, notes: object[]): Promise<Page> {
  const panel = await ext.openPanelTab();
  await importNotesFile(panel, notes);
  await expect
    .poll(() => panel.getByRole('status').allTextContents())
    .toContain(`Imported from JSON: ${notes.length} added, 0 updated, 0 unchanged.`);
  return panel;
}

/** The text of each range of the page's note underline. */
const underlined = async (page: Page) => (await readHighlights(page)).note ?? [];

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  run(
    'hover card: the term-info reply shows how often the resolution has 南沙方案, and a passage of it',
    async ({ ext }) => {
      const expected = inResolution(NANSHA_PLAN_FORMS);
      expect(expected.count).toBe(9);
      // The body's paragraphs are the indented lines; the term first occurs in the first of them.
      const paragraphs = RESOLUTION.split('\n').filter((line) => /^\s+\S/.test(line));
      const paragraph = paragraphs.findIndex((p) => NANSHA_PLAN_FORMS.some((f) => p.includes(f)));
      // The dozen characters before the term's first occurrence in the resolution.
      const before = RESOLUTION.slice(expected.first - 12, expected.first);

      const page = await ext.openFixture('/news-zh-CN.html');
      await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');
      const point = await centreOfHighlighted(page, '南沙方案');
      if (!point) throw new Error('no highlight for 南沙方案');
      await page.mouse.move(point.x, point.y);

      const card = async () => (await cardNodes(page, '南沙方案')).map((n) => n.name).join(' ');
      await expect.poll(card).toContain('times in the resolution');
      const text = await card();
      expect(text).toContain(`${expected.count} times in the resolution`);
      expect(text).toContain(`Paragraph ${paragraph + 1}`);
      expect(text).toContain(before);
    },
  );

  run(
    'a stored note: the page-notes and anchor-quotes replies arrive, and its quote is underlined',
    async ({ ext }) => {
      const url = ext.server.url('/news-zh-CN.html');
      const now = Date.now();
      const panel = await importNotes(ext, [
        {
          id: 'stored-note-1',
          body: 'Which districts are meant?',
          tags: [],
          termIds: [],
          passageIds: [],
          source: {
            url,
            title: '南沙方案落地一周年：湾区新平台加快建设',
            quote: QUOTE,
            selector: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
          },
          createdAt: now,
          updatedAt: now,
        },
      ]);

      // What the page's content script is answered: the notes of its own page.
      const page = await ext.openFixture('/news-zh-CN.html');
      const quotes = await sendFromContentScript(page, { type: 'page-notes' });
      expect(quotes).toEqual([
        {
          id: 'stored-note-1',
          selector: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
          excerpt: 'Which districts are meant?',
        },
      ]);
      const text = `一年来，${QUOTE}。`;
      expect(await sendFromContentScript(page, { type: 'anchor-quotes', text, quotes })).toEqual([
        { id: 'stored-note-1', start: 4, end: 4 + QUOTE.length },
      ]);
      // Another page's content script, naming this page's URL, gets its own page's notes: none.
      const other = await ext.openFixture('/news-en.html');
      expect(await sendFromContentScript(other, { type: 'page-notes', url })).toEqual([]);
      // The panel (an extension page) is not a content script: the background refuses it.
      expect(await sendFromPage(panel, { type: 'page-notes' })).toEqual({ reply: undefined });

      // On the page: the quote is underlined, and hovering it shows the note's start.
      await page.bringToFront();
      await expect.poll(() => underlined(page), { timeout: 5_000 }).toEqual([QUOTE]);
      const note = await highlightName(page, 'note');
      const point = await page.evaluate((name) => {
        const r = [...(CSS.highlights.get(name ?? '') ?? [])][0];
        const rect = r instanceof Range ? r.getClientRects()[0] : undefined;
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }, note);
      if (!point) throw new Error('no underlined quote');
      await page.mouse.move(point.x, point.y);
      await expect
        .poll(async () => (await cardNodes(page, 'Your note')).map((n) => n.name).join(' '))
        .toContain('Which districts are meant?');
    },
  );

  run(
    'the built manifest declares minimum_chrome_version 116; this Chromium loads it and its replies arrive',
    async ({ ext }) => {
      const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
        minimum_chrome_version?: string;
      };
      expect(manifest.minimum_chrome_version).toBe('116');
      // The extension that runs is that build, in a Chromium that meets its minimum.
      const loaded = await ext.worker.evaluate(() => ({
        minimum: chrome.runtime.getManifest().minimum_chrome_version,
        chrome: Number(/Chrome\/(\d+)/.exec(navigator.userAgent)?.[1]),
      }));
      expect(loaded.minimum).toBe('116');
      expect(loaded.chrome).toBeGreaterThanOrEqual(116);

      // A reply to a content script…
      const page = await ext.openFixture('/news-zh-CN.html');
      const info = await sendFromContentScript(page, { type: 'term-info', termId: 'nansha-plan' });
      expect(info).toMatchObject({
        termId: 'nansha-plan',
        occurrences: inResolution(NANSHA_PLAN_FORMS).count,
        passage: { paragraph: 1 },
      });
      // …and the content script's reply to the background (the panel's question to a page).
      await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');
      await page.bringToFront();
      const report = await ext.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined
          ? undefined
          : chrome.tabs.sendMessage(tab.id, { type: 'get-page-terms' }, { frameId: 0 });
      });
      expect(report).toMatchObject({
        title: '南沙方案落地一周年：湾区新平台加快建设',
        terms: expect.arrayContaining([
          expect.objectContaining({ termId: 'nansha-plan', count: 3 }),
        ]),
      });
    },
  );
});

run(
  'a malformed message from a content script, or any from an extension page, gets no answer and changes nothing',
  async ({ ext }) => {
    const panelOpens = await countPanelOpens(ext);
    const page = await ext.openFixture('/cooking-zh.html');
    const panel = await ext.openPanelTab();
    const storage = () =>
      ext.worker.evaluate(async () => ({
        local: await chrome.storage.local.get(null),
        session: await chrome.storage.session.get(null),
      }));
    // A well-formed question is answered: the channel works, so no answer below is a refusal.
    expect(await sendFromContentScript(page, { type: 'term-info', termId: 'gba' })).toMatchObject({
      termId: 'gba',
    });
    const before = await storage();

    const long = 'x'.repeat(1_000);
    const capture = {
      url: 'http://127.0.0.1/a',
      title: 'A',
      selector: { type: 'TextQuoteSelector', exact: '南沙', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 2 },
    };
    const malformed: [string, unknown][] = [
      ['term-info without termId', { type: 'term-info' }],
      ['term-info with a 1,000-character termId', { type: 'term-info', termId: long }],
      ['term-info with a number for termId', { type: 'term-info', termId: 7 }],
      ['open-term with a 1,000-character termId', { type: 'open-term', termId: long }],
      ['open-note without noteId', { type: 'open-note' }],
      [
        'add-note with a negative position',
        { type: 'add-note', capture: { ...capture, position: { ...capture.position, start: -1 } } },
      ],
      ['page-terms without a report', { type: 'page-terms' }],
      ['a tab message sent to the background', { type: 'get-page-terms' }],
      ['an unknown type', { type: 'drop-all-notes' }],
      ['no type', { termId: 'gba' }],
      ['a string', 'term-info'],
      ['null', null],
    ];
    for (const [what, message] of malformed) {
      expect(await sendFromContentScript(page, message), what).toBeUndefined();
    }
    // Oversized ones, made where they are sent (their JSON would be tens of megabytes).
    const oversized = {
      'page-terms with a million terms': `chrome.runtime.sendMessage({ type: 'page-terms', report: {
        url: location.href, title: 'A',
        terms: Array.from({ length: 1e6 }, (_, order) => ({ termId: 'gba', count: 1, order })) } })`,
      'anchor-quotes with 50 million characters': `chrome.runtime.sendMessage({
        type: 'anchor-quotes', text: 'x'.repeat(5e7), quotes: [] })`,
    };
    for (const [what, expression] of Object.entries(oversized)) {
      expect(await inContentScript(page, expression), what).toBeUndefined();
    }
    // An extension page is not a content script: even a well-formed request of one is refused.
    for (const message of [
      { type: 'term-info', termId: 'gba' },
      { type: 'open-term', termId: 'gba' },
      { type: 'add-note', capture },
    ]) {
      expect(await sendFromPage(panel, message), message.type).toEqual({ reply: undefined });
    }
    // The refusals are made as the messages arrive: by now, nothing can still change.
    expect(await storage()).toEqual(before);
    expect(await panelOpens()).toBe(0);
    // The background still answers after them.
    expect(
      await sendFromContentScript(page, { type: 'term-info', termId: 'nansha-plan' }),
    ).toMatchObject({ occurrences: inResolution(NANSHA_PLAN_FORMS).count });
  },
);
