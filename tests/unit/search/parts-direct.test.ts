import { describe, expect, it } from 'vitest';
import { type Hit, type SearchDoc, SearchIndex } from '../../../src/search/engine.ts';
import { mergeRanges } from '../../../src/search/ranges.ts';

// How each part of a query finds documents (candidates.ts), how they are marked (ranges.ts) and
// ordered (rank.ts): tiny indexes written for each case, built inside the tests.
const note = (id: string, body: string, rank = 0, termIds: string[] = []): SearchDoc => ({
  kind: 'note',
  id,
  fields: [body, '', '', ''],
  termIds,
  rank,
});
const found = (hits: Hit[]) => hits.map((h) => [h.doc.id, h.tier, h.edits]);
const marked = (h: Hit | undefined) =>
  (h?.ranges ?? []).map((r) => h?.doc.fields[r.field]?.slice(r.start, r.end));

describe('Latin words', () => {
  it('the word itself, then the words it begins, not the words after them', () => {
    const index = new SearchIndex([
      note('a', 'plan'),
      note('b', 'plans'),
      note('c', 'planet zoo'),
      note('d', 'plaza'),
      note('e', 'pla'),
    ]);
    expect(found(index.search('plan').note)).toEqual([
      ['a', 0, 0],
      ['b', 0, 0],
      ['c', 0, 0],
      // pla is one letter short; plaza, after planet, is two edits away.
      ['e', 3, 1],
    ]);
    expect(marked(index.search('plan').note[2])).toEqual(['plan']);
  });

  it('a word found exactly stays exact though another of its words is one edit away', () => {
    const index = new SearchIndex([note('a', 'plat plan'), note('b', 'plat')]);
    expect(found(index.search('plan').note)).toEqual([
      ['a', 0, 0],
      ['b', 3, 1],
    ]);
    expect(marked(index.search('plan').note[0])).toEqual(['plan']);
    expect(marked(index.search('plan').note[1])).toEqual(['plat']);
  });

  it('after a fuzzy part, a word there exactly adds no edit though another is one edit away', () => {
    const index = new SearchIndex([note('n', '南沙放案 plan plat')]);
    expect(found(index.search('南沙方案 plan').note)).toEqual([['n', 3, 1]]);
  });

  it('one edit and stems from four letters only', () => {
    const index = new SearchIndex([note('a', 'hub'), note('b', 'talents'), note('c', 'plat')]);
    expect(index.search('hab').note).toEqual([]);
    expect(found(index.search('talent').note)).toEqual([['b', 0, 0]]);
    expect(found(index.search('talented').note)).toEqual([['b', 1, 0]]);
    expect(marked(index.search('talented').note[0])).toEqual(['talents']);
    expect(found(index.search('plan').note)).toEqual([['c', 3, 1]]);
    expect(index.search('pla').note.map((h) => h.doc.id)).toEqual(['c']);
    expect(index.search('pl').note.map((h) => h.doc.id)).toEqual(['c']);
  });

  it('one letter: the words it begins when it is the whole query, else the letter as a word', () => {
    const index = new SearchIndex([note('a', '南沙 plan'), note('b', '南沙 p')]);
    expect(
      index
        .search('p')
        .note.map((h) => h.doc.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(index.search('南沙 p').note.map((h) => h.doc.id)).toEqual(['b']);
  });
});

describe('Han runs', () => {
  it('one or two characters: looked up directly', () => {
    const index = new SearchIndex([note('a', '南'), note('b', '沙南'), note('c', '南沙')]);
    expect(index.search('南').note.map((h) => h.doc.id)).toEqual(['a', 'b', 'c']);
    expect(index.search('南沙').note.map((h) => h.doc.id)).toEqual(['c']);
    expect(index.search('沙南').note.map((h) => h.doc.id)).toEqual(['b']);
  });

  it('every part must match; the edits of the parts add up', () => {
    const index = new SearchIndex([
      note('both', '南沙放案 oppening'),
      note('one', '南沙放案'),
      note('other', 'opening'),
    ]);
    expect(found(index.search('南沙方案 opening').note)).toEqual([['both', 3, 2]]);
    expect(marked(index.search('南沙方案 opening').note[0])).toEqual(['南沙放案', 'oppening']);
    expect(found(index.search('opening 南沙方案').note)).toEqual([['both', 3, 2]]);
  });

  it('two runs of three characters or more: each must be there', () => {
    const index = new SearchIndex([
      note('both', '南沙方案与庆盛枢纽'),
      note('one', '南沙方案'),
      note('other', '庆盛枢纽'),
    ]);
    expect(found(index.search('庆盛枢纽 南沙方案').note)).toEqual([['both', 1, 0]]);
    expect(found(index.search('南沙方案 庆盛枢纽').note)).toEqual([['both', 1, 0]]);
  });

  it('a long run with two edits, sharing few of its bigrams', () => {
    const index = new SearchIndex([note('n', '建设高水平的对外开放门户')]);
    expect(found(index.search('建设高水平对外开门户').note)).toEqual([['n', 3, 2]]);
    expect(marked(index.search('建设高水平对外开门户').note[0])).toEqual([
      '建设高水平的对外开放门户',
    ]);
    // Three edits: not found.
    expect(index.search('建设高水平对内开门户').note).toEqual([]);
  });

  it('exact before fuzzy; a fuzzy hit is marked where it is', () => {
    const index = new SearchIndex([
      note('fuzzy', '写成了南沙放案', 5),
      note('exact', '南沙方案', 1),
      note('apart', '方案在南沙', 9),
    ]);
    expect(found(index.search('南沙方案').note)).toEqual([
      ['exact', 0, 0],
      ['fuzzy', 3, 1],
    ]);
    expect(marked(index.search('南沙方案').note[1])).toEqual(['南沙放案']);
    expect(found(index.search('方案 南沙').note)).toEqual([
      ['apart', 1, 0],
      ['exact', 1, 0],
    ]);
  });
});

describe('marks', () => {
  it('every occurrence of the whole query, not overlapping, in every field', () => {
    const index = new SearchIndex([
      { kind: 'note', id: 'n', fields: ['南南南 plan, plan', 'plan'], rank: 0 },
    ]);
    const r = index.search('plan').note[0];
    expect(r?.ranges).toEqual([
      { field: 0, start: 4, end: 8 },
      { field: 0, start: 10, end: 14 },
      { field: 1, start: 0, end: 4 },
    ]);
    expect(index.search('南南').note[0]?.ranges).toEqual([{ field: 0, start: 0, end: 2 }]);
  });

  it('a named term marks the linked documents where the term occurs, if told how', () => {
    const docs: SearchDoc[] = [
      { kind: 'term', id: 'plan', fields: ['南沙方案'], termIds: ['plan'], rank: 0 },
      note('linked', '说的是那个方案', 0, ['plan']),
      note('other', '无关', 0, ['hub']),
    ];
    const termRanges = (text: string, termId: string) =>
      termId === 'plan' && text.includes('方案')
        ? [{ start: text.indexOf('方案'), end: text.indexOf('方案') + 2 }]
        : [];
    const withRanges = new SearchIndex(docs, { termRanges });
    const r = withRanges.search('南沙方案');
    expect(found(r.note)).toEqual([['linked', 2, 0]]);
    expect(r.note[0]?.ranges).toEqual([{ field: 0, start: 5, end: 7 }]);
    expect(new SearchIndex(docs).search('南沙方案').note[0]?.ranges).toEqual([]);
  });

  it('merges overlapping and touching ranges, by field then start', () => {
    expect(
      mergeRanges([
        { field: 1, start: 0, end: 2 },
        { field: 0, start: 5, end: 7 },
        { field: 0, start: 0, end: 3 },
        { field: 0, start: 3, end: 4 },
        { field: 0, start: 6, end: 9 },
        { field: 0, start: 1, end: 2 },
      ]),
    ).toEqual([
      { field: 0, start: 0, end: 4 },
      { field: 0, start: 5, end: 9 },
      { field: 1, start: 0, end: 2 },
    ]);
  });

  it('a word is marked as far as the query goes when it begins it, else whole', () => {
    const index = new SearchIndex([note('n', 'planning plat plans notes')]);
    // Not the whole query as one substring (tier 1): each part marked.
    expect(found(index.search('plan notes').note)).toEqual([['n', 1, 0]]);
    expect(marked(index.search('plan notes').note[0])).toEqual(['plan', 'plat', 'plan', 'notes']);
  });

  it('a Latin part: the word itself, words it begins from two letters, one edit from four', () => {
    const index = new SearchIndex([
      note('one', 'p plaza 南沙'),
      note('pre', 'plaza notes'),
      note('three', 'hub hab notes'),
    ]);
    // One letter after a Han run: only the word p, not the p of plaza.
    expect(found(index.search('南沙 p').note)).toEqual([['one', 1, 0]]);
    expect(marked(index.search('南沙 p').note[0])).toEqual(['p', '南沙']);
    expect(marked(index.search('pla notes').note[0])).toEqual(['pla', 'notes']);
    expect(marked(index.search('pl notes').note[0])).toEqual(['pl', 'notes']);
    // hab is one edit from hub, but hub has three letters.
    expect(found(index.search('hub notes').note)).toEqual([['three', 1, 0]]);
    expect(marked(index.search('hub notes').note[0])).toEqual(['hub', 'notes']);
  });

  it('a three-character run missing one is marked where it is', () => {
    const index = new SearchIndex([note('n', '在南沙方案中')]);
    expect(found(index.search('南沙案').note)).toEqual([['n', 3, 1]]);
    expect(marked(index.search('南沙案').note[0])).toEqual(['南沙方案']);
  });

  it('only the named terms a document is linked to are marked in it', () => {
    const docs: SearchDoc[] = [
      { kind: 'term', id: 'x', fields: ['湾区'], termIds: ['x'], rank: 0 },
      { kind: 'term', id: 'y', fields: ['湾区'], termIds: ['y'], rank: 1 },
      note('linked', '大港口', 0, ['x']),
    ];
    // The tags, quote and title are empty: nothing there.
    const termRanges = (text: string, termId: string) =>
      text === '' ? [] : termId === 'x' ? [{ start: 0, end: 1 }] : [{ start: 2, end: 3 }];
    const r = new SearchIndex(docs, { termRanges }).search('湾区');
    expect(r.namedTerms).toEqual(['x', 'y']);
    expect(found(r.note)).toEqual([['linked', 2, 0]]);
    expect(r.note[0]?.ranges).toEqual([{ field: 0, start: 0, end: 1 }]);
  });
});
