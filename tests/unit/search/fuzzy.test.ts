import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/search/engine.ts';
import {
  allowedEdits,
  fuzzyFind,
  MAX_FUZZY_PATTERN,
  searchWindow,
  withinOneEdit,
} from '../../../src/search/fuzzy.ts';

/** The marked text of a match in `text`. */
const span = (text: string, r: { start: number; end: number } | undefined) =>
  r && text.slice(r.start, r.end);

describe('searchWindow: edit distance in one window', () => {
  const text = '这里写成了南沙放案。';

  it('finds an exact occurrence with no edits', () => {
    const r = searchWindow('南沙方案', '这里是南沙方案。', 0, 8, 1);
    expect(r).toEqual({ edits: 0, start: 3, end: 7 });
  });

  it('finds one wrong character, and marks the whole occurrence', () => {
    const r = searchWindow('南沙方案', text, 0, text.length, 1);
    expect(r?.edits).toBe(1);
    expect(span(text, r)).toBe('南沙放案');
  });

  it('finds a missing and an extra character', () => {
    const missing = '南沙案的';
    expect(span(missing, searchWindow('南沙方案', missing, 0, 4, 1))).toBe('南沙案');
    const extra = '南沙新方案';
    expect(span(extra, searchWindow('南沙方案', extra, 0, 5, 1))).toBe('南沙新方案');
  });

  it('counts two swapped characters as two edits', () => {
    const swapped = '这是南方沙案。';
    expect(searchWindow('南沙方案', swapped, 0, swapped.length, 1)).toBeUndefined();
    expect(searchWindow('南沙方案', swapped, 0, swapped.length, 2)?.edits).toBe(2);
  });

  it('looks only inside [from, to)', () => {
    expect(searchWindow('南沙方案', text, 0, 7, 1)).toBeUndefined();
    expect(searchWindow('南沙方案', text, 5, 9, 1)?.edits).toBe(1);
  });

  it('prefers fewer edits, then the leftmost occurrence', () => {
    const two = '南沙放案，南沙方案，南沙方按';
    expect(span(two, searchWindow('南沙方案', two, 0, two.length, 1))).toBe('南沙方案');
    const r = searchWindow('南沙方案', '南沙放案，南沙方按', 0, 9, 1);
    expect(r).toEqual({ edits: 1, start: 0, end: 4 });
  });

  it('gives only the edits when no span is asked for (ranking)', () => {
    expect(searchWindow('南沙方案', text, 0, text.length, 1, false)).toEqual({
      edits: 1,
      start: -1,
      end: 9,
    });
  });
});

describe('fuzzyFind: a Han run in a document', () => {
  it('lets a 3-character query miss one character only (南沙案 → 南沙方案, not 南沙区)', () => {
    expect(fuzzyFind(['在南沙方案中'], '南沙案', 1)).toEqual({
      field: 0,
      start: 1,
      end: 5,
      edits: 1,
    });
    expect(fuzzyFind(['南方案'], '南沙案', 1)).toBeUndefined();
    expect(fuzzyFind(['南沙区', '南沙'], '南沙案', 1)).toBeUndefined();
  });

  it('finds the best field and marks it in original offsets', () => {
    const fields = ['无关的内容', `${'背景'.repeat(500)}南沙放案`];
    const r = fuzzyFind(fields, '南沙方案', 1);
    expect(r).toEqual({ field: 1, start: 1000, end: 1004, edits: 1 });
  });

  it('looks only around the given bigrams when told', () => {
    const fields = ['这里写成了南沙放案。'];
    const q = '南沙方案';
    const onlyFang = new Set([q.charCodeAt(2) * 0x10000 + q.charCodeAt(3)]);
    expect(fuzzyFind(fields, q, 1, { bigrams: onlyFang })).toBeUndefined();
    expect(fuzzyFind(fields, q, 1)?.edits).toBe(1);
  });
});

describe('edits allowed', () => {
  it('grows with the query: none below 3 characters, one up to 7, two from 8', () => {
    expect([1, 2, 3, 7, 8, 31].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('a transposed character in a long query is found (two edits), in a short one not', () => {
    const index = new SearchIndex([
      { kind: 'note', id: 'n', fields: ['建设高水平对外开放门户和南沙方案'] },
    ]);
    const long = index.search('高水平对外放开门户').note;
    expect(long.map((h) => [h.doc.id, h.tier, h.edits])).toEqual([['n', 3, 2]]);
    expect(index.search('南方沙案').note).toEqual([]);
  });

  it(`matches Han runs fuzzily up to ${MAX_FUZZY_PATTERN} characters, longer ones exactly`, () => {
    const chars = '粤港澳大湾区建设高水平对外开放门户规则衔接南沙方案庆盛枢纽横琴前海';
    expect(new Set(chars).size).toBe(chars.length);
    const index = new SearchIndex([{ kind: 'note', id: 'n', fields: [`笔记：${chars}。`] }]);
    const typo = (s: string) => `${s.slice(0, 10)}去${s.slice(11)}`;
    const at31 = chars.slice(0, MAX_FUZZY_PATTERN);
    const at32 = chars.slice(0, MAX_FUZZY_PATTERN + 1);
    expect(index.search(typo(at31)).note.map((h) => h.tier)).toEqual([3]);
    expect(index.search(typo(at32)).note).toEqual([]);
    expect(index.search(at32).note.map((h) => h.tier)).toEqual([0]);
  });
});

describe('withinOneEdit: Latin words', () => {
  it('accepts one wrong, missing or extra letter', () => {
    expect(withinOneEdit('opening', 'oppening')).toBe(true);
    expect(withinOneEdit('nansha', 'nansa')).toBe(true);
    expect(withinOneEdit('nansha', 'nanshe')).toBe(true);
  });

  it('rejects two edits, including two swapped letters', () => {
    expect(withinOneEdit('hub', 'hbu')).toBe(false);
    expect(withinOneEdit('nansha', 'nasnha')).toBe(false);
    expect(withinOneEdit('gba', 'g')).toBe(false);
  });
});
