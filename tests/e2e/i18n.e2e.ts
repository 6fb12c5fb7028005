/**
 * The interface follows the browser's language: English, Simplified and Traditional Chinese —
 * the panel's tabs and the hover card, read from what the user sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import {
  accessibilityTree,
  centreOfHighlighted,
  expect,
  highlightedTexts,
  ROOT,
  skipE2E,
  test,
} from './harness.ts';

const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

for (const [lang, folder] of [
  ['en', 'en'],
  ['zh-CN', 'zh_CN'],
  ['zh-TW', 'zh_TW'],
] as const) {
  describe(lang, () => {
    test.scoped({ lang });
    const m = messages(folder);
    const text = (key: string) => m[key]?.message ?? key;

    test.skipIf(skipE2E)(`panel and hover card in ${lang}`, async ({ ext }) => {
      const panel = await ext.openPanelTab();
      await expect
        .poll(() => panel.locator('nav .tabs button').allTextContents())
        .toEqual([
          text('tabSearch'),
          text('tabDocument'),
          text('tabPage'),
          text('tabNotes'),
          text('tabDocuments'),
        ]);
      expect(await panel.evaluate(() => document.documentElement.lang)).toMatch(
        lang === 'en' ? /^en/ : new RegExp(`^${lang}`),
      );

      const page = await ext.openFixture('/news-zh-TW.html');
      await expect.poll(() => highlightedTexts(page)).toContain('慶盛樞紐');
      const point = await centreOfHighlighted(page, '慶盛樞紐');
      if (!point) throw new Error('no highlight');
      await page.mouse.move(point.x, point.y);
      const card = async () => {
        const nodes = await accessibilityTree(page);
        const at = nodes.findIndex((n) => n.role === 'dialog');
        return at < 0
          ? ''
          : nodes
              .slice(at)
              .map((n) => n.name)
              .join(' ');
      };
      await expect.poll(card).toContain(text('category_places'));
      expect(await card()).toContain(text('openInPanel'));
    });
  });
}
