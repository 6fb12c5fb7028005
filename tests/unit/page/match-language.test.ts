import { describe, expect, it } from 'vitest';
import { termById } from '../../../src/corpus/glossary.ts';
import { matchLanguage } from '../../../src/page/match-language.ts';

const term = (id: string) => {
  const t = termById(id);
  if (!t) throw new Error(id);
  return t;
};

describe('the language a match on a page calls for', () => {
  it('English forms call for English', () => {
    expect(matchLanguage(term('nansha-plan'), 'Nansha Plan', 'The Nansha Plan …', 'en')).toEqual({
      language: 'en',
      region: 'tw',
    });
  });

  it('a Traditional form, or Traditional text around a shared form, calls for Traditional', () => {
    expect(matchLanguage(term('gba'), '粵港澳大灣區', '粵港澳大灣區', '').language).toBe('zh-Hant');
    // 南沙方案 is written alike: the sentence around it decides.
    expect(matchLanguage(term('nansha-plan'), '南沙方案', '落實南沙方案，廣州', '').language).toBe(
      'zh-Hant',
    );
    expect(matchLanguage(term('nansha-plan'), '南沙方案', '落实南沙方案，广州', '').language).toBe(
      'original',
    );
    // …or the page's language, and its region the conventions.
    expect(matchLanguage(term('nansha-plan'), '南沙方案', '南沙方案', 'zh-HK')).toEqual({
      language: 'zh-Hant',
      region: 'hk',
    });
    expect(matchLanguage(term('nansha-plan'), '南沙方案', '南沙方案', 'zh-CN').language).toBe(
      'original',
    );
  });
});
