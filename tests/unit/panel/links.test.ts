import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { resolution } from '../../../src/corpus/resolution.ts';
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
    const sentence = resolution.paragraphs[2]?.sentences[1];
    const quote = sentence?.text.slice(5, 30) ?? '';
    expect(suggestLinks(matcher, '', quote).passageIds).toEqual([sentence?.id]);
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
