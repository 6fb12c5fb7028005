import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { snippet } from '../../../src/panel/Highlighted.tsx';
import { suggestLinks } from '../../../src/panel/links.ts';

const matcher = createMatcher(glossary);

describe('links suggested for a note', () => {
  it('suggests the terms of the body and quote, in every script', () => {
    const { termIds } = suggestLinks(matcher, '慶盛樞紐 and the GBA', '南沙方案');
    expect(termIds).toEqual(expect.arrayContaining(['qingsheng-hub', 'gba', 'nansha-plan']));
  });

  it('suggests the sentence a quote comes from', () => {
    // A piece of p3.s2 as written in the resolution (src/corpus/resolution.zh-CN.txt).
    const quote = '尊重城市发展规律,敬畏历史、敬畏文化';
    expect(suggestLinks(matcher, '', quote).passageIds).toEqual(['p3.s2']);
    expect(suggestLinks(matcher, 'nothing here').passageIds).toEqual([]);
  });
});

describe('snippets of long notes', () => {
  it('shows a window around the first match with the ranges shifted', () => {
    const text = `${'x'.repeat(500)}南沙方案${'y'.repeat(500)}`;
    const s = snippet(text, [{ start: 500, end: 504 }]);
    const r = s.ranges[0];
    expect(r && s.text.slice(r.start, r.end)).toBe('南沙方案');
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThan(150);
  });
});
