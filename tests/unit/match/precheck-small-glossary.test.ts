import { describe, expect, it } from 'vitest';
import { createPrecheck } from '../../../src/match/precheck.ts';
import { buildPrecheckSources } from '../../../src/match/precheck-source.ts';
import { term } from '../small-glossary.ts';

// The precheck built from a small hand-made glossary: what it lets through, and what it must not.
const T2S = '慶庆樞枢紐纽灣湾';
const terms = [
  term('plan', ['南沙方案', 'Nansha Plan', 'Nansha Plan of action']),
  term('gba', ['GBA', 'G20']),
  term('long', ['关于推进南沙深化面向世界']),
  term('hub', ['庆盛枢纽']),
  term('bay', ['大湾区']),
  term('dot', ['a.b(c)']),
];
const precheck = createPrecheck(buildPrecheckSources(terms, T2S));

describe('the precheck of a small glossary', () => {
  it('Chinese forms, in Simplified and through the table in Traditional', () => {
    expect(precheck('看南沙方案')).toBe(true);
    expect(precheck('慶盛樞紐')).toBe(true);
    expect(precheck('庆盛樞纽')).toBe(true);
    expect(precheck('大灣区')).toBe(true);
    expect(precheck('庆盛')).toBe(false);
    expect(precheck('南沙')).toBe(false);
    expect(precheck('方案')).toBe(false);
    expect(precheck('大湾')).toBe(false);
  });

  it('a long Chinese form by its window of least common characters', () => {
    // 沙 is the only uncommon character: the first window with it.
    expect(precheck('推进南沙')).toBe(true);
    expect(precheck('南沙深化')).toBe(false);
    expect(precheck('关于推进')).toBe(false);
    expect(precheck('面向世界')).toBe(false);
  });

  it('Latin forms by their first two words, any case, any separator run', () => {
    expect(precheck('the NANSHA plan')).toBe(true);
    expect(precheck('Nansha-\n Plan')).toBe(true);
    expect(precheck('Nansha')).toBe(false);
    expect(precheck('NanshaPlan')).toBe(false);
    expect(precheck('a gba b')).toBe(true);
    expect(precheck('ＧＢＡ')).toBe(true);
    expect(precheck('Ｇ２０')).toBe(true);
    expect(precheck('g2')).toBe(false);
    expect(precheck('gb')).toBe(false);
  });

  it('RegExp characters in a form are literal', () => {
    expect(precheck('a.b(c)')).toBe(true);
    expect(precheck('axb(c)')).toBe(false);
  });

  it('ignorables inside a form are dropped before the test', () => {
    expect(precheck('南\u200b沙方\u00ad案')).toBe(true);
    expect(precheck('G\u200bBA')).toBe(true);
  });

  it('Latin sources in lower case: Han ones start with a lookahead on first characters', () => {
    const { han, latin } = buildPrecheckSources(terms, T2S);
    expect(latin.replaceAll('\\W', '')).toBe(latin.replaceAll('\\W', '').toLowerCase());
    expect(han.startsWith('(?=[')).toBe(true);
    for (const ch of ['南', '庆', '慶', '大'])
      expect(han.slice(0, han.indexOf(']')), ch).toContain(ch);
    expect(han.slice(0, han.indexOf(']'))).not.toContain('关');
  });

  it('with no Latin form, the Latin part matches nothing useful; with none at all, no crash', () => {
    const only = createPrecheck(buildPrecheckSources([term('plan', ['南沙方案'])], ''));
    expect(only('南沙方案')).toBe(true);
    expect(only('plain English text')).toBe(only(''));
  });
});
