import { describe, expect, it } from 'vitest';
import { bySelectivity, foldQuery, splitQuery, tokens } from '../../../src/search/query.ts';
import { mergeRanges } from '../../../src/search/ranges.ts';

describe('reading a query', () => {
  it('folds like the index and collapses spaces', () => {
    expect(foldQuery('  慶盛樞紐   ＧＢＡ  ')).toBe('庆盛枢纽 gba');
  });

  it('splits into Han runs and Latin words; punctuation and spaces only separate', () => {
    expect(splitQuery(foldQuery('南沙方案，GBA-hub 庆盛'))).toEqual([
      { han: true, text: '南沙方案' },
      { han: false, text: 'gba' },
      { han: false, text: 'hub' },
      { han: true, text: '庆盛' },
    ]);
    expect(splitQuery(foldQuery(' ，。 '))).toEqual([]);
  });

  it('tries the most selective part first: longer Han runs, then longer words', () => {
    const parts = splitQuery('gba 南沙 hub 南沙方案 qingsheng');
    expect(bySelectivity(parts).map((p) => p.text)).toEqual([
      '南沙方案',
      '南沙',
      'qingsheng',
      'gba',
      'hub',
    ]);
  });

  it('tokenises words with their offsets', () => {
    expect([...tokens('南沙 gba hub。x2')]).toEqual([
      ['gba', 3],
      ['hub', 7],
      ['x2', 11],
    ]);
  });
});

describe('marked ranges', () => {
  it('are sorted by field and start, overlapping ones merged', () => {
    expect(
      mergeRanges([
        { field: 1, start: 0, end: 2 },
        { field: 0, start: 5, end: 9 },
        { field: 0, start: 0, end: 3 },
        { field: 0, start: 2, end: 4 },
      ]),
    ).toEqual([
      { field: 0, start: 0, end: 4 },
      { field: 0, start: 5, end: 9 },
      { field: 1, start: 0, end: 2 },
    ]);
  });
});
