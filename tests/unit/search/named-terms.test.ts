import { describe, expect, it } from 'vitest';
import { type Hit, type SearchDoc, SearchIndex } from '../../../src/search/engine.ts';

// Which terms a query names, and what naming one brings in: documents written for this test.
const term = (id: string, fields: string[], rank: number): SearchDoc => ({
  kind: 'term',
  id,
  fields,
  termIds: [id],
  rank,
});
const passage = (id: string, text: string, termIds: string[], rank: number): SearchDoc => ({
  kind: 'passage',
  id,
  fields: [text],
  termIds,
  rank,
});
const note = (id: string, body: string, termIds: string[], rank: number): SearchDoc => ({
  kind: 'note',
  id,
  fields: [body, '', '', ''],
  termIds,
  rank,
});
const index = new SearchIndex([
  term('plan', ['南沙方案', 'Nansha Plan'], 0),
  term('nanshan', ['南山方案'], 1),
  term('plan-long', ['南沙方案实施细则'], 2),
  term('new-plan', ['新南沙方案'], 3),
  term('bay', ['湾区'], 4),
  term('gba', ['粤港澳大湾区', 'Greater Bay Area'], 5),
  term('hengqin', ['横琴', 'Hengqin'], 6),
  term('long', ['粤港澳大湾区国际科技创新中心建设实施方案细则全文版本与附件目录'], 7),
  passage('p1', '全面落实南沙方案。', ['plan'], 0),
  passage('p2', '湾区', [], 1),
  passage('p3', '建设粤港澳大湾区。', ['gba'], 2),
  passage('p4', '南沙方案', [], 3),
  note('n-linked', 'see the plan', ['plan'], 1),
  note('n-gba', 'about the region', ['gba'], 2),
]);
const ids = (hits: Hit[]) => hits.map((h) => h.doc.id);
const tierOf = (hits: Hit[], id: string) => hits.find((h) => h.doc.id === id)?.tier;

describe('terms a query names', () => {
  it('a term is named when a field spells the whole query, not when it contains it', () => {
    const r = index.search('湾区');
    // 粤港澳大湾区 contains 湾区 and the passage p2 is exactly 湾区: neither is named.
    expect(r.namedTerms).toEqual(['bay']);
    expect(ids(r.term)).toEqual(['bay', 'gba', 'long']);
    // So the note linked to the GBA only is not brought in.
    expect(ids(r.note)).toEqual([]);
    expect(ids(index.search('greater bay area').note)).toEqual(['n-gba']);
  });

  it('an exact name does not also name the terms one edit away', () => {
    const r = index.search('南沙方案');
    expect(r.namedTerms).toEqual(['plan']);
    expect(tierOf(r.term, 'nanshan')).toBe(3);
  });

  it('a one-typo query that spells a whole term names it, and brings in its documents', () => {
    const r = index.search('南沙放案');
    expect(r.namedTerms).toEqual(['plan']);
    // The term it spells first; then the shorter of those it is in (南山方案 is two edits away).
    expect(ids(r.term)).toEqual(['plan', 'new-plan', 'plan-long']);
    // Linked documents come in at tier 2, above those found fuzzily only (p4 is not linked).
    expect(r.passage.map((h) => [h.doc.id, h.tier])).toEqual([
      ['p1', 2],
      ['p4', 3],
    ]);
    expect(r.note.map((h) => [h.doc.id, h.tier])).toEqual([['n-linked', 2]]);
  });

  it('a typo names nothing when it spells only part of a term, or is not the whole query', () => {
    // 南沙方案实施细则 begins with it, 新南沙方案 ends with it: neither is spelled whole.
    expect(index.search('南沙放案实施').namedTerms).toEqual([]);
    expect(index.search('新南沙放案').namedTerms).toEqual(['new-plan']);
    expect(index.search('沙放案').namedTerms).toEqual([]);
    // Two parts: found, not named.
    const two = index.search('南沙放案 plan');
    expect(ids(two.term)).toEqual(['plan']);
    expect(two.namedTerms).toEqual([]);
    expect(ids(two.note)).toEqual([]);
  });

  it('a Latin typo finds a term but does not name it', () => {
    const r = index.search('hengqim');
    expect(ids(r.term)).toEqual(['hengqin']);
    expect(r.term[0]?.tier).toBe(3);
    expect(r.namedTerms).toEqual([]);
  });

  it('a typo in a name of 31 characters, the longest searched fuzzily, names it', () => {
    const name = '粤港澳大湾区国际科技创新中心建设实施方案细则全文版本与附件目录';
    expect(name).toHaveLength(31);
    const r = index.search(name.replace('本', '夲'));
    expect(r.namedTerms).toEqual(['long']);
    expect(r.term[0]?.tier).toBe(3);
  });
});

describe('candidates', () => {
  it('a word of three letters does not find words one edit away', () => {
    const i = new SearchIndex([note('hub', 'the hub', [], 1), note('pub', 'the pub', [], 2)]);
    expect(ids(i.search('hub').note)).toEqual(['hub']);
    // From four letters it does.
    const j = new SearchIndex([note('port', 'the port', [], 1), note('fort', 'the fort', [], 2)]);
    expect(ids(j.search('port').note)).toEqual(['port', 'fort']);
  });

  it('two Han characters find the two together, not the first alone', () => {
    const i = new SearchIndex([
      note('nansha', '南沙的规划', [], 1),
      note('nanshan', '南山的规划', [], 2),
      note('apart', '沙南', [], 3),
    ]);
    expect(ids(i.search('南沙').note)).toEqual(['nansha']);
    expect(ids(i.search('南').note)).toEqual(['apart', 'nanshan', 'nansha']);
  });
});

describe('ranking', () => {
  it('a word found inside another word one edit away is fuzzy, below the whole word', () => {
    const i = new SearchIndex([
      note('sport', 'sport news', [], 9),
      note('ports', 'the ports of the bay', [], 1),
    ]);
    const r = i.search('port');
    expect(r.note.map((h) => [h.doc.id, h.tier])).toEqual([
      ['ports', 0],
      ['sport', 3],
    ]);
  });

  it('a note with the word as typed comes before one with only its stem', () => {
    const i = new SearchIndex([
      note('stem', 'talent programme', [], 9),
      { kind: 'note', id: 'tagged', fields: ['a list', 'talents', '', ''], termIds: [], rank: 1 },
    ]);
    const r = i.search('talents');
    expect(r.note.map((h) => [h.doc.id, h.tier])).toEqual([
      ['tagged', 0],
      ['stem', 1],
    ]);
    const j = new SearchIndex([
      note('stem', 'talent programme', [], 9),
      { kind: 'note', id: 'tagged', fields: ['talents', '', '', ''], termIds: [], rank: 1 },
      { kind: 'note', id: 'later', fields: ['x', 'the talents', '', ''], termIds: [], rank: 5 },
    ]);
    expect(ids(j.search('talents plan').note)).toEqual([]);
    expect(ids(j.search('talents x').note)).toEqual(['later']);
  });

  it('terms: the one spelled exactly by a later field before one that starts with the query', () => {
    const i = new SearchIndex([
      term('development', ['湾区发展', 'bay area development'], 0),
      term('bay-area', ['大湾区', 'bay area'], 1),
      term('far', ['大湾区城市', 'the cities of the bay area'], 2),
      term('start-long', ['湾区经济圈建设', 'bay economy'], 3),
      term('inside-short', ['大湾区', 'big bay'], 4),
    ]);
    expect(ids(i.search('bay area').term)).toEqual(['bay-area', 'development', 'far']);
    // At the start before inside, however long.
    expect(ids(i.search('湾区').term)).toEqual([
      'development',
      'start-long',
      'bay-area',
      'inside-short',
      'far',
    ]);
  });

  it('many equally good notes come in the order of their ids, however they were added', () => {
    const names = Array.from({ length: 80 }, (_, n) => `n${String(n).padStart(2, '0')}`);
    const shuffled = names.map((id, n) => names[(n * 37) % names.length] ?? id);
    const i = new SearchIndex(shuffled.map((id) => note(id, 'same policy', [], 1)));
    expect(ids(i.search('policy', { limit: 100 }).note)).toEqual(names);
  });

  it('fewer edits first, summed over the parts of a query', () => {
    const i = new SearchIndex([
      note('two', 'the opening of the plan', [], 9),
      note('one', 'the opening of the plam', [], 1),
    ]);
    const r = i.search('oppening plam');
    expect(r.note.map((h) => [h.doc.id, h.tier, h.edits])).toEqual([
      ['one', 3, 1],
      ['two', 3, 2],
    ]);
  });

  it('a document found by the word and by a word one edit away counts as exact', () => {
    const i = new SearchIndex([note('both', 'plan and plat', [], 1), note('edit', 'plat', [], 2)]);
    expect(i.search('plan').note.map((h) => [h.doc.id, h.tier, h.edits])).toEqual([
      ['both', 0, 0],
      ['edit', 3, 1],
    ]);
    expect(i.search('plan and').note.map((h) => [h.doc.id, h.tier, h.edits])).toEqual([
      ['both', 0, 0],
    ]);
  });

  it('a one-letter word after others is a word of its own, not a prefix', () => {
    const i = new SearchIndex([note('b', 'plan b', [], 1), note('beta', 'plan beta', [], 2)]);
    expect(ids(i.search('plan b').note)).toEqual(['b']);
    // Two letters after others find the words they begin; alone, one letter does too.
    const j = new SearchIndex([note('talents', 'planning talents', [], 1)]);
    expect(ids(j.search('plan ta').note)).toEqual(['talents']);
    expect(ids(j.search('plan t').note)).toEqual([]);
    expect(ids(i.search('b').note)).toEqual(['beta', 'b']);
  });
});
