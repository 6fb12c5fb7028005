import { expect, firstScanDone, highlightedTexts, screenshot, skipE2E, test } from './harness.ts';

// An English title found by its key words late in a long sentence, after an earlier mention of
// the same key word whose look-ahead ends inside the title (it was missed: CHANGELOG).
test.skipIf(skipE2E)('a title late in a long sentence is highlighted whole', async ({ ext }) => {
  const page = await ext.openFixture('/title-late.html');
  await firstScanDone(ext, page);
  const marked = await highlightedTexts(page);
  expect(marked).toContain("Plan for Nansha's Comprehensive Cooperation with Guangdong Province");
  // The earlier mention is still a term of its own.
  expect(marked).toContain('Nansha');
  await screenshot(page, 'title-late-en');
});
