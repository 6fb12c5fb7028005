import { describe, expect, it } from 'vitest';
import {
  type Entry,
  InvertedIndex,
  keysOf,
  lowerBound,
  type PackedDocs,
  type Postings,
} from '../../../src/search/inverted-index.ts';
import type { SearchDoc } from '../../../src/search/types.ts';
import { fold } from '../../../src/text/search-fold.ts';

// The inverted index on its own, with documents written for this test; each index is built inside
// its test. Postings are compared as plain arrays (a restored key's postings are a typed array).
const doc = (
  kind: SearchDoc['kind'],
  id: string,
  text: string,
  termIds: string[] = [],
): SearchDoc => ({ kind, id, fields: [text], termIds, rank: 0 });
const list = (p: Postings) => Array.from(p);
const code = (s: string) => s.charCodeAt(0);
const bigram = (s: string) => code(s) * 0x10000 + s.charCodeAt(1);

describe('keys of a folded text', () => {
  it('every Han character and adjacent pair, once; every Latin word, once', () => {
    const k = keysOf(['南沙方案 gba 南沙', '湾 x 区', 'gba2 hub']);
    expect(k.han).toEqual([
      code('南'),
      code('沙'),
      bigram('南沙'),
      code('方'),
      bigram('沙方'),
      code('案'),
      bigram('方案'),
      code('湾'),
      code('区'),
    ]);
    expect(k.words).toEqual(['gba', 'x', 'gba2', 'hub']);
    expect(keysOf([])).toEqual({ han: [], words: [] });
    // A non-Han character between two Han characters: no pair.
    expect(keysOf(['南,沙']).han).toEqual([code('南'), code('沙')]);
  });
});

describe('lowerBound', () => {
  it('the first position whose string is not below', () => {
    const s = ['b', 'd', 'f', 'h'];
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((x) => lowerBound(s, x))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4,
    ]);
    expect(lowerBound([], 'a')).toBe(0);
  });
});

describe('adding, replacing and removing', () => {
  it('posts each document under its keys, in the order added', () => {
    const index = new InvertedIndex();
    expect(index.sortedVocab()).toEqual([]);
    expect(index.size).toBe(0);
    index.add(doc('passage', 'p', '南沙方案 GBA', ['plan']));
    index.add(doc('note', 'n', 'Gba hub 南沙', ['plan', 'hub']));
    expect(index.size).toBe(2);
    expect(index.has('note', 'n')).toBe(true);
    expect(index.has('passage', 'n')).toBe(false);
    expect(index.get('note', 'n')?.fields).toEqual(['Gba hub 南沙']);
    expect(index.get('note', 'p')).toBeUndefined();
    expect(index.entry(0)?.folded).toEqual(['南沙方案 gba']);
    expect(index.entry(5)).toBeUndefined();
    expect(list(index.hanPostings(code('南')))).toEqual([0, 1]);
    expect(list(index.hanPostings(bigram('方案')))).toEqual([0]);
    expect(list(index.hanPostings(code('湾')))).toEqual([]);
    expect(list(index.wordPostings('gba'))).toEqual([0, 1]);
    expect(list(index.wordPostings('hub'))).toEqual([1]);
    expect(list(index.wordPostings('nothing'))).toEqual([]);
    expect(list(index.termPostings('plan'))).toEqual([0, 1]);
    expect(list(index.termPostings('hub'))).toEqual([1]);
    expect(list(index.termPostings('none'))).toEqual([]);
    expect(index.sortedVocab()).toEqual(['gba', 'hub']);
    index.add(doc('note', 'm', 'ant zoo gba'));
    expect(index.sortedVocab()).toEqual(['ant', 'gba', 'hub', 'zoo']);
  });

  it('a replaced document gets a new number; the old one is dead but still posted', () => {
    const index = new InvertedIndex();
    index.add(doc('note', 'a', 'old words'));
    index.add(doc('note', 'b', 'old'));
    index.add(doc('note', 'a', 'new words', ['t']));
    expect(index.size).toBe(2);
    expect(index.entry(0)).toBeUndefined();
    expect(index.entry(2)?.doc.fields).toEqual(['new words']);
    expect(index.get('note', 'a')?.fields).toEqual(['new words']);
    expect(list(index.wordPostings('words'))).toEqual([0, 2]);
    expect(list(index.wordPostings('old'))).toEqual([0, 1]);
    expect(list(index.termPostings('t'))).toEqual([2]);
    // Removed documents' words stay in the vocabulary until a compaction.
    expect(index.sortedVocab()).toEqual(['new', 'old', 'words']);
    expect(index.remove('note', 'a')).toBe(true);
    expect(index.remove('note', 'a')).toBe(false);
    expect(index.remove('passage', 'b')).toBe(false);
    expect(index.size).toBe(1);
    expect(index.has('note', 'a')).toBe(false);
    expect(index.get('note', 'a')).toBeUndefined();
    expect(index.entry(2)).toBeUndefined();
  });

  it('counts the keys each document shares, once per document, in the order first met', () => {
    const index = new InvertedIndex();
    index.add(doc('passage', 'x', '南沙方案'));
    index.add(doc('passage', 'y', '方案'));
    index.add(doc('passage', 'z', '湾区'));
    const seen: [number, number][] = [];
    const keys = [code('方'), bigram('方案'), code('南'), code('区'), code('港')];
    index.countShared(keys, (num, shared) => seen.push([num, shared]));
    expect(seen).toEqual([
      [0, 3],
      [1, 2],
      [2, 1],
    ]);
    // The counts start again from nothing.
    seen.length = 0;
    index.countShared([code('案')], (num, shared) => seen.push([num, shared]));
    expect(seen).toEqual([
      [0, 1],
      [1, 1],
    ]);
    seen.length = 0;
    index.countShared([], (num, shared) => seen.push([num, shared]));
    expect(seen).toEqual([]);
  });

  it('a count stops at 255', () => {
    const index = new InvertedIndex();
    const han = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    index.add(doc('passage', 'long', han));
    index.add(doc('passage', 'short', han.slice(0, 3)));
    const seen: [number, number][] = [];
    const keys = Array.from({ length: 300 }, (_, i) => 0x4e00 + i);
    index.countShared(keys, (num, shared) => seen.push([num, shared]));
    expect(seen).toEqual([
      [0, 255],
      [1, 3],
    ]);
  });

  it('the live documents of one kind, renumbered, with their postings', () => {
    const index = new InvertedIndex();
    index.add(doc('passage', 'p', 'gba 南沙'));
    index.add(doc('note', 'a', 'gba only'));
    index.add(doc('note', 'b', 'gone 南沙'));
    index.add(doc('note', 'c', 'gba 湾'));
    index.remove('note', 'b');
    const posted = index.postedDocs('note');
    expect(posted.entries.map((e) => e.doc.id)).toEqual(['a', 'c']);
    expect([...posted.words].map(([w, p]) => [w, list(p)])).toEqual([
      ['gba', [0, 1]],
      ['only', [0]],
    ]);
    expect([...posted.han].map(([k, p]) => [k, list(p)])).toEqual([[code('湾'), [1]]]);
    expect(index.postedDocs('term').entries).toEqual([]);
  });
});

describe('compaction', () => {
  const fill = (n: number) => {
    const index = new InvertedIndex();
    for (let i = 0; i < n; i++) index.add(doc('note', `n${i}`, i % 2 ? 'odd' : 'even'));
    return index;
  };

  it('renumbers after more than 256 removals that are over a quarter of the live documents', () => {
    const index = fill(300);
    for (let i = 0; i < 256; i++) index.remove('note', `n${i}`);
    // 256 dead: still posted.
    expect(list(index.wordPostings('odd')).length).toBe(150);
    index.remove('note', 'n256');
    // 43 left, renumbered 0…42 in the order they were: n257 (odd) is 0.
    expect(index.size).toBe(43);
    expect(list(index.wordPostings('odd'))).toEqual(
      Array.from({ length: 22 }, (_, i) => 2 * i).filter((n) => n < 43),
    );
    expect(list(index.wordPostings('even'))).toEqual(
      Array.from({ length: 21 }, (_, i) => 2 * i + 1),
    );
    expect(index.entry(0)?.doc.id).toBe('n257');
    expect(index.get('note', 'n299')?.id).toBe('n299');
    expect(index.has('note', 'n10')).toBe(false);
    // The next removal starts a new count.
    index.remove('note', 'n257');
    expect(list(index.wordPostings('odd'))[0]).toBe(0);
    index.add(doc('note', 'n300', 'fresh'));
    expect(list(index.wordPostings('fresh'))).toEqual([43]);
    expect(index.sortedVocab()).toEqual(['even', 'fresh', 'odd']);
  });

  it('waits while the removed are a quarter of the live documents or fewer', () => {
    const index = fill(1300);
    for (let i = 0; i < 257; i++) index.remove('note', `n${i}`);
    // 257 dead, 1043 live: 257 ≤ 260.75.
    expect(list(index.wordPostings('odd')).length).toBe(650);
    for (let i = 257; i < 260; i++) index.remove('note', `n${i}`);
    // 260 dead, 1040 live: 260 ≤ 260.
    expect(list(index.wordPostings('odd')).length).toBe(650);
    index.remove('note', 'n260');
    // 261 dead, 1039 live: 261 > 259.75; n261 … n1299 left, 520 of them odd.
    expect(list(index.wordPostings('odd')).length).toBe(520);
    expect(list(index.wordPostings('odd'))[0]).toBe(0);
  });

  it('drops the words of the removed documents from the vocabulary', () => {
    const index = fill(300);
    index.add(doc('note', 'rare', 'unique'));
    index.remove('note', 'rare');
    expect(index.sortedVocab()).toEqual(['even', 'odd', 'unique']);
    for (let i = 0; i < 257; i++) index.remove('note', `n${i}`);
    expect(index.sortedVocab()).toEqual(['even', 'odd']);
    expect(list(index.termPostings('t'))).toEqual([]);
  });
});

/** Varints of the gaps between ascending numbers (7 bits a byte, low first). */
function gapsOf(nums: number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const n of nums) {
    let gap = n - prev;
    prev = n;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    out.push(gap);
  }
  return out;
}
/** Packed postings of sorted keys, each with its ascending document numbers. */
function packed<K>(rows: [K, number[]][]) {
  const ends: number[] = [];
  const gaps: number[] = [];
  for (const [, nums] of rows) {
    gaps.push(...gapsOf(nums));
    ends.push(gaps.length);
  }
  return {
    keys: rows.map(([k]) => k),
    ends: Uint32Array.from(ends),
    gaps: Uint8Array.from(gaps),
  };
}

describe('restored documents (packed postings)', () => {
  /** Three notes (r0 … r2), or `count` with only those three readable, numbered after `base`. */
  function restore(before: SearchDoc[], count = 3) {
    const index = new InvertedIndex();
    for (const d of before) index.add(d);
    const texts = ['gba hub 南沙', 'hub', '南沙 zoo'];
    const made: number[] = [];
    const ids = Array.from({ length: count }, (_, n) => `r${n}`);
    const make = (n: number): Entry => {
      made.push(n);
      const text = texts[n === count - 1 && count > 3 ? 2 : n] ?? '';
      const d = doc('note', `r${n}`, text, n === 0 ? ['t'] : []);
      return { doc: d, folded: [fold(text)] };
    };
    const last = count - 1;
    const docs: PackedDocs = {
      kind: 'note',
      ids,
      make,
      han: packed([
        [code('南'), [0, last]],
        [code('沙'), [0, last]],
        [bigram('南沙'), [0, last]],
      ]),
      words: packed([
        ['gba', [0]],
        ['hub', count > 3 ? [0, 128] : [0, 1]],
        ['zoo', [last]],
      ]),
      terms: packed([['t', [0]]]),
    };
    index.addPacked(docs);
    return { index, made };
  }

  it('are numbered after the documents there, posted after theirs', () => {
    const { index, made } = restore([doc('passage', 'p', 'gba 南沙', ['t'])]);
    expect(list(index.wordPostings('gba'))).toEqual([0, 1]);
    expect(list(index.wordPostings('hub'))).toEqual([1, 2]);
    expect(list(index.wordPostings('zoo'))).toEqual([3]);
    expect(list(index.wordPostings('ga'))).toEqual([]);
    expect(list(index.wordPostings('zzz'))).toEqual([]);
    expect(list(index.wordPostings('a'))).toEqual([]);
    expect(list(index.hanPostings(code('沙')))).toEqual([0, 1, 3]);
    expect(list(index.hanPostings(bigram('南沙')))).toEqual([0, 1, 3]);
    expect(list(index.hanPostings(code('南')))).toEqual([0, 1, 3]);
    expect(list(index.hanPostings(code('湾')))).toEqual([]);
    expect(list(index.termPostings('t'))).toEqual([0, 1]);
    // Looked up again: decoded once, the same.
    expect(list(index.wordPostings('hub'))).toEqual([1, 2]);
    expect(list(index.termPostings('t'))).toEqual([0, 1]);
    // No document made yet.
    expect(made).toEqual([]);
    expect(index.sortedVocab()).toEqual(['gba', 'hub', 'zoo']);
  });

  it('are made when first read, once', () => {
    const { index, made } = restore([doc('passage', 'p', 'x')]);
    expect(index.size).toBe(4);
    expect(index.has('note', 'r2')).toBe(true);
    expect(index.has('passage', 'r2')).toBe(false);
    expect(made).toEqual([]);
    expect(index.get('note', 'r1')?.fields).toEqual(['hub']);
    expect(index.get('note', 'r1')?.fields).toEqual(['hub']);
    expect(index.entry(2)?.doc.id).toBe('r1');
    expect(made).toEqual([1]);
    expect(index.entry(0)?.doc.id).toBe('p');
    expect(index.entry(4)).toBeUndefined();
    expect(index.entry(-1)).toBeUndefined();
    expect(made).toEqual([1]);
  });

  it('removed: never made, no longer found', () => {
    const { index, made } = restore([doc('passage', 'p', 'x')]);
    expect(index.remove('note', 'r2')).toBe(true);
    expect(index.remove('note', 'r2')).toBe(false);
    expect(index.entry(3)).toBeUndefined();
    expect(index.has('note', 'r2')).toBe(false);
    expect(index.size).toBe(3);
    expect(index.remove('passage', 'p')).toBe(true);
    expect(index.entry(0)).toBeUndefined();
    expect(made).toEqual([]);
    // Then kept again: only the live ones are made, renumbered.
    const posted = index.postedDocs('note');
    expect(posted.entries.map((e) => e.doc.id)).toEqual(['r0', 'r1']);
    expect(made).toEqual([0, 1]);
    expect(list(posted.words.get('hub') ?? [])).toEqual([0, 1]);
    expect(posted.words.has('zoo')).toBe(false);
    expect(list(posted.han.get(code('南')) ?? [])).toEqual([0]);
  });

  it('a document added after them is posted after them, under keys restored or new', () => {
    const { index } = restore([]);
    index.add(doc('note', 'new', 'hub fresh 南沙'));
    expect(list(index.wordPostings('hub'))).toEqual([0, 1, 3]);
    expect(list(index.hanPostings(code('沙')))).toEqual([0, 2, 3]);
    expect(list(index.wordPostings('fresh'))).toEqual([3]);
    expect(index.sortedVocab()).toEqual(['fresh', 'gba', 'hub', 'zoo']);
    index.add(doc('note', 'newer', 'zoo', ['t']));
    expect(list(index.wordPostings('zoo'))).toEqual([2, 4]);
    expect(list(index.termPostings('t'))).toEqual([0, 4]);
    // Replacing a restored one.
    index.add(doc('note', 'r0', 'gba again'));
    expect(index.size).toBe(5);
    expect(list(index.wordPostings('gba'))).toEqual([0, 5]);
    expect(index.entry(0)).toBeUndefined();
    expect(index.get('note', 'r0')?.fields).toEqual(['gba again']);
  });

  it('decodes gaps of two and three bytes', () => {
    const { index, made } = restore([doc('passage', 'p', 'x')], 20_001);
    expect(index.size).toBe(20_002);
    expect(list(index.wordPostings('zoo'))).toEqual([20_001]);
    // A gap of 128: bytes 0x80 (no low bits, more to come) and 0x01.
    expect(list(index.wordPostings('hub'))).toEqual([1, 129]);
    expect(list(index.hanPostings(code('南')))).toEqual([1, 20_001]);
    expect(index.get('note', 'r20000')?.fields).toEqual(['南沙 zoo']);
    expect(made).toEqual([20_000]);
  });

  it('a second restore keeps the first', () => {
    const { index } = restore([]);
    const more: PackedDocs = {
      kind: 'note',
      ids: ['s0'],
      make: () => ({ doc: doc('note', 's0', 'hub'), folded: ['hub'] }),
      han: packed([]),
      words: packed([['hub', [0]]]),
      terms: packed([]),
    };
    index.addPacked(more);
    expect(index.size).toBe(4);
    expect(list(index.wordPostings('hub'))).toEqual([0, 1, 3]);
    expect(list(index.wordPostings('zoo'))).toEqual([2]);
    expect(index.get('note', 'r2')?.fields).toEqual(['南沙 zoo']);
    expect(index.get('note', 's0')?.fields).toEqual(['hub']);
    expect(index.sortedVocab()).toEqual(['gba', 'hub', 'zoo']);
  });

  it('compaction makes every restored document and posts it anew', () => {
    const { index } = restore([], 3);
    for (let i = 0; i < 300; i++) index.add(doc('note', `n${i}`, 'filler'));
    index.remove('note', 'r1');
    for (let i = 0; i < 256; i++) index.remove('note', `n${i}`);
    // 257 dead, 46 live: renumbered r0, r2, n256…
    expect(index.size).toBe(46);
    expect(list(index.wordPostings('hub'))).toEqual([0]);
    expect(list(index.wordPostings('zoo'))).toEqual([1]);
    expect(list(index.hanPostings(bigram('南沙')))).toEqual([0, 1]);
    expect(list(index.termPostings('t'))).toEqual([0]);
    expect(list(index.wordPostings('filler'))).toEqual(Array.from({ length: 44 }, (_, i) => i + 2));
    expect(index.get('note', 'r2')?.fields).toEqual(['南沙 zoo']);
    expect(index.sortedVocab()).toEqual(['filler', 'gba', 'hub', 'zoo']);
  });
});
