import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../src/anchor/core.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../../../src/anchor/types.ts';

// Which span a note anchors to when the page offers several candidates.

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});
const hint = (start: number, end: number): TextPositionSelector => ({
  type: 'TextPositionSelector',
  start,
  end,
});

describe('anchorQuote: choosing among verbatim occurrences', () => {
  it('agreeing context wins over a nearer position hint', () => {
    const text = 'pp QUOTE ss | xx QUOTE yy';
    const second = text.lastIndexOf('QUOTE');
    // The hint is exactly on the second occurrence, but the stored context is the first one's.
    expect(anchorQuote(text, quote('QUOTE', 'pp ', ' ss'), hint(second, second + 5))?.start).toBe(
      3,
    );
  });

  it('"position" only when both the start and the end are the remembered ones', () => {
    const text = 'ab QUOTE ab';
    expect(anchorQuote(text, quote('QUOTE'), hint(3, 8))?.how).toBe('position');
    // Same end, another start (the page changed just before the quote).
    expect(anchorQuote(text, quote('QUOTE'), hint(2, 8))).toEqual({
      start: 3,
      end: 8,
      how: 'exact',
      similarity: 1,
    });
  });

  it('weighs at most 100,000 occurrences of a quote: past them, the context is not looked at', () => {
    const page = (copies: number) => `${'x.'.repeat(copies)}pp x`;
    const q = quote('x', 'pp ');
    // 99,999 plain copies: the one after "pp " is the 100,000th occurrence, and wins.
    const under = page(99_999);
    expect(anchorQuote(under, q)?.start).toBe(under.length - 1);
    // 100,000 plain copies: it is the 100,001st, never weighed; the first of the others is kept.
    expect(anchorQuote(page(100_000), q)?.start).toBe(0);
  });
});

describe('anchorQuote: choosing among approximate matches', () => {
  it('the match with fewer edits wins when the context does not decide', () => {
    const exact = 'central business district';
    const twoEdits = 'centrel businass district';
    const oneEdit = 'centrel business district';
    for (const page of [
      `In Foshan the ${twoEdits} grows. In Nansha the ${oneEdit} waits.`,
      `In Foshan the ${oneEdit} grows. In Nansha the ${twoEdits} waits.`,
    ]) {
      const found = anchorQuote(page, quote(exact));
      expect(found?.start).toBe(page.indexOf(oneEdit));
      expect(found?.similarity).toBeCloseTo(1 - 1 / exact.length, 10);
    }
  });

  it('two equally good matches, no context nor hint: the first on the page', () => {
    const page =
      'In Foshan the centrel business district grows. In Nansha the centrel business district waits.';
    expect(anchorQuote(page, quote('central business district'))?.start).toBe(
      page.indexOf('centrel'),
    );
  });

  it('compares the stored prefix with the text just before a match, not anywhere before it', () => {
    // The first candidate keeps its prefix and half its suffix; the second keeps its suffix only.
    // The first candidate's prefix is also somewhere before the second: that must not count.
    const page = 'In Foshan the centrel grows slow. Elsewhere, a centrel grows fast.';
    const found = anchorQuote(page, quote('central', 'In Foshan the ', ' grows fast'));
    expect(found?.how).toBe('fuzzy');
    expect(found?.start).toBe(page.indexOf('centrel'));
  });
});

describe('anchorQuote: fuzzy work', () => {
  it('a quote too short for one edit is looked for verbatim only: no fuzzy work at all', () => {
    const stats = { work: 0 };
    // Three code units at 75 %: no edit allowed.
    expect(anchorQuote('the abd and the abe', quote('abc'), undefined, { stats })).toBeNull();
    expect(stats.work).toBe(0);
    // Four code units allow one edit, and the work is then counted.
    expect(anchorQuote('one abce two', quote('abcd'), undefined, { stats })?.start).toBe(4);
    expect(stats.work).toBeGreaterThan(0);
  });

  it('a budget equal to the work a search needs is enough for it', () => {
    const filler = 'lorem ipsum dolor sit amet consectetur. '.repeat(500);
    const page = `${filler}the Nansha plan sets clear gaols for 2025${filler}`;
    const q = quote('the Nansha plan sets clear goals for 2025');
    const stats = { work: 0 };
    const found = anchorQuote(page, q, undefined, { stats });
    expect(found?.start).toBe(filler.length);
    // No hint nor context: only around the one place the quote's pieces point to, a few quote
    // lengths of the page (two 32-unit blocks each), not the page.
    expect(stats.work).toBeGreaterThan(0);
    expect(stats.work).toBeLessThanOrEqual(4 * q.exact.length * 2);
    expect(anchorQuote(page, q, undefined, { budget: stats.work })).toEqual(found);
    expect(anchorQuote(page, q, undefined, { budget: stats.work - 1 })).toBeNull();
  });
});
