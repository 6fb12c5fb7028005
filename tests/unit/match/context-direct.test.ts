import { describe, expect, it } from 'vitest';
import type { Term, Variant } from '../../../src/corpus/glossary.ts';
import { createContextRule, createDoubt } from '../../../src/match/context.ts';
import { FrameContext } from '../../../src/match/frame-context.ts';
import { createMatcher, type Match } from '../../../src/match/matcher.ts';

// The context rule (context.ts) and its frame version (frame-context.ts) over a small hand-made
// glossary, each built inside its test: which matches are shown, which held, and when the page's
// text is read.
const v = (form: string, extra: Partial<Variant> = {}): Variant => ({
  form,
  script: /[a-z]/i.test(form) ? 'en' : 'zh-Hans',
  ...extra,
});
const term = (id: string, variants: Variant[], more: Partial<Term> = {}): Term => ({
  id,
  canonical: variants[0]?.form ?? id,
  category: 'plans',
  variants,
  exclusions: [],
  passageIds: [],
  ...more,
});
const glossary = (): Term[] => [
  term('gba', [v('GBA', { ambiguous: true }), v('Greater Bay Area')], {
    context: [v('Guangdong'), v('Shenzhen')],
  }),
  term('qh', [v('前海', { ambiguous: true })], { context: [v('Shenzhen'), v('深圳')] }),
  term('hk', [v('香港', { ambiguous: true })]),
  term('nq', [v('南沙区')], { apart: [v('三沙')] }),
  term('plan', [v('南沙方案')]),
];

/** The rule's verdict on a text, and how often it read the text. */
function verdict(text: string, terms = glossary()) {
  const rule = createContextRule(terms);
  let reads = 0;
  const r = rule(createMatcher(terms, { t2s: '' }).find(text), () => {
    reads++;
    return text;
  });
  return { shown: r.shown.map((m) => m.variant), held: r.held.map((m) => m.variant), reads };
}

describe('the context rule on a small glossary', () => {
  it('holds an ambiguous form alone; shows it with a context word or an unambiguous form', () => {
    expect(verdict('The GBA game.')).toEqual({ shown: [], held: ['GBA'], reads: 1 });
    expect(verdict('The GBA in Guangdong.')).toEqual({ shown: ['GBA'], held: [], reads: 1 });
    expect(verdict('The GBA, the Greater Bay Area.')).toEqual({
      shown: ['GBA', 'Greater Bay Area'],
      held: [],
      reads: 0,
    });
    expect(verdict('The Greater Bay Area.')).toEqual({
      shown: ['Greater Bay Area'],
      held: [],
      reads: 0,
    });
    expect(verdict('香港天气')).toEqual({ shown: [], held: ['香港'], reads: 1 });
  });

  it('does not read the text when nothing is to be judged', () => {
    expect(verdict('')).toEqual({ shown: [], held: [], reads: 0 });
    expect(verdict('《南沙方案》')).toEqual({ shown: ['南沙方案'], held: [], reads: 0 });
    expect(verdict('香港与南沙方案')).toEqual({ shown: ['香港', '南沙方案'], held: [], reads: 0 });
  });

  it('holds a term in a text with its apart words, unless another term is there', () => {
    // 三沙 is in another sentence: the matcher keeps 南沙区, the rule holds it.
    expect(verdict('三沙市开会。南沙区介绍情况。')).toEqual({
      shown: [],
      held: ['南沙区'],
      reads: 2,
    });
    expect(verdict('三沙市开会。南沙区介绍南沙方案。')).toEqual({
      shown: ['南沙区', '南沙方案'],
      held: [],
      reads: 1,
    });
    expect(verdict('南沙区介绍情况。')).toEqual({ shown: ['南沙区'], held: [], reads: 1 });
  });

  it('gives a context word of two terms to both, as the first term lists it', () => {
    expect(verdict('GBA和前海，Shenzhen')).toEqual({ shown: ['GBA', '前海'], held: [], reads: 1 });
    expect(verdict('GBA和前海')).toEqual({ shown: [], held: ['GBA', '前海'], reads: 1 });
    const terms = glossary();
    (terms[1] as Term).context = [v('Shenzhen', { caseSensitive: true })];
    expect(verdict('GBA和前海，shenzhen', terms).shown).toEqual(['GBA', '前海']);
  });
});

describe('the context rule over a frame', () => {
  const gba: Match = { termId: 'gba', variant: 'GBA', start: 0, end: 3 };
  const hk: Match = { termId: 'hk', variant: '香港', start: 0, end: 2 };
  const mine: Match = { termId: 'doc-aaaaaaaa.t1', variant: 'GBA', start: 0, end: 3 };
  function frame(page: string[]) {
    let reads = 0;
    const context = new FrameContext(glossary(), () => {
      reads++;
      return page.join('');
    });
    return {
      context,
      get reads() {
        return reads;
      },
    };
  }

  it('shows a reader’s term at once, and it does not open the frame', () => {
    const { context } = frame(['The GBA game.']);
    expect(context.sort([mine, gba])).toEqual({ shown: [mine], held: [gba] });
    expect(context.hasContext).toBe(false);
    expect(context.settle([gba])).toEqual([]);
  });

  it('finds a context word split over the chunks read', () => {
    const f = frame(['The GBA game.']);
    expect(f.context.settle([gba])).toEqual([]);
    expect(f.reads).toBe(1);
    f.context.read(['Guang', 'dong']);
    expect(f.context.settle([gba])).toEqual([gba]);
    expect(f.reads).toBe(1);
    // Once meant, the term is shown and the frame is not read for it again.
    expect(f.context.sort([gba])).toEqual({ shown: [gba], held: [] });
    expect(f.context.settle([gba])).toEqual([gba]);
    expect(f.reads).toBe(1);
  });

  it('forgets the text kept when nothing waits, and reads the frame again when something does', () => {
    const page = ['The GBA game.'];
    const f = frame(page);
    expect(f.context.settle([gba])).toEqual([]);
    f.context.read('Cartridges.');
    expect(f.context.settle([])).toEqual([]);
    page.push('Made in Guangdong.');
    f.context.read('Made in Guangdong.');
    expect(f.reads).toBe(1);
    expect(f.context.settle([gba])).toEqual([gba]);
    expect(f.reads).toBe(2);
  });

  it('never reads the frame for a held term without context words', () => {
    const f = frame(['香港天气']);
    expect(f.context.sort([hk])).toEqual({ shown: [], held: [hk] });
    expect(f.context.settle([hk])).toEqual([]);
    expect(f.reads).toBe(0);
  });
});

describe('apart words', () => {
  it('name exactly the terms that have the words found, a word of two terms both', () => {
    const terms = [
      term('a', [v('南沙区')], { apart: [v('三沙'), v('西沙')] }),
      term('b', [v('国务院')], { apart: [v('三沙')] }),
      term('c', [v('前海')]),
    ];
    expect(createDoubt(terms).find('西沙')).toEqual(new Set(['a']));
    expect(createDoubt(terms).find('三沙')).toEqual(new Set(['a', 'b']));
    expect(createDoubt(terms).find('前海')).toEqual(new Set());
    expect(createDoubt(terms).has('b')).toBe(true);
    expect(createDoubt(terms).has('c')).toBe(false);
  });
});
