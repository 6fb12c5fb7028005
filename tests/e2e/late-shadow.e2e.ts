/**
 * Shadow roots attached after the page was first read, which no MutationObserver reports: custom
 * elements defined a second after load (as news sites hydrate), and an element that attaches its
 * root when clicked. Each page is tried where the first look watches alone (no term in the light
 * DOM) and where lens.js reads the page from the start (`?lede`: a term in the light DOM).
 * Closed shadow roots stay out of reach.
 */

import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expect, highlightedTexts, highlightName, skipE2E, test } from './harness.ts';

const run = test.skipIf(skipE2E);

/**
 * Waits until the highlighted strings are `expected`, in any order (ranges in different shadow
 * trees have no document order between them).
 */
async function expectHighlights(page: Page, expected: string[]): Promise<void> {
  await expect
    .poll(async () => (await highlightedTexts(page)).sort())
    .toEqual([...expected].sort());
}

/** The terms inside the late open roots, and inside the root attached on a click. */
const LATE = ['南沙方案', '规则衔接', '机制对接', '国务院', '南沙', '粤港澳大湾区'];
const CLICKED = ['南沙', '香港', '粤港澳大湾区'];

describe('late shadow roots', () => {
  for (const [label, query, before] of [
    ['a page without terms until then', '', [] as string[]],
    ['a page read by lens.js from the start', '?lede', ['南沙方案']],
  ] as const) {
    run(`custom elements defined a second after load: ${label}`, async ({ ext }) => {
      const page = await ext.openFixture(`/late-shadow.html${query}`);
      // Not yet defined at load: only the light DOM can be highlighted.
      expect(await page.evaluate(() => document.documentElement.dataset.defined)).toBeUndefined();
      await expectHighlights(page, [...before]);
      await page.waitForFunction(() => document.documentElement.dataset.defined !== undefined);
      // The open roots' terms; the closed root's (横琴…), attached in the same moment and so
      // met by the same look, never (the poll ends only on exactly these).
      await expectHighlights(page, [...before, ...LATE]);
      expect((await highlightedTexts(page)).some((t) => t.includes('横琴'))).toBe(false);
      // Styled like any open shadow root (an adopted sheet with the page's random names).
      const name = await highlightName(page, 'plans');
      const colour = await page.evaluate((n) => {
        const p = document.getElementById('story-1')?.shadowRoot?.querySelector('p');
        return p && getComputedStyle(p, `::highlight(${n})`).backgroundColor;
      }, name);
      expect(colour).not.toBe('rgba(0, 0, 0, 0)');
      expect(colour).toBeTruthy();
    });

    run(`a shadow root attached on a click: ${label}`, async ({ ext }) => {
      const page = await ext.openFixture(`/click-shadow.html${query}`);
      await expectHighlights(page, [...before]);
      await page.click('#more');
      expect(await page.evaluate(() => document.documentElement.dataset.opened)).toBeDefined();
      await expectHighlights(page, [...before, ...CLICKED]);
    });
  }
});
