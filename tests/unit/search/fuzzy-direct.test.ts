import { describe, expect, it } from 'vitest';
import { fuzzyFind, searchWindow, withinOneEdit } from '../../../src/search/fuzzy.ts';
import { bigramAt } from '../../../src/search/query.ts';

// Edge cases of the fuzzy matching, on strings written for them: window ends, one search after
// another, the first best end, the windows of a long field, fields compared.

describe('searchWindow, more', () => {
  it('the window ends before `to`: the character there is not read', () => {
    expect(searchWindow('南沙方案', '南沙方案', 0, 3, 1)).toEqual({ edits: 1, start: 0, end: 3 });
    expect(searchWindow('南沙方案', '南沙方案', 0, 4, 1)).toEqual({ edits: 0, start: 0, end: 4 });
  });

  it('one search leaves nothing behind for the next', () => {
    expect(searchWindow('南沙方案', '南沙方案', 0, 4, 1)?.edits).toBe(0);
    expect(searchWindow('广州港口', '南沙方案', 0, 4, 1)).toBeUndefined();
    expect(searchWindow('广州港口', '南沙方案', 0, 4, 1, false)).toBeUndefined();
  });

  it('edits only: the fewest, at the first end that has them', () => {
    // 南沙放案 ends at 4 (one edit); 南沙方 at 8 and 南沙方按 at 9 have one too.
    expect(searchWindow('南沙方案', '南沙放案，南沙方按', 0, 9, 1, false)).toEqual({
      edits: 1,
      start: -1,
      end: 4,
    });
    expect(searchWindow('南沙方案', '南沙放案，南沙方案', 0, 9, 1, false)).toEqual({
      edits: 0,
      start: -1,
      end: 9,
    });
  });

  it('a span starts no further left than the pattern and its edits allow', () => {
    // One extra character: the span is five long, from the 南.
    expect(searchWindow('南沙方案', '前南沙新方案', 0, 6, 1)).toEqual({
      edits: 1,
      start: 1,
      end: 6,
    });
    expect(searchWindow('南沙方案', '前南沙新方案', 1, 6, 1)).toEqual({
      edits: 1,
      start: 1,
      end: 6,
    });
  });
});

describe('searchWindow, spans', () => {
  it('no span shorter than the pattern less one character, though it has the fewest edits', () => {
    // 建设高水平对 ends at 6 with two edits (外开 missing) but is two short; at 7, 建设高水平对门
    // has two edits too (门 for 外, 开 missing) and is long enough.
    expect(searchWindow('建设高水平对外开', '建设高水平对门户', 0, 8, 2)).toEqual({
      edits: 2,
      start: 0,
      end: 7,
    });
  });
});

describe('withinOneEdit, more', () => {
  it('one letter changed, left out or added, anywhere', () => {
    expect(withinOneEdit('abcd', 'abcd')).toBe(true);
    expect(withinOneEdit('abcd', 'abce')).toBe(true);
    expect(withinOneEdit('abcd', 'xbcd')).toBe(true);
    expect(withinOneEdit('abcd', 'abd')).toBe(true);
    expect(withinOneEdit('abd', 'abcd')).toBe(true);
    expect(withinOneEdit('abcd', 'bcd')).toBe(true);
    expect(withinOneEdit('bcd', 'abcd')).toBe(true);
    expect(withinOneEdit('abcd', 'abc')).toBe(true);
    expect(withinOneEdit('abc', 'abcd')).toBe(true);
    expect(withinOneEdit('', 'a')).toBe(true);
  });

  it('not two', () => {
    expect(withinOneEdit('abcd', 'xbcy')).toBe(false);
    expect(withinOneEdit('abcd', 'abdc')).toBe(false);
    expect(withinOneEdit('abcd', 'axd')).toBe(false);
    expect(withinOneEdit('axd', 'abcd')).toBe(false);
    expect(withinOneEdit('abcde', 'abc')).toBe(false);
    expect(withinOneEdit('abc', 'abcde')).toBe(false);
    expect(withinOneEdit('abcd', 'bcda')).toBe(false);
  });
});

describe('fuzzyFind, more', () => {
  it('three characters: the pair may come again further on, in any field', () => {
    expect(fuzzyFind(['南沙区南沙方案'], '南沙案', 1)).toEqual({
      field: 0,
      start: 3,
      end: 7,
      edits: 1,
    });
    expect(fuzzyFind(['无关', '南新沙案'], '南沙案', 1)).toEqual({
      field: 1,
      start: 0,
      end: 4,
      edits: 1,
    });
    expect(fuzzyFind(['沙案沙案，南新沙案'], '南沙案', 1)).toEqual({
      field: 0,
      start: 5,
      end: 9,
      edits: 1,
    });
    // The first field that has it.
    expect(fuzzyFind(['南沙新案', '南沙方案'], '南沙案', 1)?.field).toBe(0);
  });

  it('an extra character inside the run', () => {
    expect(fuzzyFind(['南沙新方案'], '南沙方案', 1)).toEqual({
      field: 0,
      start: 0,
      end: 5,
      edits: 1,
    });
    // Two: a longer run allows two edits.
    expect(fuzzyFind(['建设高水平的对外开放门户'], '建设高水平对外开门户', 2)).toEqual({
      field: 0,
      start: 0,
      end: 12,
      edits: 2,
    });
  });

  it('windows far apart in one field: each looked at, in order', () => {
    // 方案 comes first (its window starts at 2), 南沙方按 far after (window at 105); one edit
    // already at 南沙方, the leftmost end.
    const f = `前前前前前方案${'。'.repeat(99)}南沙方按`;
    expect(fuzzyFind([f], '南沙方案', 1)).toEqual({ field: 0, start: 106, end: 109, edits: 1 });
    const g = `南沙放案${'。'.repeat(99)}南沙方案`;
    expect(fuzzyFind([g], '南沙方案', 1)).toEqual({ field: 0, start: 103, end: 107, edits: 0 });
    expect(fuzzyFind([g.slice(0, 100)], '南沙方案', 1)).toEqual({
      field: 0,
      start: 0,
      end: 4,
      edits: 1,
    });
  });

  it('the field with fewest edits; the first among equals', () => {
    expect(fuzzyFind(['南沙放案', '南沙方案'], '南沙方案', 1)).toEqual({
      field: 1,
      start: 0,
      end: 4,
      edits: 0,
    });
    expect(fuzzyFind(['南沙放案', '南沙方按'], '南沙方案', 1)).toEqual({
      field: 0,
      start: 0,
      end: 4,
      edits: 1,
    });
    expect(fuzzyFind(['', '无关'], '南沙方案', 1)).toBeUndefined();
  });

  it('three characters are matched without the window search', () => {
    const search = () => ({ edits: 1, start: 0, end: 1 });
    expect(fuzzyFind(['在南沙方案中'], '南沙案', 1, { search })).toEqual({
      field: 0,
      start: 1,
      end: 5,
      edits: 1,
    });
    expect(fuzzyFind(['南方案'], '南沙案', 1, { search })).toBeUndefined();
  });

  it('a window is the run and twice its edits long, from one edit before its bigram', () => {
    // Only around 建设: one window, [0, 14) cut at the field's 12 characters; two extra characters.
    const q = '建设高水平对外开门户';
    const bigrams = new Set([bigramAt(q, 0)]);
    expect(fuzzyFind(['建设高水平的对外开放门户'], q, 2, { bigrams })).toEqual({
      field: 0,
      start: 0,
      end: 12,
      edits: 2,
    });
    // A second window, around 南沙 alone (放案 is no bigram of the query): [51, 57).
    const f = `方案${'。'.repeat(50)}南沙放案`;
    expect(fuzzyFind([f], '南沙方案', 1)).toEqual({ field: 0, start: 52, end: 56, edits: 1 });
  });

  it('only the edits when no span is wanted; another window search when given', () => {
    expect(fuzzyFind(['在南沙放案'], '南沙方案', 1, { withSpan: false })).toEqual({
      field: 0,
      start: -1,
      end: 5,
      edits: 1,
    });
    const calls: [string, number, number][] = [];
    const r = fuzzyFind(['在南沙放案'], '南沙方案', 1, {
      search: (pattern, _text, from, to) => {
        calls.push([pattern, from, to]);
        return { edits: 1, start: 7, end: 8 };
      },
    });
    expect(r).toEqual({ field: 0, start: 7, end: 8, edits: 1 });
    // One window: from 南沙 at 1 (less one edit) to the end of the field.
    expect(calls).toEqual([['南沙方案', 0, 5]]);
  });
});
