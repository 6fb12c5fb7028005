/**
 * Answers in the reader's language: the card shows the passage in the language of the text that
 * matched (English, Traditional, the original), with a switch that is remembered; the panel's
 * Document view and search answer in the UI's and the query's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import {
  cardNodes,
  centreOfHighlighted,
  clickAxNode,
  expect,
  highlightedTexts,
  ROOT,
  screenshot,
  skipE2E,
  test,
} from './harness.ts';

/** A text of the resolution read from its file (id → text), not through the extension. */
function textFile(path: string): Map<string, string> {
  const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
  return new Map(
    lines
      .filter((l) => l.includes('\t') && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, string]),
  );
}
const EN = textFile('src/corpus/resolution.en.txt');
const HK = textFile('src/corpus/generated/resolution.zh-HK.txt');
const TW = textFile('src/corpus/generated/resolution.zh-TW.txt');
const ORIGINAL = readFileSync(join(ROOT, 'src/corpus/resolution.zh-CN.txt'), 'utf8');
/** The original's title: its second line, after the adoption line. */
const ORIGINAL_TITLE = ORIGINAL.split('\n')[1]?.trim();

const PANEL = { width: 400, height: 800 };
const cardText = async (page: Page, name: string) =>
  (await cardNodes(page, name)).map((n) => n.name).join(' ');

async function hover(page: Page, text: string): Promise<void> {
  await expect.poll(() => highlightedTexts(page)).toContain(text);
  const point = await centreOfHighlighted(page, text);
  if (!point) throw new Error(`no highlight for ${text}`);
  await page.mouse.move(point.x, point.y);
}

async function openPanel(ext: { openPanelTab(): Promise<Page> }): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize(PANEL);
  return panel;
}

/**
 * The passage a card shows, as a screen reader reads it: the text nodes after its label
 * ("Paragraph 1") up to the next block, split at the cut marks (…); and whether a term is marked.
 */
async function cardPassage(page: Page, name: string): Promise<string[]> {
  const nodes = await cardNodes(page, name);
  const label = nodes.findIndex(
    (n) => n.role === 'StaticText' && /^(Paragraph \d+|第 ?\d+ ?段)$/.test(n.name),
  );
  if (label < 0) return [];
  const out: string[] = [];
  for (const n of nodes.slice(label + 1)) {
    if (n.role === 'paragraph' || n.role === 'button') break;
    // The notice under a translation, and the buttons' text, end the passage too.
    if (/^(Unofficial|Traditional text|Open in panel|×)/.test(n.name)) break;
    if (n.role === 'StaticText') out.push(...n.name.split('…'));
    if (n.role === 'mark') out.push('<mark>');
  }
  return out.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

/** True when a term is marked and every other piece is in one of the texts. */
function within(pieces: string[], texts: Iterable<string>): boolean {
  const text = pieces.filter((piece) => piece !== '<mark>');
  const all = [...texts];
  return (
    pieces.includes('<mark>') &&
    text.length > 0 &&
    text.every((piece) => all.some((t) => t.includes(piece)))
  );
}

const switchButton = (panel: Page, name: string) =>
  panel.getByRole('group').first().getByRole('button', { name, exact: true });

describe('the hover card', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'English page: the English sentence with the term marked; a click shows the original; the choice is kept for English pages',
    async ({ ext }) => {
      const page = await ext.openFixture('/news-en.html');
      await hover(page, 'Nansha Plan');
      // A piece of our English text, with an English form of the term in it, marked.
      await expect
        .poll(async () => within(await cardPassage(page, '南沙方案'), EN.values()))
        .toBe(true);
      const nodes = await cardNodes(page, '南沙方案');
      expect(await cardText(page, '南沙方案')).toContain('Unofficial translation by Nansha Lens');
      await screenshot(page, 'hover-card-en-passage');

      const original = nodes.find((n) => n.role === 'button' && n.name === 'Original');
      if (!original) throw new Error('no Original button');
      await clickAxNode(page, original);
      await expect
        .poll(async () => within(await cardPassage(page, '南沙方案'), [ORIGINAL]))
        .toBe(true);

      // Another English page remembers the choice…
      const next = await ext.openFixture('/news-en.html');
      await hover(next, 'Nansha Plan');
      await expect
        .poll(async () => within(await cardPassage(next, '南沙方案'), [ORIGINAL]))
        .toBe(true);
      const pressed = (await cardNodes(next, '南沙方案')).filter((n) => n.role === 'button');
      expect(pressed.map((n) => n.name)).toEqual(
        expect.arrayContaining(['Original', 'English', '繁體']),
      );
      // …while a Traditional page still answers in Traditional.
      const hant = await ext.openFixture('/news-zh-TW.html');
      await hover(hant, '慶盛樞紐');
      await expect
        .poll(async () => within(await cardPassage(hant, '庆盛枢纽'), HK.values()))
        .toBe(true);
    },
  );

  test.skipIf(skipE2E)(
    'Traditional page: the passage in Traditional (Hong Kong conventions on a zh-HK page)',
    async ({ ext }) => {
      const page = await ext.openFixture('/news-zh-TW.html');
      await hover(page, '慶盛樞紐');
      await expect
        .poll(async () => within(await cardPassage(page, '庆盛枢纽'), HK.values()))
        .toBe(true);
      // Not the original: its Simplified characters differ.
      expect(within(await cardPassage(page, '庆盛枢纽'), [ORIGINAL])).toBe(false);
      await screenshot(page, 'hover-card-zh-Hant-passage');
    },
  );
});

describe('the panel in Simplified Chinese', () => {
  test.scoped({ lang: 'zh-CN' });

  test.skipIf(skipE2E)(
    'Document view: the original by default; English on a click, remembered after a reload; the original one click away',
    async ({ ext }) => {
      let panel = await openPanel(ext);
      await panel.getByRole('button', { name: '全文' }).click();
      const title = panel.locator('#doc-title');
      await expect.poll(() => title.textContent()).toBe(ORIGINAL_TITLE);
      await switchButton(panel, 'English').click();
      await expect.poll(() => title.textContent()).toBe(EN.get('title'));
      expect(await panel.locator('[data-passage="p3.s6"]').textContent()).toBe(EN.get('p3.s6'));
      expect(await panel.locator('.translation-notice').first().textContent()).toContain('非官方');

      await panel.reload();
      panel = await openPanel({ openPanelTab: async () => panel });
      await panel.getByRole('button', { name: '全文' }).click();
      await expect.poll(() => title.textContent()).toBe(EN.get('title'));
      expect(await switchButton(panel, 'English').getAttribute('aria-pressed')).toBe('true');
      await screenshot(panel, 'panel-document-en-text');

      await switchButton(panel, '繁體').click();
      await expect.poll(() => title.textContent()).toBe(TW.get('title'));
      await switchButton(panel, '原文').click();
      await expect.poll(() => title.textContent()).toBe(ORIGINAL_TITLE);
      expect(await panel.locator('.translation-notice').count()).toBe(0);
    },
  );
});

const ENGLISH_QUERIES = [
  ['talent', /\btalent/i],
  ['corruption', /\bcorruption\b/i],
  ['smart city', /\bsmart city\b/i],
  ['business environment', /\bbusiness environment\b/i],
] as const;

describe('search in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'talent, corruption, smart city, business environment: the right sentence, its English text shown and marked',
    async ({ ext }) => {
      const panel = await openPanel(ext);
      for (const [query, pattern] of ENGLISH_QUERIES) {
        const expected = [...EN].filter(([id, text]) => id.startsWith('p') && pattern.test(text));
        expect(expected.length, query).toBeGreaterThan(0);
        await panel.getByRole('searchbox').fill(query);
        const first = panel.locator('.group-passage li').first();
        await expect.poll(() => first.locator('.result-text').textContent()).toMatch(pattern);
        const text = await first.locator('.result-text').textContent();
        const id = expected.find(([, t]) => t === text)?.[0];
        expect(id, `${query}: an English sentence, whole`).toBeDefined();
        const [p, s] = (id ?? '').slice(1).split('.s');
        expect(await first.locator('.result-meta').textContent()).toBe(
          `Paragraph ${p}, sentence ${s}`,
        );
        const marks = await first.locator('mark').allTextContents();
        for (const word of query.split(' '))
          expect(marks.join(' ').toLowerCase(), query).toContain(word);
        if (query === 'business environment') await screenshot(panel, 'panel-search-en-text');
      }
      // Plurals find the singular.
      await panel.getByRole('searchbox').fill('talents');
      await expect
        .poll(() => panel.locator('.group-passage li mark').first().textContent())
        .toMatch(/^talent/i);
    },
  );
});

describe('search in the Traditional Chinese UI', () => {
  test.scoped({ lang: 'zh-TW' });

  test.skipIf(skipE2E)('營商環境 finds p3.s6, shown in Traditional', async ({ ext }) => {
    const panel = await openPanel(ext);
    await panel.getByRole('searchbox').fill('營商環境');
    const hit = panel.locator('.group-passage li', { hasText: '營商環境' }).first();
    await expect.poll(() => hit.locator('.result-text').textContent()).toBe(TW.get('p3.s6'));
    expect(await hit.locator('mark').allTextContents()).toContain('營商環境');
    expect(await hit.locator('.result-meta').textContent()).toMatch(/第 ?3 ?段.*第 ?6 ?句/);
    await screenshot(panel, 'panel-search-zh-TW-text');
  });
});
