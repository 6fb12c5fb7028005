import { describe, expect, it } from 'vitest';
import type { Term, Variant } from '../../../src/corpus/glossary.ts';
import { createMatcher, isAcronym, isQuoted } from '../../../src/match/matcher.ts';

// The matcher over small hand-made glossaries: each rule of matcher.ts seen on its own, with
// the spans written out by hand.
const v = (form: string, extra: Partial<Variant> = {}): Variant => ({
  form,
  script: /[a-z]/i.test(form) ? 'en' : 'zh-Hans',
  ...extra,
});
const term = (id: string, variants: Variant[], exclusions: Variant[] = []): Term => ({
  id,
  canonical: variants[0]?.form ?? id,
  category: 'plans',
  variants,
  exclusions,
  passageIds: [],
});
const spans = (terms: Term[], text: string) =>
  createMatcher(terms, { t2s: '' })
    .find(text)
    .map((m) => `${m.termId}:${m.variant}@${m.start}-${m.end}=${text.slice(m.start, m.end)}`);

describe('isAcronym and isQuoted', () => {
  it('an acronym is two or more capitals or digits with at least one capital', () => {
    expect(isAcronym('GBA')).toBe(true);
    expect(isAcronym('G20')).toBe(true);
    expect(isAcronym('5G')).toBe(true);
    expect(isAcronym('G')).toBe(false);
    expect(isAcronym('2035')).toBe(false);
    expect(isAcronym('Gba')).toBe(false);
    expect(isAcronym('GBA plan')).toBe(false);
    expect(isAcronym('xGBA')).toBe(false);
    expect(isAcronym('GBAx')).toBe(false);
  });

  it('quoted: a mark before, and one after (or after a comma or full stop)', () => {
    const t = 'the “two safeguards” and “two safeguards,” and “two safeguards”.';
    const at = (n: number) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = t.indexOf('two safeguards', i + 1);
      return i;
    };
    expect(isQuoted(t, at(0), at(0) + 14)).toBe(true);
    expect(isQuoted(t, at(1), at(1) + 14)).toBe(true);
    expect(isQuoted(t, at(2), at(2) + 14)).toBe(true);
    expect(isQuoted('two safeguards”', 0, 14)).toBe(false);
    expect(isQuoted('“two safeguards', 1, 15)).toBe(false);
    expect(isQuoted('“two safeguards.', 1, 15)).toBe(false);
    expect(isQuoted('“two safeguards,x', 1, 15)).toBe(false);
    expect(isQuoted('“two safeguards;”', 1, 15)).toBe(false);
    expect(isQuoted('x two safeguards”', 2, 16)).toBe(false);
    expect(isQuoted('「南沙」', 1, 3)).toBe(true);
  });
});

describe('createMatcher on a small glossary', () => {
  const plan = term('plan', [v('南沙方案'), v('Nansha Plan')], [v('南沙方案库')]);
  const nansha = term('nansha', [v('南沙')], [v('南沙群岛')]);
  const gba = term('gba', [v('GBA'), v('Greater Bay Area')]);

  it('leftmost-longest, without overlaps, in original offsets', () => {
    expect(spans([plan, nansha], '看南沙方案和南沙。')).toEqual([
      'plan:南沙方案@1-5=南沙方案',
      'nansha:南沙@6-8=南沙',
    ]);
  });

  it('an exclusion hides its span, and only its span', () => {
    expect(spans([plan, nansha], '南沙群岛，南沙方案库，南沙')).toEqual(['nansha:南沙@11-13=南沙']);
  });

  it('English words: whole words only, any case, spaces and hyphens as separators', () => {
    expect(
      spans([plan, gba], 'The nansha plan; the Nansha  Plan; Nansha-Plan; Nansha Planning.'),
    ).toEqual([
      'plan:Nansha Plan@4-15=nansha plan',
      'plan:Nansha Plan@21-33=Nansha  Plan',
      'plan:Nansha Plan@35-46=Nansha-Plan',
    ]);
    expect(spans([gba], 'XGreater Bay Area and greater bay area')).toEqual([
      'gba:Greater Bay Area@22-38=greater bay area',
    ]);
  });

  it('an acronym only in capitals, and not inside a longer word', () => {
    expect(spans([gba], 'gba Gba GBA GBAs (GBA)')).toEqual([
      'gba:GBA@8-11=GBA',
      'gba:GBA@18-21=GBA',
    ]);
  });

  it('a case-sensitive form is matched only as written; another form of the term still is', () => {
    const cs = term('plenary', [v('Plenum', { caseSensitive: true }), v('plenary session')]);
    expect(spans([cs], 'plenum Plenum PLENUM Plenary Session')).toEqual([
      'plenary:Plenum@7-13=Plenum',
      'plenary:plenary session@21-36=Plenary Session',
    ]);
  });

  it('a quoted form only between quotation marks; its marks are not part of the span', () => {
    const safeguards = term('safeguards', [v('two safeguards', { quoted: true })]);
    expect(spans([safeguards], 'two safeguards, “two safeguards” and "Two Safeguards".')).toEqual([
      'safeguards:two safeguards@17-31=two safeguards',
      'safeguards:two safeguards@38-52=Two Safeguards',
    ]);
  });

  it('a form written with its quotation marks takes them in; without them it matches too', () => {
    const q = term('q', [v('「双区」'), v('双区')]);
    expect(spans([q], '「双区」与双区')).toEqual(['q:「双区」@0-4=「双区」', 'q:双区@5-7=双区']);
  });

  it('the written form wins among forms with the same folded key', () => {
    const t = term('hub', [v('Qingsheng Hub'), v('Qingsheng-Hub')]);
    expect(spans([t], 'Qingsheng-Hub')).toEqual(['hub:Qingsheng-Hub@0-13=Qingsheng-Hub']);
    expect(spans([t], 'Qingsheng Hub')).toEqual(['hub:Qingsheng Hub@0-13=Qingsheng Hub']);
    expect(spans([t], 'qingsheng hub')).toEqual(['hub:Qingsheng Hub@0-13=qingsheng hub']);
  });

  it('a term wins over an exclusion with the same key; the first term wins over a later one', () => {
    const a = term('a', [v('前海')]);
    const b = term('b', [v('前海')]);
    expect(spans([term('x', [v('深圳')], [v('前海')]), a], '前海')).toEqual(['a:前海@0-2=前海']);
    expect(spans([a, b], '前海')).toEqual(['a:前海@0-2=前海']);
  });

  it('finds over chunks as over their concatenation', () => {
    const m = createMatcher([plan], { t2s: '' });
    expect(m.find(['南沙', '方案'])).toEqual([
      { termId: 'plan', variant: '南沙方案', start: 0, end: 4 },
    ]);
    expect(m.find('')).toEqual([]);
    expect(createMatcher([], { t2s: '' }).find('南沙方案')).toEqual([]);
  });

  it('Traditional forms through the given table only', () => {
    expect(spans([nansha], '南沙')).toHaveLength(1);
    expect(createMatcher([plan], { t2s: '' }).find('南沙方桉')).toEqual([]);
    expect(createMatcher([plan], { t2s: '桉案' }).find('南沙方桉')).toEqual([
      { termId: 'plan', variant: '南沙方案', start: 0, end: 4 },
    ]);
  });
});
