import { describe, expect, it } from 'vitest';
import { createPrecheck, createWindowPrecheck } from '../../../src/match/precheck.ts';
import { buildPrecheckSources, buildWindowPrecheck } from '../../../src/match/precheck-source.ts';
import { term } from '../small-glossary.ts';

// The reader's documents' precheck (Chinese windows looked up in a set), from a small hand-made
// glossary: exactly what it lets through and what it refuses, and what its value carries.
const T2S = '慶庆樞枢紐纽灣湾國国';
const terms = [
  term('hub', ['庆盛枢纽']),
  term('bay', ['大湾区']),
  term('nansha', ['南沙', 'Nansha Plan']),
  term('gba', ['粤港澳-大湾区']),
  term('empty', ['“”']),
];
const sources = buildWindowPrecheck(terms, T2S);
const precheck = createWindowPrecheck(sources);

describe('the documents’ precheck value', () => {
  it('holds one window per Chinese form (separators dropped), and no Latin or empty one', () => {
    expect(sources.windows.split(' ').sort()).toEqual(
      ['南沙', '大湾区', '庆盛枢纽', '粤港澳'].sort(),
    );
  });

  it('folds only what its windows need: their characters’ Traditional forms, and separators to a space', () => {
    const pairs = sources.fold.match(/.{2}/gs) ?? [];
    expect(pairs.length * 2).toBe(sources.fold.length);
    expect(pairs.filter((p) => p[1] !== ' ').sort()).toEqual(['慶庆', '樞枢', '灣湾', '紐纽']);
    const spaces = pairs.filter((p) => p[1] === ' ').map((p) => p.charCodeAt(0));
    // Whitespace of every kind, hyphens and dashes; never a character folded to itself.
    for (const c of [0x09, 0x0a, 0xa0, 0x2003, 0x3000, 0x2d, 0x2014, 0xff0d]) {
      expect(spaces).toContain(c);
    }
    expect(spaces).not.toContain(0x20);
    expect(pairs.filter((p) => p[0] === p[1])).toEqual([]);
    // 國 folds to 国, which no window has.
    expect(sources.fold).not.toContain('國');
  });

  it('keeps the Latin forms in a RegExp source, as the resolution’s precheck does', () => {
    expect(new RegExp(sources.latin).test('the nansha plan')).toBe(true);
    expect(new RegExp(sources.latin).test('nansha')).toBe(false);
  });
});

describe('the documents’ precheck', () => {
  it('finds a window of four, in Simplified, Traditional and mixed', () => {
    expect(precheck('新闻：庆盛枢纽启用')).toBe(true);
    expect(precheck('慶盛樞紐')).toBe(true);
    expect(precheck('庆盛樞纽')).toBe(true);
    expect(precheck('庆盛枢')).toBe(false);
    expect(precheck('盛枢纽')).toBe(false);
  });

  it('skips whitespace and dashes inside a window, and nothing else', () => {
    for (const gap of [' ', '\n', '\t', '\u00a0', '\u3000', '\u2003', '-', '—', '－', ' \n ']) {
      expect(precheck(`庆盛${gap}枢纽`), JSON.stringify(gap)).toBe(true);
    }
    for (const gap of ['，', ',', 'x', '的', '1', '·']) {
      expect(precheck(`庆盛${gap}枢纽`), gap).toBe(false);
    }
  });

  it('finds windows of two and three, at the start and the end of the text', () => {
    expect(precheck('南沙')).toBe(true);
    expect(precheck('南 沙')).toBe(true);
    expect(precheck('在南沙')).toBe(true);
    expect(precheck('南沙的')).toBe(true);
    expect(precheck('南方沙')).toBe(false);
    expect(precheck('南')).toBe(false);
    expect(precheck('大湾区')).toBe(true);
    expect(precheck('大大湾区')).toBe(true);
    expect(precheck('大湾')).toBe(false);
    expect(precheck('湾区')).toBe(false);
  });

  it('finds a window after a run of other windows’ characters', () => {
    // 大, 湾, 南 … are all windows’ characters: the run is never cut, the window is at its end.
    expect(precheck('大湾南庆盛枢纽')).toBe(true);
    expect(precheck('湾区庆盛枢')).toBe(false);
    expect(precheck('沙南湾大')).toBe(false);
  });

  it('a form with a separator by its Chinese part', () => {
    expect(precheck('粤港澳')).toBe(true);
    expect(precheck('粤港')).toBe(false);
  });

  it('Latin text in Chinese is not a window; the Latin forms pass as forms', () => {
    expect(precheck('他说 nansha 很好')).toBe(false);
    expect(precheck('他说 Nansha Plan 很好')).toBe(true);
    expect(precheck('庆盛 nansha plan')).toBe(true);
  });

  it('folds the text first unless told it is folded already', () => {
    expect(precheck('ＮＡＮＳＨＡ　ＰＬＡＮ')).toBe(true);
    expect(precheck('ＮＡＮＳＨＡ　ＰＬＡＮ', true)).toBe(false);
    expect(precheck('庆盛\u00ad枢纽')).toBe(true);
    expect(precheck('庆盛\u00ad枢纽', true)).toBe(false);
  });

  it('without Chinese forms: no Chinese text passes, Latin still does', () => {
    const latinOnly = createWindowPrecheck(buildWindowPrecheck([term('p', ['Nansha Plan'])], T2S));
    expect(latinOnly('南沙方案 庆盛枢纽')).toBe(false);
    expect(latinOnly('南沙 Nansha plan')).toBe(true);
  });
});

describe('the resolution’s precheck', () => {
  it('lets a skeleton’s trigger words through, with no variant of their own', () => {
    const titled = term('master', ['Master Plan of Nansha Deepening'], {
      skeletons: [
        { form: 'Master Plan…', groups: [['Master Plan'], ['Qianhai Fund']], trigger: 1, gate: 0 },
      ],
    });
    const pc = createPrecheck(buildPrecheckSources([titled], T2S));
    expect(pc('the Qianhai Fund said')).toBe(true);
    expect(pc('the Qianhai office said')).toBe(false);
    expect(pc('ＱＩＡＮＨＡＩ ＦＵＮＤ', true)).toBe(false);
  });
});
