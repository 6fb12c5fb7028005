import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  DEFAULT_BUDGET,
  DEFAULT_MIN_SIMILARITY,
  describeQuote,
  type PageText,
} from '../../../src/anchor/core.ts';
import type { TextQuoteSelector } from '../../../src/anchor/types.ts';

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});
const upper = (s: string) => s.toUpperCase();

describe('describeQuote: bounds and context', () => {
  it('takes 32 code units of context by default', () => {
    const text = `${'a'.repeat(40)}XY${'b'.repeat(40)}`;
    const { selector } = describeQuote(text, 40, 42);
    expect(selector.prefix).toBe('a'.repeat(32));
    expect(selector.suffix).toBe('b'.repeat(32));
  });

  it('clamps a start before the text and an end before the start', () => {
    expect(describeQuote('abcdef', -5, 2, 2)).toEqual({
      selector: { type: 'TextQuoteSelector', exact: 'ab', prefix: '', suffix: 'cd' },
      position: { type: 'TextPositionSelector', start: 0, end: 2 },
    });
    expect(describeQuote('abcdef', 4, 1, 2).position).toEqual({
      type: 'TextPositionSelector',
      start: 4,
      end: 4,
    });
    expect(describeQuote('abcdef', 9, 12, 2).selector).toEqual(quote('', 'ef', ''));
  });
});

describe('anchorQuote: verbatim repeats', () => {
  // Three copies of the quote; only the context around them differs.
  const text = 'xx QUOTE yy | pp QUOTE ss | pp QUOTE yy';
  const at = (n: number) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf('QUOTE', i + 1);
    return i;
  };

  it('the occurrence whose prefix and suffix both agree wins over one that matches only one', () => {
    expect(anchorQuote(text, quote('QUOTE', 'pp ', ' yy'))?.start).toBe(at(2));
    expect(anchorQuote(text, quote('QUOTE', 'xx ', ' ss'))?.start).toBe(at(0));
    // Longer agreement wins: "| pp " agrees over 5 code units before the 2nd and 3rd.
    expect(anchorQuote(text, quote('QUOTE', 's | pp ', ''))?.start).toBe(at(2));
    expect(anchorQuote(text, quote('QUOTE', 'y | pp ', ''))?.start).toBe(at(1));
    expect(anchorQuote(text, quote('QUOTE', '', ' ss |'))?.start).toBe(at(1));
  });

  it('context at the very start and end of the text counts as far as the text goes', () => {
    const t = 'QUOTE a QUOTE';
    expect(anchorQuote(t, quote('QUOTE', 'zz a ', ''))?.start).toBe(8);
    expect(anchorQuote(t, quote('QUOTE', '', ' a zz'))?.start).toBe(0);
  });

  it('equal context: the one nearest the position hint, "position" only when it is exact', () => {
    const t = 'ab QUOTE ab QUOTE ab QUOTE ab';
    const hint = (start: number, end = start + 5) => ({
      type: 'TextPositionSelector' as const,
      start,
      end,
    });
    expect(anchorQuote(t, quote('QUOTE'), hint(11))).toEqual({
      start: 12,
      end: 17,
      how: 'exact',
      similarity: 1,
    });
    expect(anchorQuote(t, quote('QUOTE'), hint(19))?.start).toBe(21);
    expect(anchorQuote(t, quote('QUOTE'), hint(12))?.how).toBe('position');
    expect(anchorQuote(t, quote('QUOTE'), hint(12, 18))?.how).toBe('exact');
    // No hint: the first one.
    expect(anchorQuote(t, quote('QUOTE'))).toEqual({
      start: 3,
      end: 8,
      how: 'exact',
      similarity: 1,
    });
  });
});

describe('anchorQuote: folding', () => {
  it('finds a quote on folded text with the original offsets, and says how', () => {
    const page = 'one two THE QUOTE three';
    expect(anchorQuote(page, quote('the quote'), undefined, { fold: upper })).toEqual({
      start: 8,
      end: 17,
      how: 'exact',
      similarity: 1,
    });
    expect(
      anchorQuote(
        page,
        quote('the quote'),
        { type: 'TextPositionSelector', start: 8, end: 17 },
        {
          fold: upper,
        },
      )?.how,
    ).toBe('position');
    // Without the fold the case differs: nine code units, two edits allowed, more than that here.
    expect(anchorQuote(page, quote('the quote'))).toBeNull();
  });

  it('folds a page once per fold, and again when the fold changes', () => {
    let calls = 0;
    const counting = (s: string) => {
      calls++;
      return s.toUpperCase();
    };
    const page: PageText = { text: 'aaa THE QUOTE bbb' };
    anchorQuote(page, quote('the quote'), undefined, { fold: counting });
    anchorQuote(page, quote('the quote'), undefined, { fold: counting });
    const pageFolds = calls - 2 * 3; // each anchoring also folds exact, prefix and suffix
    expect(pageFolds).toBe(1);
    expect(page.folded).toBe('AAA THE QUOTE BBB');
    const lower = (s: string) => s.toLowerCase();
    expect(anchorQuote(page, quote('The Quote'), undefined, { fold: lower })?.start).toBe(4);
    expect(page.folded).toBe('aaa the quote bbb');
  });
});

describe('anchorQuote: fuzzy', () => {
  const sentence = 'The Nansha Plan sets goals for the next decade of cooperation';

  it('the defaults are 75 % similarity and a budget of 4M', () => {
    expect(DEFAULT_MIN_SIMILARITY).toBe(0.75);
    expect(DEFAULT_BUDGET).toBe(4_000_000);
  });

  it('reports the similarity of what it found: 1 − edits / length', () => {
    const exact = 'sets goals for the next';
    const page = sentence.replace('goals', 'gaols');
    const found = anchorQuote(page, quote(exact));
    expect(found?.how).toBe('fuzzy');
    expect(found?.similarity).toBeCloseTo(1 - 2 / exact.length, 10);
    expect(page.slice(found?.start, found?.end)).toBe('sets gaols for the next');
  });

  it('minSimilarity decides how many edits are allowed', () => {
    const exact = 'sets goals for the next';
    const page = sentence.replace('goals', 'gaols');
    expect(anchorQuote(page, quote(exact), undefined, { minSimilarity: 0.95 })).toBeNull();
    expect(anchorQuote(page, quote(exact), undefined, { minSimilarity: 0.9 })?.how).toBe('fuzzy');
    // A quote too short for even one edit: only verbatim.
    expect(anchorQuote('abd', quote('abc'))).toBeNull();
    expect(anchorQuote('abcd', quote('abce'))?.similarity).toBe(0.75);
  });

  it('between two approximate matches, the context decides, then the position hint', () => {
    const page =
      'In Foshan the centrel business district grows. In Nansha the centrel business district waits.';
    const first = page.indexOf('centrel');
    const second = page.lastIndexOf('centrel');
    const exact = 'central business district';
    for (const [prefix, suffix, start] of [
      ['In Nansha the ', ' waits.', second],
      ['In Foshan the ', ' grows.', first],
      ['In Nansha the ', '', second],
      ['In Foshan the ', '', first],
      ['', ' waits.', second],
      ['', ' grows.', first],
    ] as const) {
      const found = anchorQuote(page, quote(exact, prefix, suffix));
      expect(found?.how).toBe('fuzzy');
      expect(found?.start, `${prefix}|${suffix}`).toBe(start);
    }
    // No context: the one nearest the hint.
    const bare = quote(exact);
    const hint = { type: 'TextPositionSelector' as const, start: second, end: second + 25 };
    expect(anchorQuote(page, bare, hint)?.start).toBe(second);
    expect(anchorQuote(page, bare, { ...hint, start: first, end: first + 25 })?.start).toBe(first);
  });

  it('a budget too small for the page gives up: null, not a guess', () => {
    const page = `${'filler text '.repeat(50)}sets gaols for the next decade${' more'.repeat(50)}`;
    const exact = 'sets goals for the next decade';
    expect(anchorQuote(page, quote(exact))?.how).toBe('fuzzy');
    const stats = { work: 0 };
    expect(anchorQuote(page, quote(exact), undefined, { budget: 10, stats })).toBeNull();
    expect(stats.work).toBe(0);
    const stats2 = { work: 0 };
    anchorQuote(page, quote(exact), undefined, { stats: stats2 });
    // Searched at most the page once per 32-unit block of the quote.
    expect(stats2.work).toBeGreaterThan(0);
    expect(stats2.work).toBeLessThanOrEqual(page.length);
  });

  it('on a long page, finds a changed quote by its prefix or suffix far from a stale hint', () => {
    const filler = 'lorem ipsum dolor sit amet. '.repeat(200);
    const exact = 'Nansha plan: goals for 2025';
    const changed = 'Nansha plan: gaols for 2025';
    for (const [prefix, suffix] of [
      ['the resolution says that ', ''],
      ['', ' and for 2035, as the plenary'],
    ] as const) {
      const page = `${filler}${prefix}${changed}${suffix}${filler}`;
      const start = filler.length + prefix.length;
      const found = anchorQuote(
        page,
        quote(exact, prefix, suffix),
        {
          type: 'TextPositionSelector',
          start: 10,
          end: 37,
        },
        { budget: 40_000 },
      );
      expect(found?.start).toBe(start);
      expect(found?.end).toBe(start + changed.length);
    }
  });
});

describe('anchorQuote: fuzzy windows on a page too long to search whole', () => {
  // The budget covers the windows the quote can be in, not the page: a wrong window is a miss.
  const filler = 'lorem ipsum dolor sit amet consectetur. '.repeat(500); // 20,000 code units
  const exact = 'the Nansha plan sets clear goals for 2025';
  const changed = 'the Nansha plan sets clear gaols for 2025';
  const budget = 6000;
  const place = (before: string, after: string) => {
    const page = `${filler}${before}${changed}${after}${filler}`;
    return { page, start: filler.length + before.length };
  };

  it('around the position hint, when the page moved a little', () => {
    const { page, start } = place('', '');
    for (const shift of [0, 500, -500]) {
      const hint = {
        type: 'TextPositionSelector' as const,
        start: start + shift,
        end: start + shift + 41,
      };
      const found = anchorQuote(page, quote(exact), hint, { budget });
      expect(found?.start, String(shift)).toBe(start);
      expect(found?.end).toBe(start + changed.length);
    }
  });

  it('right after its prefix, or right before its suffix, far from any hint', () => {
    const before = 'In its resolution, the plenary says that ';
    const after = ', with more for 2035 in the longer term.';
    const { page, start } = place(before, after);
    const far = { type: 'TextPositionSelector' as const, start: 100, end: 141 };
    expect(anchorQuote(page, quote(exact, before, ''), far, { budget })?.start).toBe(start);
    expect(anchorQuote(page, quote(exact, '', after), far, { budget })?.start).toBe(start);
    expect(anchorQuote(page, quote(exact, before, ''), undefined, { budget })?.start).toBe(start);
  });

  it('by a piece of the quote kept verbatim, without hint or context', () => {
    const { page, start } = place('', '');
    const found = anchorQuote(page, quote(exact), undefined, { budget });
    expect(found?.start).toBe(start);
    expect(found?.similarity).toBeCloseTo(1 - 2 / exact.length, 10);
    // A budget below one window: nothing.
    expect(anchorQuote(page, quote(exact), undefined, { budget: 50 })).toBeNull();
  });

  it('counts the work in page code units times 32-unit blocks of the quote', () => {
    const { page } = place('', '');
    const stats = { work: 0 };
    anchorQuote(page, quote(exact), undefined, { budget, stats });
    expect(stats.work).toBeGreaterThan(0);
    expect(stats.work % 2).toBe(0); // a 41-unit quote is two blocks
    expect(stats.work).toBeLessThanOrEqual(budget);
  });
});
