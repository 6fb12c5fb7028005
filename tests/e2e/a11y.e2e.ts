/**
 * Accessibility in real Chromium: axe-core on every panel view, the options page and the hover
 * card, in the light and the dark colour scheme — no serious or critical violation (the others
 * are listed in tests/artifacts/a11y-results.json) — and Tab reaches every control of the panel
 * and the options page with a visible focus indicator.
 */
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import type { browser } from 'wxt/browser';
import {
  axe,
  checkedTargets,
  describe as describeViolations,
  isSerious,
  record,
} from './a11y/axe.ts';
import { CARD_PAGE, cardBundle } from './a11y/card.ts';
import { tabThrough } from './a11y/keyboard.ts';
import { openOptions, openPanel } from './a11y/pages.ts';
import { centreOfHighlighted, expect, skipE2E, test, waitForHighlights } from './harness.ts';

declare const chrome: typeof browser;

/** axe in the light and the dark scheme: no serious or critical violation in either. */
async function audit(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await axe(page);
    record(`${name} (${colorScheme})`, violations);
    const serious = violations.filter(isSerious);
    expect(serious, `${name} (${colorScheme}):\n${describeViolations(serious)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Tab reaches every visible, enabled control, and each shows that it has the focus. */
async function keyboard(page: Page, name: string): Promise<void> {
  const report = await tabThrough(page);
  expect(report.stops, name).toBeGreaterThan(3);
  expect(report.unreached, `${name}: not reached with Tab`).toEqual([]);
  expect(report.invisible, `${name}: focus not visible`).toEqual([]);
}

const h2 = (page: Page) => page.locator('main h2').first().textContent();

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  test.skipIf(skipE2E)(
    'panel: every view passes axe; search, notes, document, this page and data work from the keyboard',
    async ({ ext }) => {
      // A page with terms, for This page.
      const news = await ext.openFixture('/news-zh-CN.html');
      await waitForHighlights(news);
      // A term clicked on the page: the panel then reads that tab (This page).
      const point = await centreOfHighlighted(news, '南沙方案');
      await news.mouse.click(point?.x ?? 0, point?.y ?? 0);
      const panel = await openPanel(ext);
      await expect.poll(() => h2(panel)).toBe('南沙方案');
      await panel.getByRole('button', { name: 'Search', exact: true }).click();

      // Search, with results.
      await panel.getByRole('searchbox').fill('南沙方案');
      await panel.locator('.group-term li').first().waitFor();
      await audit(panel, 'panel: search');
      await keyboard(panel, 'panel: search');

      // Term.
      await panel.locator('.group-term li button').first().click();
      await expect.poll(() => h2(panel)).toBe('南沙方案');
      await audit(panel, 'panel: term');

      // The editor, open on the term page; then the Notes view with the note.
      await panel.getByRole('button', { name: 'New note', exact: true }).click();
      await panel.getByRole('textbox', { name: 'Note (Markdown)' }).fill('**Key**: 慶盛樞紐, GBA');
      await panel.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('check');
      await audit(panel, 'panel: editor');
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      await panel.locator('.notes .note').first().waitFor();
      await audit(panel, 'panel: notes');
      await keyboard(panel, 'panel: notes');
      await panel.locator('.notes .note').first().getByRole('button', { name: 'Edit' }).click();
      await audit(panel, 'panel: notes, editing');

      // Document.
      await panel.getByRole('button', { name: 'Document', exact: true }).click();
      await expect.poll(() => panel.locator('.paragraphs > li').count()).toBeGreaterThan(3);
      await audit(panel, 'panel: document');
      await keyboard(panel, 'panel: document');

      // This page.
      await panel.getByRole('button', { name: 'This page', exact: true }).click();
      await panel.locator('.page-terms li').first().waitFor();
      await audit(panel, 'panel: this page');
      await keyboard(panel, 'panel: this page');

      // Data, and its confirmation.
      await panel.getByRole('button', { name: 'Data', exact: true }).click();
      await expect.poll(() => h2(panel)).toBe('Export, import and backups');
      await audit(panel, 'panel: data');
      await keyboard(panel, 'panel: data');
      await panel.getByRole('button', { name: 'Delete all notes' }).click();
      await audit(panel, 'panel: data, confirm');
      await panel.getByRole('button', { name: 'Cancel' }).click();

      // Documents, and Add document with its review of proposed terms.
      await panel.getByRole('button', { name: 'Documents', exact: true }).click();
      await expect.poll(() => h2(panel)).toBe('Documents');
      await audit(panel, 'panel: documents');
      await keyboard(panel, 'panel: documents');
      await panel.getByRole('button', { name: 'Add document', exact: true }).click();
      await panel
        .getByRole('textbox', { name: 'Text', exact: true })
        .fill(
          '《临江科学城规划》提出“一廊两谷”。临江科学城以明湖实验室为核心，明湖实验室面向临江科学城。',
        );
      await panel.getByRole('button', { name: 'Find terms', exact: true }).click();
      await expect.poll(() => panel.locator('.candidates li').count()).toBeGreaterThan(0);
      await audit(panel, 'panel: add document, review');
      await keyboard(panel, 'panel: add document, review');

      // Compose: a quote taken on a page waits in the editor.
      await ext.worker.evaluate(
        (url) =>
          chrome.storage.session.set({
            noteDraft: {
              url,
              title: 'News',
              selector: { type: 'TextQuoteSelector', exact: '南沙方案', prefix: '', suffix: '' },
              position: { type: 'TextPositionSelector', start: 0, end: 4 },
              at: Date.now(),
            },
          }),
        ext.server.url('/news-zh-CN.html'),
      );
      await expect.poll(() => h2(panel)).toBe('New note on this page');
      await audit(panel, 'panel: compose');
    },
  );

  test.skipIf(skipE2E)(
    'options page: axe, keyboard, the warning and the dialog',
    async ({ ext }) => {
      const page = await openOptions(ext);
      await audit(page, 'options');
      await keyboard(page, 'options');
      // The check itself catches a page that hides focus.
      await page.addStyleTag({ content: '*:focus { outline: none !important; }' });
      expect((await tabThrough(page)).invisible.length).toBeGreaterThan(10);
      await page.reload();
      await page.locator('.category-row').first().waitFor();

      // With a refused colour's warning shown.
      await page.getByLabel('Colour for Plans and documents').fill('#777777');
      await page.locator('[role="alert"]').waitFor();
      await audit(page, 'options: refused colour');

      // The confirmation dialog: modal, focus inside, Escape closes it.
      await page.getByRole('button', { name: 'Clear everything…' }).click();
      await page.getByRole('dialog').waitFor();
      await audit(page, 'options: confirm dialog');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    },
  );

  test.skipIf(skipE2E)(
    'hover card: axe inside its shadow root, keyboard, Escape',
    async ({ ext }) => {
      const bundle = await cardBundle();
      const page = await ext.context.newPage();
      await page.setContent(CARD_PAGE);
      await page.addScriptTag({ path: bundle });
      await page.evaluate(() => {
        type Card = {
          show(content: object, anchor: DOMRect, key: unknown): void;
          focus(): void;
          readonly isOpen: boolean;
        };
        const { HoverCard } = (
          window as unknown as {
            NanshaCard: {
              HoverCard: new (
                open: () => void,
                close: () => void,
                options: { mode: ShadowRootMode },
              ) => Card;
            };
          }
        ).NanshaCard;
        const card = new HoverCard(
          () => {},
          () => {},
          { mode: 'open' },
        );
        const anchor = document.getElementById('term')?.getBoundingClientRect() ?? new DOMRect();
        card.show(
          {
            title: '南沙方案',
            badge: 'Plans and documents',
            meta: 'Matched as 南沙方案 · 12 times in the resolution',
            passage: {
              label: 'Paragraph 2',
              text: '全会认为，《南沙方案》是以习近平同志为核心的党中央赋予广州的重大任务。',
              marks: [[5, 9]],
            },
            action: 'Open in panel',
            close: 'Close',
          },
          anchor,
          'term',
        );
        card.focus();
        (window as unknown as { card: Card }).card = card;
      });
      // The card is drawn in an open shadow root here, so axe sees inside.
      expect(
        await page.evaluate(
          () =>
            [...document.documentElement.children].find((el) => el.shadowRoot)?.shadowRoot?.mode,
        ),
      ).toBe('open');
      await audit(page, 'hover card');
      // axe did look inside the shadow root: the card's two buttons were checked for a name.
      const checked = await checkedTargets(page, 'button-name');
      const inShadow = checked.filter((t) => Array.isArray(t[0]));
      expect(inShadow.length).toBe(2);

      // Keyboard: the main button has the focus, visibly; Tab reaches Close; Escape closes.
      const focused = () =>
        page.evaluate(() => {
          const host = [...document.documentElement.children].find((el) => el.shadowRoot);
          const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
          if (!el) return null;
          const s = getComputedStyle(el);
          return { text: el.textContent, outline: `${s.outlineStyle} ${s.outlineWidth}` };
        });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await focused()).toEqual({ text: 'Open in panel', outline: 'solid 2px' });
      await page.keyboard.press('Tab');
      expect(await focused()).toEqual({ text: '×', outline: 'solid 2px' });
      await page.keyboard.press('Escape');
      expect(
        await page.evaluate(() => (window as unknown as { card: { isOpen: boolean } }).card.isOpen),
      ).toBe(false);

      // A note's card.
      await page.evaluate(() => {
        const card = (
          window as unknown as { card: { show(c: object, a: DOMRect, k: unknown): void } }
        ).card;
        card.show(
          {
            title: 'Your note',
            meta: '“集中力量推进重点片区建设”',
            body: 'Check the figures with the district office.',
            action: 'Open note',
            close: 'Close',
          },
          new DOMRect(40, 60, 100, 20),
          'note',
        );
      });
      await audit(page, 'hover card: note');
    },
  );
});
