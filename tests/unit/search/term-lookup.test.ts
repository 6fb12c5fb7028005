import { describe, expect, it } from 'vitest';
import { getGlossary } from '../../../src/corpus/glossary.ts';
import {
  lookupTerms,
  MAX_QUERY,
  TermLookup,
  type TermMatch,
} from '../../../src/search/term-lookup.ts';

/** The marked text of a match. */
const marked = (m: TermMatch | undefined) =>
  (m?.ranges ?? []).map((r) => m?.form.slice(r.start, r.end));

describe('looking a term up by its name', () => {
  it.each([
    ['Nansah Plan', 'nansha-plan', 'Nansha Plan'],
    ['Greater Bay Aera', 'gba', 'Greater Bay Area'],
    ['Hengquin', 'hengqin', 'Hengqin'],
    ['Xi Jingping', 'xi-jinping', 'Xi Jinping'],
    ['Qianhia', 'qianhai', 'Qianhai'],
    ['Two Establishmnets', 'two-establishes', 'Two Establishments'],
    ['two establishmnets', 'two-establishes', 'two establishments'],
  ])('%s finds %s by the form %s, marked whole', (query, termId, form) => {
    const [best] = lookupTerms(query);
    expect(best?.termId).toBe(termId);
    expect(best?.form).toBe(form);
    expect(marked(best)).toEqual([form]);
    expect(best?.score).toBeGreaterThan(0);
    expect(best?.score).toBeLessThan(0.5);
  });

  it('folds the query like the search: case, width, Traditional', () => {
    expect(lookupTerms('ＨＥＮＧＱＵＩＮ')[0]?.termId).toBe('hengqin');
    const [exact] = lookupTerms('GREATER BAY AREA');
    expect(exact).toMatchObject({ termId: 'gba', form: 'Greater Bay Area' });
    expect(exact?.score).toBeCloseTo(0, 6);
    // Traditional with a wrong character: the Traditional form, the three right ones marked.
    const [hub] = lookupTerms('慶盛樞鈕');
    expect(hub).toMatchObject({ termId: 'qingsheng-hub', form: '慶盛樞紐' });
    expect(marked(hub)).toEqual(['慶盛樞']);
    expect(lookupTerms('庆盛枢钮')[0]?.form).toBe('庆盛枢纽');
  });

  it('marks are ranges in the displayed form, sorted and apart', () => {
    const [covid] = lookupTerms('dynamic zero covd');
    expect(covid?.form).toBe('dynamic zero-COVID');
    expect(marked(covid)).toEqual(['dynamic zero', 'COVID']);
    const [gba] = lookupTerms('粤港澳大弯区');
    expect(gba?.form).toBe('粤港澳大湾区');
    expect(marked(gba)).toEqual(['粤港澳大', '区']);
    for (const q of ['Nansah Plan', 'Hong Kng', 'Nansha 方案', 'Lin Keqin', '南沙放案']) {
      for (const m of lookupTerms(q)) {
        let at = 0;
        for (const r of m.ranges) {
          expect(r.start).toBeGreaterThanOrEqual(at);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(m.form.length);
          at = r.end + 1;
        }
      }
    }
  });

  it('gives one match per term, best first', () => {
    const found = lookupTerms('Xi Jingping');
    expect(found.map((m) => m.termId)).toEqual(['xi-jinping', 'xi-thought']);
    expect(new Set(found.map((m) => m.termId)).size).toBe(found.length);
    for (let i = 1; i < found.length; i++)
      expect(found[i]?.score).toBeGreaterThanOrEqual(found[i - 1]?.score ?? 0);
    expect(lookupTerms('Xi Jingping', 1)).toHaveLength(1);
  });

  it.each([
    'weather',
    'football',
    'recipe',
    'the',
    'plan',
    'policy',
    'music',
    'hello world',
    '天气',
    '足球比赛',
  ])('%s finds nothing', (query) => {
    expect(lookupTerms(query)).toEqual([]);
  });

  it('an empty, blank or one-character query finds nothing', () => {
    expect(lookupTerms('')).toEqual([]);
    expect(lookupTerms('   \u3000 ')).toEqual([]);
    expect(lookupTerms('南')).toEqual([]);
  });

  it('any script or mixture, and 500 characters, never throw; a long query is not looked up', () => {
    const mixed = [
      'Nansha 方案',
      '南沙Plan灣區',
      '😀南沙\u0301x',
      '\u0000\uffff\ud800',
      '«Hengqin»',
    ];
    for (const q of mixed) expect(Array.isArray(lookupTerms(q))).toBe(true);
    const long = '南沙方案 Nansha Plan 粵港澳 '.repeat(25).slice(0, 500);
    expect(long).toHaveLength(500);
    expect(lookupTerms(long)).toEqual([]);
    expect(lookupTerms('x'.repeat(MAX_QUERY + 1))).toEqual([]);
    expect(Array.isArray(lookupTerms('Greater Bay Aera '.repeat(4).slice(0, MAX_QUERY)))).toBe(
      true,
    );
  });

  it('builds its index on the first lookup, not before', () => {
    let asked = 0;
    const lookup = new TermLookup(() => {
      asked++;
      return getGlossary();
    });
    expect(asked).toBe(0);
    expect(lookup.lookup('')).toEqual([]);
    expect(asked).toBe(0);
    expect(lookup.lookup('Hengquin')[0]?.termId).toBe('hengqin');
    lookup.lookup('Nansah Plan');
    expect(asked).toBe(1);
  });
});
