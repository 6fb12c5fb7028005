import { describe, expect, it } from 'vitest';
import { type SearchDoc, SearchIndex } from '../../../src/search/engine.ts';

// Order within a tier, on documents written for it.
const term = (id: string, fields: string[], rank: number): SearchDoc => ({
  kind: 'term',
  id,
  fields,
  termIds: [id],
  rank,
});
const note = (id: string, fields: string[], rank: number): SearchDoc => ({
  kind: 'note',
  id,
  fields,
  termIds: [],
  rank,
});

describe('order within a tier', () => {
  it('terms: spelled exactly, then the earlier field, then found at the start, then shorter', () => {
    const index = new SearchIndex([
      term('later-field', ['港口', '湾区'], 0),
      term('long', ['大湾区建设规划'], 1),
      term('inside', ['粤港澳大湾区'], 2),
      term('start', ['湾区经济'], 3),
      term('exact', ['湾区'], 4),
      term('short-start', ['湾区港'], 5),
    ]);
    expect(index.search('湾区').term.map((h) => h.doc.id)).toEqual([
      'exact',
      'later-field',
      'short-start',
      'start',
      'inside',
      'long',
    ]);
  });

  it('notes: found in the body before the tags, then newer, then by id', () => {
    const index = new SearchIndex([
      note('b', ['policy paper', '', '', ''], 1),
      note('tagged', ['nothing here', 'policy', '', ''], 9),
      note('a', ['policy paper', '', '', ''], 1),
      note('newer', ['a policy', '', '', ''], 2),
    ]);
    expect(index.search('policy').note.map((h) => h.doc.id)).toEqual(['newer', 'a', 'b', 'tagged']);
  });

  it('passages: document order, whatever the order they were added in', () => {
    const passage = (id: string, rank: number): SearchDoc => ({
      kind: 'passage',
      id,
      fields: ['南沙方案。'],
      termIds: [],
      rank,
    });
    const index = new SearchIndex([passage('c', 2), passage('a', 0), passage('b', 1)]);
    expect(index.search('南沙方案').passage.map((h) => h.doc.id)).toEqual(['a', 'b', 'c']);
  });

  it('fewer edits first among fuzzy hits', () => {
    const index = new SearchIndex([
      { kind: 'passage', id: 'two', fields: ['南沙深化面向世界的粤港澳'], termIds: [], rank: 0 },
      { kind: 'passage', id: 'one', fields: ['南沙深化面向世界的港澳全面'], termIds: [], rank: 1 },
    ]);
    const r = index.search('南沙深化面向世界的粤港澳全面');
    expect(r.passage.map((h) => [h.doc.id, h.tier, h.edits])).toEqual([
      ['one', 3, 1],
      ['two', 3, 2],
    ]);
  });
});
