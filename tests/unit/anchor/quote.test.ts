import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote as anchorNoFold } from '../../../src/anchor/core.ts';
import { anchorFold, anchorQuote, describeQuote, pageText } from '../../../src/anchor/quote.ts';

/** Describes the first (or n-th) occurrence of `quote` in `text`. */
function describe_(text: string, quote: string, nth = 0, context = 32) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return describeQuote(text, at, at + quote.length, context);
}

const para =
  '中共广州市第十二届委员会第四次全体会议认真学习贯彻党的二十大精神，全面落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，';

describe('describeQuote', () => {
  it('gives the quote, its context and its position (clamped to the text)', () => {
    const text = 'abcdefghij';
    expect(describeQuote(text, 3, 5, 2)).toEqual({
      selector: { type: 'TextQuoteSelector', exact: 'de', prefix: 'bc', suffix: 'fg' },
      position: { type: 'TextPositionSelector', start: 3, end: 5 },
    });
    expect(describeQuote(text, 0, 99, 4).selector).toEqual({
      type: 'TextQuoteSelector',
      exact: 'abcdefghij',
      prefix: '',
      suffix: '',
    });
  });
});

describe('anchorQuote', () => {
  it('finds an unchanged quote at its position', () => {
    const text = `${para}推进南沙开发开放。`;
    const { selector, position } = describe_(text, '粤港澳全面合作');
    expect(anchorQuote(text, selector, position)).toEqual({
      start: position.start,
      end: position.end,
      how: 'position',
      similarity: 1,
    });
  });

  it('a quote that appears twice: the context decides, even against a stale position', () => {
    const text =
      '第一段：南沙方案是国家战略，意义重大。第二段：记者注意到，南沙方案是国家战略，并在会上被多次提及。';
    const second = describe_(text, '南沙方案是国家战略', 1, 8);
    // The page gained text above: the hint now points at the first occurrence.
    const shifted = `${'新'.repeat(20)}${text}`;
    const wrongHint = { ...second.position, start: 20 + 4, end: 20 + 4 + 9 };
    const found = anchorQuote(shifted, second.selector, wrongHint);
    expect(found?.how).toBe('exact');
    expect(found?.start).toBe(20 + text.indexOf('南沙方案是国家战略', 10));
    // The first occurrence, by its own context.
    const first = describe_(text, '南沙方案是国家战略', 0, 8);
    expect(anchorQuote(shifted, first.selector)?.start).toBe(20 + text.indexOf('南沙方案'));
  });

  it('a quote twice with the same context: the position hint decides', () => {
    const block = '——南沙方案——';
    const text = `${block}中间${block}`;
    const second = describe_(text, '南沙方案', 1, 2);
    expect(anchorQuote(text, second.selector, second.position)?.start).toBe(
      text.lastIndexOf('南沙方案'),
    );
    const first = describe_(text, '南沙方案', 0, 2);
    expect(anchorQuote(text, first.selector, first.position)?.start).toBe(text.indexOf('南沙方案'));
  });

  it('the page changed slightly: a word of the quote edited, text inserted above', () => {
    const quote = '加快建设科技创新产业合作基地、青年创业就业合作平台、高水平对外开放门户';
    const text = `南沙要${quote}，打造规则衔接机制对接高地。`;
    const { selector, position } = describe_(text, quote);
    const edited = `【更新】编者按：本文有修改。南沙要${quote.replace('青年创业就业', '青年就业')}，打造规则衔接机制对接高地。`;
    const found = anchorQuote(edited, selector, position);
    expect(found?.how).toBe('fuzzy');
    expect(found?.similarity).toBeGreaterThanOrEqual(0.75);
    expect(edited.slice(found?.start, found?.end)).toBe(quote.replace('青年创业就业', '青年就业'));
  });

  it('English: a quote re-wrapped and upper-cased on the page is found; with a typo, fuzzily', () => {
    const text = 'The Nansha Plan, released in June 2022, sets goals for 2025 and 2035.';
    const { selector, position } = describe_(text, 'released in June 2022, sets goals');
    const rewrapped = text.replace('in June', 'in\n  JUNE');
    const found = anchorQuote(rewrapped, selector, position);
    expect(rewrapped.slice(found?.start, found?.end)).toBe('released in\n  JUNE 2022, sets goals');
    const typo = text.replace('released', 'relaesed');
    const f2 = anchorQuote(typo, selector, position);
    expect(f2?.how).toBe('fuzzy');
    expect(typo.slice(f2?.start, f2?.end)).toBe('relaesed in June 2022, sets goals');
  });

  it('Traditional vs Simplified: a quote taken in one script is found in the other', () => {
    const simplified = '广州南沙深化面向世界的粤港澳全面合作总体方案';
    const traditional = '廣州南沙深化面向世界的粵港澳全面合作總體方案';
    expect(anchorFold(traditional)).toBe(anchorFold(simplified));
    const text = `据报道，${simplified}已印发。`;
    const { selector, position } = describe_(text, '粤港澳全面合作');
    const page = `據報道，${traditional}已印發。`;
    const found = anchorQuote(page, selector, position);
    expect(found?.how).toBe('position');
    expect(page.slice(found?.start, found?.end)).toBe('粵港澳全面合作');
    // And the other way round, with a small change as well.
    const t = describe_(page, '深化面向世界的粵港澳全面合作');
    const changed = `據報道，${simplified.replace('面向世界', '面向全世界')}已印发。`;
    const back = anchorQuote(changed, t.selector, t.position);
    expect(back?.how).toBe('fuzzy');
    expect(changed.slice(back?.start, back?.end)).toBe('深化面向全世界的粤港澳全面合作');
  });

  it('a quote that is gone, or changed beyond 75 %, is not found (an orphan, never a guess)', () => {
    const text = `${para}推进南沙开发开放。`;
    const { selector, position } = describe_(text, '粤港澳全面合作总体方案');
    expect(anchorQuote('完全无关的一篇烹饪文章：红烧肉的做法。', selector, position)).toBeNull();
    const rewritten = text.replace('粤港澳全面合作总体方案', '粤港澳大湾区建设的规划纲要');
    expect(anchorQuote(rewritten, selector, position)).toBeNull();
    expect(anchorQuote(text, { ...selector, exact: '' })).toBeNull();
  });

  it('on a 1M-character page: an exact hit needs no fuzzy work; fuzzy work stays in budget', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
    const big = filler.repeat(Math.ceil(1_000_000 / filler.length));
    const quote = 'the Qingsheng hub links Nansha to the Greater Bay Area';
    const text = `${big}${quote}${big}`;
    const { selector, position } = describe_(text, quote);
    const stats = { work: 0 };
    const page = pageText(text);
    expect(anchorQuote(page, selector, position, { stats })?.how).toBe('position');
    expect(stats.work).toBe(0);
    // Moved and slightly changed: found through its context and pieces, within the budget.
    const moved = `${big.slice(0, 300_000)}${quote.replace('links', 'connects')}${big}`;
    const f = anchorQuote(moved, selector, position, { stats });
    expect(f?.how).toBe('fuzzy');
    expect(moved.slice(f?.start, f?.end)).toBe(quote.replace('links', 'connects'));
    expect(stats.work).toBeLessThanOrEqual(4_000_000);
    // Nothing like it anywhere: it gives up within the budget instead of searching 2M characters.
    const absent = { ...selector, exact: 'Zhujiang Xincheng metro station, line 3 and line 5' };
    const stats2 = { work: 0 };
    expect(anchorQuote(page, absent, position, { stats: stats2, budget: 100_000 })).toBeNull();
    expect(stats2.work).toBeLessThanOrEqual(100_000);
  });

  it('without a fold (the core), verbatim and fuzzy still work', () => {
    const text = 'abc 南沙方案 def';
    const { selector } = describe_(text, '南沙方案');
    expect(anchorNoFold(text, selector)?.start).toBe(4);
    expect(anchorNoFold('abc 南沙方案。def', { ...selector, exact: '南沙方案 d' })?.how).toBe(
      'fuzzy',
    );
  });

  it('property: a quote described on a text is anchored back exactly where it was', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('南', '沙', '方', '案', 'a', 'b', ' ', '。'),
          maxLength: 200,
        }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 40 }),
        (text, a, b, context) => {
          if (text.length === 0) return;
          const s = a % text.length;
          const e = s + 1 + (b % (text.length - s));
          const { selector, position } = describeQuote(text, s, e, context);
          expect(anchorQuote(text, selector, position)).toEqual({
            start: s,
            end: e,
            how: 'position',
            similarity: 1,
          });
        },
      ),
    );
  });
});
