import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { termInfo } from '../../../src/match/term-info.ts';

// termInfo without the background around it: the hover card's facts from the resolution.
const resolutionText = readFileSync(
  new URL('../../../src/corpus/resolution.zh-CN.txt', import.meta.url),
  'utf8',
);

describe('termInfo', () => {
  it('counts 南沙方案 nine times and marks it in its first passage, in each language', () => {
    const info = termInfo('nansha-plan', 'hk');
    expect(info.termId).toBe('nansha-plan');
    // 《南沙方案》 seven times, the plan's full title twice (counted by hand in the text).
    expect(info.occurrences).toBe(9);
    expect(info.passage?.paragraph).toBe(1);
    expect(info.passage?.id).toMatch(/^p1\.s\d+$/);
    const original = info.passage?.texts.original;
    const en = info.passage?.texts.en;
    const hant = info.passage?.texts['zh-Hant'];
    if (!original || !en || !hant) throw new Error('a language is missing');
    expect(resolutionText).toContain(original.text);
    expect(original.lang).toBe('zh-CN');
    expect(original.translated).toBe(false);
    expect(original.marks.length).toBeGreaterThan(0);
    for (const [s, e] of original.marks)
      expect(original.text.slice(s, e)).toMatch(/^(南沙方案|.*总体方案)$/);
    expect(en.lang).toBe('en');
    expect(en.translated).toBe(true);
    expect(en.marks.map(([s, e]) => en.text.slice(s, e))).toContain('Nansha Plan');
    expect(hant.lang).toBe('zh-HK');
    for (const [s, e] of hant.marks) expect(hant.text.slice(s, e)).toMatch(/南沙方案|總體方案/);
    expect(hant.marks.length).toBeGreaterThan(0);
  });

  it('Taiwan conventions by default; the answer is the same object on the next call', () => {
    const tw = termInfo('nansha-plan');
    expect(tw.passage?.texts['zh-Hant']?.lang).toBe('zh-TW');
    expect(termInfo('nansha-plan', 'tw')).toBe(tw);
    expect(termInfo('nansha-plan', 'hk')).not.toBe(tw);
  });

  it('marks only the asked term, never another term in the same passage', () => {
    const gba = termInfo('gba');
    const original = gba.passage?.texts.original;
    if (!original) throw new Error('no passage');
    expect(gba.occurrences).toBeGreaterThan(0);
    for (const [s, e] of original.marks) expect(original.text.slice(s, e)).toMatch(/大湾区|粤港澳/);
  });

  it('an id that is no term: no occurrence, no passage', () => {
    expect(termInfo('no-such-term')).toEqual({ termId: 'no-such-term', occurrences: 0 });
  });
});
