import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../src/anchor/core.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../../../src/anchor/types.ts';

// Where the fuzzy search looks on a page too long to search whole within the budget: the budget
// covers the places the quote can be, so a place it does not look at is a miss (null).

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});
const hint = (start: number, length: number): TextPositionSelector => ({
  type: 'TextPositionSelector',
  start,
  end: start + length,
});

const filler = 'lorem ipsum dolor sit amet consectetur. '.repeat(500); // 20,000 code units
const exact = 'the Nansha plan sets clear goals for 2025'; // 41: up to 10 edits at 75 %
/** One edit: most of the quote's pieces are still on the page verbatim. */
const oneEdit = 'the Nansha plan sets clear gaols for 2025';
/** Every fifth code unit changed (8 edits): no piece of 5 or more code units is left verbatim. */
const scattered = [...exact].map((c, i) => (i % 5 === 2 ? '*' : c)).join('');
const budget = 6000;

describe('fuzzy windows: around the position hint', () => {
  it('finds a quote changed all over within the slack around the hint, and not without one', () => {
    const page = `${filler}${scattered}${filler}`;
    const start = filler.length;
    // The page gained or lost up to 1,000 code units above the quote.
    for (const shift of [0, 1000, -1000]) {
      const found = anchorQuote(page, quote(exact), hint(start + shift, 41), { budget });
      expect(found?.start, String(shift)).toBe(start);
      expect(found?.similarity).toBeCloseTo(1 - 8 / 41, 10);
    }
    // No hint, no context, no piece left: nowhere to look within the budget.
    expect(anchorQuote(page, quote(exact), undefined, { budget })).toBeNull();
    // A far hint: the same.
    expect(anchorQuote(page, quote(exact), hint(100, 41), { budget })).toBeNull();
  });

  it('a long quote gets a slack of twice its length around the hint', () => {
    // 600 code units, changed every fifth; the page gained 1,300 code units above it (more than
    // the 1,024 of slack a short quote gets).
    const words = 'the plenary asks the districts of Nansha to report on the plan each year ';
    const long = words.repeat(9).slice(0, 600);
    const changed = [...long].map((c, i) => (i % 5 === 2 ? '*' : c)).join('');
    const page = `${filler}${changed}${filler}`;
    const start = filler.length;
    const found = anchorQuote(page, quote(long), hint(start - 1300, 600), { budget: 100_000 });
    expect(found?.start).toBe(start);
    expect(found?.end).toBe(start + 600);
  });

  it('searches the windows nearest the hint first when the budget does not cover them all', () => {
    // Two copies of the changed quote, 20,000 code units apart; the hint is on the second.
    const page = `${filler}${oneEdit}${filler}${oneEdit}${filler}`;
    const first = filler.length;
    const second = 2 * filler.length + oneEdit.length;
    // The work for the second copy alone (the windows around the hint), on a page of the same size.
    const alone = `${filler}${'-'.repeat(oneEdit.length)}${filler}${oneEdit}${filler}`;
    const stats = { work: 0 };
    expect(anchorQuote(alone, quote(exact), hint(second, 41), { stats })?.start).toBe(second);
    // That budget covers the windows around the hint, not those around the first copy as well.
    const found = anchorQuote(page, quote(exact), hint(second, 41), { budget: stats.work });
    expect(found?.start).toBe(second);
    // With the hint on the first copy, the first.
    expect(anchorQuote(page, quote(exact), hint(first, 41), { budget: stats.work })?.start).toBe(
      first,
    );
  });

  it('a quote just past the slack is found through its pieces, their window joined to the hint’s', () => {
    const page = `${filler}${oneEdit}${filler}`;
    const start = filler.length;
    // The hint's window ends (or starts) inside the quote; the pieces' windows overlap it and
    // carry it on.
    for (const shift of [-1050, 1050]) {
      const found = anchorQuote(page, quote(exact), hint(start + shift, 41), { budget });
      expect(found?.start, String(shift)).toBe(start);
      expect(found?.end).toBe(start + 41);
    }
  });
});

describe('fuzzy windows: after the prefix, before the suffix', () => {
  const before = 'In its resolution, the plenary says that ';
  const after = ', with more for 2035 in the longer term.';

  it('uses the last 16 code units of the prefix, even when the start of the prefix changed', () => {
    const page = `${filler}In its decision, the plenary says that ${scattered}${filler}`;
    const start = page.indexOf(scattered);
    expect(anchorQuote(page, quote(exact, before), undefined, { budget })?.start).toBe(start);
    // A prefix shorter than 16 code units is used whole.
    expect(
      anchorQuote(page, quote(exact, 'plenary says that '.slice(-12)), undefined, { budget })
        ?.start,
    ).toBe(start);
  });

  it('uses the first 16 code units of the suffix, even when the end of the suffix changed', () => {
    const page = `${filler}${scattered}, with more for 2035 in the long run.${filler}`;
    const start = filler.length;
    expect(anchorQuote(page, quote(exact, '', after), undefined, { budget })?.start).toBe(start);
  });

  it('a prefix at the very start of the page, and a prefix of only 4 code units, are used', () => {
    const atStart = `${before}${scattered}${filler}${filler}`;
    expect(anchorQuote(atStart, quote(exact, before), undefined, { budget })?.start).toBe(
      before.length,
    );
    const page = `${filler}§12 ${scattered}${filler}`;
    expect(anchorQuote(page, quote(exact, '§12 '), undefined, { budget })?.start).toBe(
      filler.length + 4,
    );
  });

  it('follows the first 256 places of the prefix only', () => {
    const decoy = `${before}nothing of the kind. ${'lorem ipsum dolor sit amet. '.repeat(3)}`;
    const page = (decoys: number) => `${decoy.repeat(decoys)}${before}${scattered}${filler}`;
    const find = (p: string) =>
      anchorQuote(p, quote(exact, before), undefined, { budget: 100_000 })?.start;
    // The prefix's 256th place is the quote's: found.
    const p255 = page(255);
    expect(find(p255)).toBe(p255.indexOf(scattered));
    // Its 257th: past the limit, an orphan.
    expect(find(page(256))).toBeUndefined();
  });
});

describe('fuzzy windows: pieces of the quote', () => {
  it('a quote with as many scattered edits as allowed keeps a piece verbatim and is found', () => {
    // 60 code units at 90 %: 6 edits allowed, so the quote is cut into 7 pieces; 5 edits here.
    const q = 'the Nansha plan sets clear goals for 2025 and for 2035 too!!';
    expect(q.length).toBe(60);
    const edited = [...q].map((c, i) => ([2, 14, 26, 38, 50].includes(i) ? '*' : c)).join('');
    const page = `${filler}${edited}${filler}`;
    const found = anchorQuote(page, quote(q), undefined, { budget, minSimilarity: 0.9 });
    expect(found?.start).toBe(filler.length);
    expect(found?.similarity).toBeCloseTo(1 - 5 / 60, 10);
  });

  it('a quote at the very end of the page, shortened by an edit, is found', () => {
    const shortened = 'the Nansha plan sets clear goals for 202';
    const page = `${filler}${filler}${shortened}`;
    const found = anchorQuote(page, quote(exact), undefined, { budget });
    expect(found?.start).toBe(2 * filler.length);
    expect(found?.end).toBe(page.length);
  });

  it('searches each part of the page at most once, however many pieces point to it', () => {
    // The quote's words all over the page: many overlapping windows.
    const words = 'the Nansha plan sets clear aims; goals for 2025 are clear. ';
    const page = `${words.repeat(150)}${oneEdit}${words.repeat(10)}`;
    const stats = { work: 0 };
    const found = anchorQuote(page, quote(exact), undefined, { stats });
    expect(found?.start).toBe(page.indexOf(oneEdit));
    // Two 32-unit blocks: at most two code-unit passes over the page.
    expect(stats.work).toBeLessThanOrEqual(page.length * 2);
  });
});
