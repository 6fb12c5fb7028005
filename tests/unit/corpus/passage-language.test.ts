import { describe, expect, it } from 'vitest';
import {
  chosenLanguage,
  languageOfScript,
  languageOfUi,
  passageLanguages,
  regionOf,
  withChoice,
} from '../../../src/corpus/languages.ts';
import {
  originalText,
  passageIn,
  traditionalSameOffsets,
} from '../../../src/corpus/passage-language.ts';
import { passages } from '../../../src/corpus/translations.ts';

describe('a passage in the language the reader sees', () => {
  it('every passage has a non-empty text in each language, tagged with it', () => {
    for (const { id, text } of passages) {
      for (const language of passageLanguages) {
        for (const region of ['hk', 'tw'] as const) {
          const shown = passageIn(id, language, region);
          expect(shown?.text.trim(), `${id} ${language}`).toBeTruthy();
          expect(shown?.language).toBe(language);
          expect(shown?.translated).toBe(language !== 'original');
          if (language === 'original') expect(shown?.text).toBe(text);
          if (language === 'en') expect(shown?.text).not.toBe(text);
        }
      }
      expect(passageIn(id, 'zh-Hant', 'hk')?.lang).toBe('zh-HK');
      expect(passageIn(id, 'zh-Hant', 'tw')?.lang).toBe('zh-TW');
    }
  });

  it('Traditional keeps the original’s offsets, so search marks carry over', () => {
    for (const { id, text } of passages) {
      for (const region of ['hk', 'tw'] as const) {
        const hant = traditionalSameOffsets(id, region);
        expect(hant, `${id} ${region}`).toBeDefined();
        expect(hant?.text).toHaveLength(text.length);
      }
    }
  });

  it('an unknown id has no passage (nothing to show, rather than an empty one)', () => {
    expect(passageIn('p99.s1', 'en')).toBeUndefined();
    expect(originalText('nope')).toBeUndefined();
  });
});

describe('which language is called for, and the reader’s choice', () => {
  it('the matched form’s script, or the UI language', () => {
    expect(languageOfScript('en')).toBe('en');
    expect(languageOfScript('zh-Hant')).toBe('zh-Hant');
    expect(languageOfScript('zh-Hans')).toBe('original');
    expect(languageOfUi('en')).toBe('en');
    expect(languageOfUi('en-GB')).toBe('en');
    expect(languageOfUi('zh-CN')).toBe('original');
    expect(languageOfUi('zh_TW')).toBe('zh-Hant');
    expect(languageOfUi('zh-HK')).toBe('zh-Hant');
    expect(regionOf('zh-HK')).toBe('hk');
    expect(regionOf('zh-MO')).toBe('hk');
    expect(regionOf('zh-TW')).toBe('tw');
  });

  it('a choice is remembered for its auto language only; choosing the auto one forgets it', () => {
    let choices = withChoice(undefined, 'en', 'original');
    expect(chosenLanguage('en', choices)).toBe('original');
    expect(chosenLanguage('zh-Hant', choices)).toBe('zh-Hant');
    choices = withChoice(choices, 'zh-Hant', 'en');
    expect(choices).toEqual({ en: 'original', 'zh-Hant': 'en' });
    choices = withChoice(choices, 'en', 'en');
    expect(choices).toEqual({ 'zh-Hant': 'en' });
  });
});
