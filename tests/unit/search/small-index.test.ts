import { describe, expect, it } from 'vitest';
import { type Hit, type SearchDoc, SearchIndex } from '../../../src/search/engine.ts';

// The search over a handful of documents written for it: tiers, order, marks, totals and limits,
// each stated by hand.
const docs: SearchDoc[] = [
  { kind: 'term', id: 'plan', fields: ['南沙方案', 'Nansha Plan'], termIds: ['plan'], rank: 0 },
  { kind: 'term', id: 'hub', fields: ['庆盛枢纽', 'Qingsheng Hub'], termIds: ['hub'], rank: 1 },
  { kind: 'passage', id: 'p1', fields: ['全面落实南沙方案。'], termIds: ['plan'], rank: 0 },
  { kind: 'passage', id: 'p2', fields: ['南沙的方案很多。'], termIds: [], rank: 1 },
  { kind: 'passage', id: 'p3', fields: ['庆盛枢纽连接南沙。'], termIds: ['hub'], rank: 2 },
  { kind: 'passage', id: 'p4', fields: ['南沙放案是笔误。'], termIds: [], rank: 3 },
  {
    kind: 'note',
    id: 'n-old',
    fields: ['old note on the plan', '', '', ''],
    termIds: ['plan'],
    rank: 1,
  },
  {
    kind: 'note',
    id: 'n-new',
    fields: ['new note: planning talents', 'policy', '', ''],
    termIds: [],
    rank: 5,
  },
  { kind: 'note', id: 'n-mid', fields: ['opening of the plan', '', '', ''], termIds: [], rank: 3 },
];
const index = new SearchIndex(docs);
const ids = (hits: Hit[]) => hits.map((h) => h.doc.id);
const marked = (h: Hit | undefined, field = 0) =>
  (h?.ranges ?? [])
    .filter((r) => r.field === field)
    .map((r) => h?.doc.fields[field]?.slice(r.start, r.end));

describe('a small index', () => {
  it('the whole query first (tier 0), then every part, then linked to a named term, then fuzzy', () => {
    const r = index.search('南沙方案');
    expect(r.namedTerms).toEqual(['plan']);
    expect(ids(r.term)).toEqual(['plan']);
    expect(r.term[0]?.tier).toBe(0);
    expect(r.passage.map((h) => [h.doc.id, h.tier, h.edits])).toEqual([
      ['p1', 0, 0],
      ['p2', 3, 1],
      ['p4', 3, 1],
    ]);
    expect(marked(r.passage[0])).toEqual(['南沙方案']);
    expect(marked(r.passage[1])).toEqual(['南沙的方案']);
    expect(marked(r.passage[2])).toEqual(['南沙放案']);
    // Notes linked to the named term come in at tier 2, marked by nothing (no term ranges given).
    expect(r.note.map((h) => [h.doc.id, h.tier])).toEqual([['n-old', 2]]);
    expect(r.total).toEqual({ passage: 3, term: 1, note: 1 });
  });

  it('parts apart: tier 1, in document order; each part marked', () => {
    const r = index.search('方案 南沙');
    expect(r.passage.map((h) => [h.doc.id, h.tier])).toEqual([
      ['p1', 1],
      ['p2', 1],
    ]);
    expect(marked(r.passage[1])).toEqual(['南沙', '方案']);
    expect(r.namedTerms).toEqual([]);
  });

  it('English: whole words, prefixes of two letters or more, one edit and stems from four', () => {
    const r = index.search('plan');
    // Newest note first within a tier.
    expect(ids(r.note)).toEqual(['n-new', 'n-mid', 'n-old']);
    expect(marked(r.note.find((h) => h.doc.id === 'n-new'))).toEqual(['plan']);
    expect(marked(r.note.find((h) => h.doc.id === 'n-old'))).toEqual(['plan']);
    expect(ids(index.search('oppening').note)).toEqual(['n-mid']);
    expect(marked(index.search('oppening').note[0])).toEqual(['opening']);
    expect(ids(index.search('talent').note)).toEqual(['n-new']);
    expect(marked(index.search('talent').note[0])).toEqual(['talent']);
    // One letter: only as a substring of the text (tier 0), marked where it is.
    expect(index.search('p').note.map((h) => [h.doc.id, h.tier])).toEqual([
      ['n-new', 0],
      ['n-mid', 0],
      ['n-old', 0],
    ]);
    expect(marked(index.search('p').note[1])).toEqual(['p', 'p']);
    expect(ids(index.search('polic').note)).toEqual(['n-new']);
    expect(marked(index.search('polic').note[0], 1)).toEqual(['polic']);
    expect(ids(index.search('xyz').note)).toEqual([]);
  });

  it('a term by any of its fields, the exact name before a partial one', () => {
    const r = index.search('qingsheng hub');
    expect(ids(r.term)).toEqual(['hub']);
    expect(r.term[0]?.tier).toBe(0);
    expect(marked(r.term[0], 1)).toEqual(['Qingsheng Hub']);
    expect(r.namedTerms).toEqual(['hub']);
    expect(ids(r.passage)).toEqual(['p3']);
    expect(r.passage[0]?.tier).toBe(2);
  });

  it('limits each kind, and counts them all', () => {
    const r = index.search('plan', { limit: 1 });
    expect(ids(r.note)).toEqual(['n-new']);
    expect(r.total.note).toBe(3);
    expect(index.search('plan', { limit: 0 }).note).toEqual([]);
    const empty = index.search(' ，。 ');
    expect(empty).toEqual({
      query: ' ，。 ',
      passage: [],
      term: [],
      note: [],
      total: { passage: 0, term: 0, note: 0 },
      namedTerms: [],
    });
  });

  it('adds, replaces and removes documents', () => {
    const i = new SearchIndex(docs);
    expect(i.size).toBe(docs.length);
    expect(i.has('note', 'n-old')).toBe(true);
    expect(i.has('passage', 'n-old')).toBe(false);
    i.add({ kind: 'note', id: 'n-old', fields: ['changed', '', '', ''], termIds: [], rank: 9 });
    expect(i.size).toBe(docs.length);
    expect(ids(i.search('changed').note)).toEqual(['n-old']);
    expect(ids(i.search('old').note)).toEqual([]);
    expect(i.remove('note', 'n-old')).toBe(true);
    expect(i.remove('note', 'n-old')).toBe(false);
    expect(i.size).toBe(docs.length - 1);
    expect(i.has('note', 'n-old')).toBe(false);
    expect(ids(i.search('changed').note)).toEqual([]);
  });
});
