import { describe, expect, it } from 'vitest';
import { type Hit, type SearchDoc, SearchIndex } from '../../../src/search/engine.ts';
import { MAX_FUZZY_PATTERN, searchWindow } from '../../../src/search/fuzzy.ts';
import type { WindowSearch } from '../../../src/search/types.ts';

// Which terms a query names and how the found documents are ordered (rank.ts), on tiny indexes
// written for each case, built inside the tests.
const term = (id: string, fields: string[], rank = 0): SearchDoc => ({
  kind: 'term',
  id,
  fields,
  termIds: [id],
  rank,
});
const found = (hits: Hit[]) => hits.map((h) => [h.doc.id, h.tier, h.edits]);

describe('terms a query names, more', () => {
  it('a field spelling the query but for spaces around it names its term', () => {
    const index = new SearchIndex([term('bay', ['湾区 ']), term('gba', ['大湾区'])]);
    expect(index.search('湾区').namedTerms).toEqual(['bay']);
  });

  it('a typo names a term only when the query is one Han run', () => {
    const index = new SearchIndex([
      term('plan', ['南沙方案']),
      term('hengqin', ['横琴', 'Hengqin']),
    ]);
    expect(index.search('南沙放案').namedTerms).toEqual(['plan']);
    // Two parts: the term is found (fuzzily), not named.
    const two = index.search('南沙放案 南沙');
    expect(found(two.term)).toEqual([['plan', 3, 1]]);
    expect(two.namedTerms).toEqual([]);
    // A Latin word one letter off: found, not named.
    const latin = index.search('hengin');
    expect(found(latin.term)).toEqual([['hengqin', 3, 1]]);
    expect(latin.namedTerms).toEqual([]);
  });

  it(`a typo in a run of ${MAX_FUZZY_PATTERN} characters still names the term it spells`, () => {
    const chars = '粤港澳大湾区建设高水平对外开放门户规则衔接南沙方案庆盛枢纽横琴前海';
    const name = chars.slice(0, MAX_FUZZY_PATTERN);
    const typo = `${name.slice(0, 10)}去${name.slice(11)}`;
    const index = new SearchIndex([term('long', [name])]);
    const r = index.search(typo);
    expect(found(r.term)).toEqual([['long', 3, 1]]);
    expect(r.namedTerms).toEqual(['long']);
    expect(r.term[0]?.ranges).toEqual([{ field: 0, start: 0, end: MAX_FUZZY_PATTERN }]);
  });
});

describe('order within a tier, more', () => {
  const note = (id: string, body: string, rank: number): SearchDoc => ({
    kind: 'note',
    id,
    fields: [body, '', '', ''],
    termIds: [],
    rank,
  });

  it('notes whose first part is there exactly before those that have it fuzzily, newer or not', () => {
    const index = new SearchIndex([
      note('exact-first', '南沙方案 oppening', 1),
      note('fuzzy-first', 'opening 南沙放案', 9),
    ]);
    expect(found(index.search('南沙方案 opening').note)).toEqual([
      ['exact-first', 3, 1],
      ['fuzzy-first', 3, 1],
    ]);
  });

  it('passages in the same place, and terms named together, by id', () => {
    const passage = (id: string): SearchDoc => ({
      kind: 'passage',
      id,
      fields: ['南沙方案。'],
      termIds: [],
      rank: 0,
    });
    const index = new SearchIndex([passage('c'), passage('a'), passage('d'), passage('b')]);
    expect(index.search('南沙方案').passage.map((h) => h.doc.id)).toEqual(['a', 'b', 'c', 'd']);
    const terms = new SearchIndex([term('z', ['湾区']), term('x', ['湾区']), term('y', ['湾区'])]);
    expect(terms.search('湾区').namedTerms).toEqual(['x', 'y', 'z']);
  });
});

describe('the window search given to the index', () => {
  it('decides the typos that name a term, as it decides what is found', () => {
    // Edits counted as usual, but never a span: the term is found, not named nor marked.
    const noSpan: WindowSearch = (p, t, from, to, k, withSpan) =>
      withSpan === false ? searchWindow(p, t, from, to, k, false) : undefined;
    const index = new SearchIndex([term('plan', ['南沙方案'])], { windowSearch: noSpan });
    const r = index.search('南沙放案');
    expect(found(r.term)).toEqual([['plan', 3, 1]]);
    expect(r.namedTerms).toEqual([]);
    expect(r.term[0]?.ranges).toEqual([]);
    expect(new SearchIndex([term('plan', ['南沙方案'])]).search('南沙放案').namedTerms).toEqual([
      'plan',
    ]);
  });
});
