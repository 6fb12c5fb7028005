import { describe, expect, it } from 'vitest';
import { MAX_QUERY, TermLookup, type TermMatch } from '../../../src/search/term-lookup.ts';
import { term } from '../small-glossary.ts';

// Looking terms up by a misspelt name in a small glossary written for this test.
const LONG = 'Plan for Deepening Guangdong-Hong Kong-Macao Comprehensive Cooperation in Nansha';
const NAME_64 = 'Outline Development Plan for the Guangdong-Hong Kong-Macao Areas';
const NAME_65 = 'Development Plan Outline for the Guangdong-Hong Kong-Macao Region';
// A new lookup for each query: the Fuse index is built on the first lookup, in the test that asks.
const glossary = () => [
  term('gba', ['Greater Bay Area', 'GREATER BAY AREA']),
  term('hub', ['庆盛枢纽', '慶盛樞紐']),
  term('station', ['慶盛樞紐站', '庆盛枢纽站']),
  term('qianhai', ['Qianhai Zone', 'Qianhai Zone Area']),
  term('nansha-bay', ['Nansha Bay']),
  term('hengqin', ['横琴', 'Hengqin']),
  term('deepening', [LONG]),
  term('outline-64', [NAME_64]),
  term('outline-65', [NAME_65]),
];
const found = (q: string, limit?: number) =>
  new TermLookup(glossary).lookup(q, limit).map((m: TermMatch) => [m.termId, m.form]);
const marks = (q: string) => {
  const [m] = new TermLookup(glossary).lookup(q);
  return m?.ranges.map((r) => m.form.slice(r.start, r.end));
};

describe('looking a term up in a small glossary', () => {
  it('shows the form in the script of the query', () => {
    expect(found('庆盛枢钮')).toEqual([
      ['hub', '庆盛枢纽'],
      ['station', '庆盛枢纽站'],
    ]);
    expect(found('慶盛樞鈕')).toEqual([
      ['hub', '慶盛樞紐'],
      ['station', '慶盛樞紐站'],
    ]);
  });

  it('shows a name as written, never its headline capitals', () => {
    expect(found('GREATER BAY AERA')).toEqual([['gba', 'Greater Bay Area']]);
  });

  it('one match per term, by its closest form', () => {
    expect(found('Qianhai Zon')).toEqual([['qianhai', 'Qianhai Zone']]);
    expect(marks('Qianhai Zon')).toEqual(['Qianhai Zon']);
  });

  it('marks the matched words, without the spaces around them or stray letters', () => {
    // Fuse also matches the "a" of "Bay" and the spaces before "Area" and after "Greater".
    expect(marks('greater area')).toEqual(['Greater', 'Are']);
    expect(marks('greater b area')).toEqual(['Greater Ba', 'Area']);
    expect(marks('great bay area')).toEqual(['Greater Bay Area']);
  });

  it('a query of two characters is enough; no result when none is asked for', () => {
    expect(found('横琴')).toEqual([['hengqin', '横琴']]);
    expect(found('庆盛枢钮', 1)).toEqual([['hub', '庆盛枢纽']]);
    expect(found('横琴', 0)).toEqual([]);
    expect(found('庆盛枢钮', 0)).toEqual([]);
  });

  it('the query must be at least three fifths of the name', () => {
    expect(found('nansha')).toEqual([['nansha-bay', 'Nansha Bay']]);
    expect(found('nansh')).toEqual([]);
  });

  it('finds a long name by its end', () => {
    const q = 'Guangdong-Hong Kong-Macao Comprehensiv Cooperation in Nansha';
    expect(q.length).toBeLessThanOrEqual(MAX_QUERY);
    expect(found(q)[0]).toEqual(['deepening', LONG]);
    expect(marks(q)).toEqual([LONG.slice(LONG.indexOf('Guangdong'))]);
  });

  it(`looks up ${MAX_QUERY} characters, not more`, () => {
    expect(NAME_64).toHaveLength(MAX_QUERY);
    expect(NAME_65).toHaveLength(MAX_QUERY + 1);
    expect(found(NAME_64)[0]).toEqual(['outline-64', NAME_64]);
    expect(found(NAME_65)).toEqual([]);
  });
});
