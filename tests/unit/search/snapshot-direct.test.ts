import { describe, expect, it } from 'vitest';
import { type SearchDoc, SearchIndex } from '../../../src/search/engine.ts';
import {
  type IndexSnapshot,
  restoreSnapshot,
  snapshotVersion,
  takeSnapshot,
} from '../../../src/search/snapshot.ts';

// The kept index of a few notes written for this test: its layout worked out by hand, and what a
// restored index finds compared with an index built afresh from the same documents. Each index
// is built inside its test (a mutant is active only while the tests run).
const plan: SearchDoc = {
  kind: 'term',
  id: 'plan',
  fields: ['南沙方案', 'Nansha Plan'],
  termIds: ['plan'],
  rank: 0,
};
const passage: SearchDoc = {
  kind: 'passage',
  id: 'p1',
  fields: ['全面落实南沙方案。'],
  termIds: ['plan'],
  rank: 0,
};
const note = (id: string, fields: string[], termIds: string[], rank = 0): SearchDoc => ({
  kind: 'note',
  id,
  fields,
  termIds,
  rank,
});
// Folding: GBA → gba, Policy → policy, 慶 → 庆, Title → title.
const a = note('a', ['GBA 南沙', 'Policy', '', ''], ['plan', 'hub'], 3);
const b = note('b', ['慶盛 hub', '', 'quote 方案', 'Title'], ['hub'], 1);
const c = note('c', ['plain', '', '', ''], [], 0);
const QUERIES = [
  'gba',
  'GBA',
  '南沙',
  '庆盛',
  '慶盛',
  'hub',
  '方案',
  '南沙方案',
  'title',
  'plain',
  'policy',
  'quote',
  'plan',
  'rare',
  'zzz',
];
const clone = (s: IndexSnapshot) => structuredClone(s);
const json = (i: SearchIndex, q: string) => JSON.stringify(i.search(q));
function expectSame(actual: SearchIndex, expected: SearchIndex): void {
  expect(actual.size).toBe(expected.size);
  for (const q of QUERIES) expect(json(actual, q), q).toBe(json(expected, q));
}
/** The term and the passage, then the restored notes (as the panel opens). */
function reopen(snap: IndexSnapshot): SearchIndex {
  const index = new SearchIndex([plan, passage]);
  expect(restoreSnapshot(index, clone(snap))).toBe(true);
  return index;
}

describe('a snapshot of a few notes', () => {
  it('keeps the notes only, their fields, folded characters, terms and postings', () => {
    const s = takeSnapshot(new SearchIndex([plan, passage, a, b, c]));
    expect(s.version).toBe(snapshotVersion());
    expect(s.ids).toEqual(['a', 'b', 'c']);
    expect([...s.ranks]).toEqual([3, 1, 0]);
    expect(s.terms).toEqual(['plan', 'hub']);
    expect(s.termRefs).toBeInstanceOf(Uint16Array);
    expect([...s.termRefs]).toEqual([0, 1, 1]);
    expect([...s.termEnds]).toEqual([2, 3, 3]);
    expect(s.fieldCount).toBe(4);
    expect(s.text).toBe('GBA 南沙Policy慶盛 hubquote 方案Titleplain');
    expect([...s.fieldEnds]).toEqual([6, 12, 12, 12, 18, 18, 26, 31, 36, 36, 36, 36]);
    // G, B, A, P of note a; 慶 and T of note b; nothing of note c.
    expect([...s.foldedAt]).toEqual([0, 1, 2, 6, 12, 26]);
    expect(s.foldedChars).toBe('gbap庆t');
    expect([...s.foldedFrom]).toEqual([0, 4, 6]);
    // Characters by code (南 5357, 庆 5E86, 方 65B9, 案 6848, 沙 6C99, 盛 76DB), then bigrams.
    const big = (x: string) => (x.charCodeAt(0) as number) * 0x10000 + x.charCodeAt(1);
    expect([...s.hanKeys]).toEqual([
      0x5357,
      0x5e86,
      0x65b9,
      0x6848,
      0x6c99,
      0x76db,
      big('南沙'),
      big('庆盛'),
      big('方案'),
    ]);
    expect([...s.hanEnds]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...s.hanNums]).toEqual([0, 1, 1, 1, 0, 1, 0, 1, 1]);
    expect(s.words).toEqual(['gba', 'hub', 'plain', 'policy', 'quote', 'title']);
    expect([...s.wordEnds]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...s.wordNums]).toEqual([0, 1, 2, 0, 1, 1]);
    // hub: notes 0 and 1 (gaps 0, 1); plan: note 0.
    expect(s.linkedTerms).toEqual(['hub', 'plan']);
    expect([...s.linkedEnds]).toEqual([2, 3]);
    expect([...s.linkedNums]).toEqual([0, 1, 0]);
  });

  it('leaves out removed notes and renumbers the rest; an edited note comes last', () => {
    const index = new SearchIndex([plan, a, b, c]);
    index.remove('note', 'b');
    index.add(note('a', ['plain hub', '', '', ''], [], 7));
    const s = takeSnapshot(index);
    expect(s.ids).toEqual(['c', 'a']);
    expect([...s.ranks]).toEqual([0, 7]);
    expect(s.terms).toEqual([]);
    expect([...s.termEnds]).toEqual([0, 0]);
    expect(s.text).toBe('plainplain hub');
    expect([...s.fieldEnds]).toEqual([5, 5, 5, 5, 14, 14, 14, 14]);
    expect([...s.foldedAt]).toEqual([]);
    expect([...s.foldedFrom]).toEqual([0, 0]);
    expect([...s.hanKeys]).toEqual([]);
    expect(s.words).toEqual(['hub', 'plain']);
    expect([...s.wordEnds]).toEqual([1, 3]);
    expect([...s.wordNums]).toEqual([1, 0, 1]);
    expect(s.linkedTerms).toEqual([]);
  });

  it('a note of fewer fields, or without terms, is kept with empty fields and no terms', () => {
    const d: SearchDoc = { kind: 'note', id: 'd', fields: ['Short'], rank: 2 };
    const s = takeSnapshot(new SearchIndex([a, d]));
    expect(s.fieldCount).toBe(4);
    expect(s.text).toBe('GBA 南沙PolicyShort');
    expect([...s.fieldEnds]).toEqual([6, 12, 12, 12, 17, 17, 17, 17]);
    expect(s.terms).toEqual(['plan', 'hub']);
    expect([...s.termEnds]).toEqual([2, 2]);
    expect([...s.foldedAt]).toEqual([0, 1, 2, 6, 12]);
    const restored = reopen(s);
    expect(restored.get('note', 'd')).toEqual({ ...d, fields: ['Short', '', '', ''], termIds: [] });
    expect(restored.search('short').note[0]?.ranges).toEqual([{ field: 0, start: 0, end: 5 }]);
  });

  it('an index without notes keeps nothing', () => {
    const s = takeSnapshot(new SearchIndex([plan, passage]));
    expect(s.ids).toEqual([]);
    expect(s.fieldCount).toBe(0);
    expect(s.text).toBe('');
    expect(s.words).toEqual([]);
    const index = new SearchIndex([plan]);
    expect(restoreSnapshot(index, s)).toBe(true);
    expect(index.size).toBe(1);
  });

  it('keeps gaps of 128 and more in several bytes, low bits first', () => {
    const notes = Array.from({ length: 300 }, (_, i) =>
      note(`n${i}`, [i === 0 || i === 129 || i === 299 ? `rare ${i}` : 'common', '', '', ''], []),
    );
    const built = new SearchIndex(notes);
    const s = takeSnapshot(built);
    const at = s.words.indexOf('rare');
    const from = at === 0 ? 0 : (s.wordEnds[at - 1] as number);
    // 0, then 129 = 0x81 (0x01 | 0x80, 0x01), then 170 = 0xaa (0x2a | 0x80, 0x01).
    expect([...s.wordNums.slice(from, s.wordEnds[at])]).toEqual([0, 0x81, 1, 0xaa, 1]);
    const restored = new SearchIndex([]);
    expect(restoreSnapshot(restored, clone(s))).toBe(true);
    expect(restored.search('rare').note.map((h) => h.doc.id)).toEqual(['n0', 'n129', 'n299']);
    expect(restored.search('common').total.note).toBe(297);
    expect(restored.search('299').note.map((h) => h.doc.id)).toEqual(['n299']);
    expect(json(restored, 'rare')).toBe(json(built, 'rare'));
  });

  it('is not restored by an index of another version', () => {
    const s = { ...takeSnapshot(new SearchIndex([a])), version: '0.old' };
    const index = new SearchIndex([plan]);
    expect(restoreSnapshot(index, s)).toBe(false);
    expect(index.size).toBe(1);
    expect(index.has('note', 'a')).toBe(false);
    expect(index.search('gba').note).toEqual([]);
  });

  it('names its format and the fold tables it was made with', async () => {
    // A copy of the module of its own: the version is worked out once per module, here by the
    // code under test rather than kept from an earlier file.
    const path = '../../../src/search/snapshot.ts?version';
    const own = (await import(/* @vite-ignore */ path)) as {
      snapshotVersion: () => string;
      takeSnapshot: typeof takeSnapshot;
    };
    // The copy keeps the same index alike (its module-level helpers are this copy's).
    const index = new SearchIndex([plan, a, b, c]);
    expect(own.takeSnapshot(index)).toEqual(takeSnapshot(index));
    const v = own.snapshotVersion();
    expect(v).toMatch(/^4\.[0-9a-z]+$/);
    expect(v).toBe(snapshotVersion());
    expect(own.snapshotVersion()).toBe(v);
    // Not the hash of nothing (FNV-1a's offset basis, 0x811c9dc5, in base 36).
    expect(v).not.toBe(`4.${(0x811c9dc5).toString(36)}`);
  });
});

describe('a restored index', () => {
  it('finds what a fresh index finds: fields, folded text, ranks, linked terms', () => {
    const restored = reopen(takeSnapshot(new SearchIndex([plan, passage, a, b, c])));
    const fresh = new SearchIndex([plan, passage, a, b, c]);
    expectSame(restored, fresh);
    // By hand: 慶盛 is found as 庆盛 and marked in the original text.
    const r = restored.search('庆盛');
    expect(r.note.map((h) => h.doc.id)).toEqual(['b']);
    expect(r.note[0]?.ranges).toEqual([{ field: 0, start: 0, end: 2 }]);
    expect(restored.search('title').note[0]?.ranges).toEqual([{ field: 3, start: 0, end: 5 }]);
    // The query names the term: note a, linked to it, comes in.
    expect(restored.search('南沙方案').note.map((h) => [h.doc.id, h.tier])).toEqual([['a', 2]]);
  });

  it('gives back each note as it was', () => {
    const restored = reopen(takeSnapshot(new SearchIndex([a, b, c])));
    expect(restored.size).toBe(5);
    expect(restored.get('note', 'b')).toEqual(b);
    expect(restored.get('note', 'a')).toEqual(a);
    expect(restored.get('note', 'c')).toEqual(c);
    expect(restored.has('note', 'c')).toBe(true);
    expect(restored.has('term', 'c')).toBe(false);
  });

  it('takes edits, removals and new notes, read or not yet read', () => {
    const restored = reopen(takeSnapshot(new SearchIndex([a, b, c])));
    // b is read by a query before it is removed; c is never read.
    expect(restored.search('hub').note.map((h) => h.doc.id)).toEqual(['b']);
    expect(restored.remove('note', 'b')).toBe(true);
    expect(restored.remove('note', 'b')).toBe(false);
    expect(restored.remove('note', 'c')).toBe(true);
    const a2 = note('a', ['renamed 方案', '', '', ''], ['plan'], 9);
    const d = note('d', ['GBA again', '', '', ''], ['hub'], 2);
    restored.add(a2);
    restored.add(d);
    expect(restored.get('note', 'b')).toBeUndefined();
    expect(restored.get('note', 'c')).toBeUndefined();
    expectSame(restored, new SearchIndex([plan, passage, a2, d]));
    expect(restored.search('gba').note.map((h) => h.doc.id)).toEqual(['d']);
    // And kept again: the same notes.
    expectSame(reopen(takeSnapshot(restored)), new SearchIndex([plan, passage, a2, d]));
  });

  it('a snapshot of a restored index, no note read, is the same snapshot', () => {
    const s = takeSnapshot(new SearchIndex([a, b, c]));
    const again = takeSnapshot(reopen(s));
    expect(again).toEqual(s);
  });

  it('stays right through a compaction (over 256 removals), restored or not', () => {
    const notes = Array.from({ length: 300 }, (_, i) =>
      note(`n${i}`, [i % 2 ? `odd 南沙 ${i}` : `even ${i}`, '', '', ''], i % 3 ? [] : ['plan'], i),
    );
    const kept = notes.filter((_, i) => i >= 260);
    for (const restored of [false, true]) {
      let index = new SearchIndex([plan, ...notes]);
      if (restored) {
        const s = takeSnapshot(index);
        index = new SearchIndex([plan]);
        restoreSnapshot(index, clone(s));
      }
      for (let i = 0; i < 260; i++) index.remove('note', `n${i}`);
      const fresh = new SearchIndex([plan, ...kept]);
      expect(index.size).toBe(41);
      for (const q of ['odd', 'even', '南沙', '南沙方案', '270', '10']) {
        expect(json(index, q), q).toBe(json(fresh, q));
      }
      expect(index.search('odd').total.note).toBe(20);
      const s = takeSnapshot(index);
      expect(s.ids).toEqual(kept.map((n) => n.id));
      index.add(note('n271', ['new 南沙', '', '', ''], [], 999));
      expect(index.search('odd').total.note).toBe(19);
      expect(index.search('new').note.map((h) => h.doc.id)).toEqual(['n271']);
    }
  });
});
