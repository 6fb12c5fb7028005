import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const dir = join(import.meta.dirname, '../../public/_locales');
const locales = Object.fromEntries(
  readdirSync(dir).map((l) => [l, JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8'))]),
) as Record<string, Messages>;

describe('UI strings', () => {
  it('come in English, Simplified and Traditional Chinese', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'zh_CN', 'zh_TW']);
  });

  it('have the same keys and placeholders in every language, none empty', () => {
    const en = locales.en as Messages;
    // Plural forms a language does not use may be missing: Chinese has only `_other`.
    const required = (lang: string) =>
      Object.keys(en).filter((k) => lang === 'en' || !k.endsWith('_one'));
    for (const [lang, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), lang).toEqual(required(lang).sort());
      for (const [key, m] of Object.entries(messages)) {
        expect(m.message.trim(), `${lang} ${key}`).not.toBe('');
        const wanted = Object.keys(en[key]?.placeholders ?? {}).sort();
        expect(Object.keys(m.placeholders ?? {}).sort(), `${lang} ${key}`).toEqual(wanted);
        for (const name of wanted) {
          expect(m.message.toLowerCase(), `${lang} ${key}`).toContain(`$${name}$`);
        }
      }
    }
  });

  it('pair `_one` with `_other` in English, never also without the suffix', () => {
    const en = locales.en as Messages;
    const bases = (suffix: string) =>
      Object.keys(en)
        .filter((k) => k.endsWith(suffix))
        .map((k) => k.slice(0, -suffix.length))
        .sort();
    expect(bases('_one')).toEqual(bases('_other'));
    expect(bases('_other').length).toBeGreaterThan(5);
    // A plural message never also exists without its suffix.
    for (const base of bases('_other')) expect(en[base], base).toBeUndefined();
  });

  it('in zh_TW have none of the Simplified-only characters common in this UI', () => {
    // Characters that exist only in Simplified script and are common in this UI.
    const simplifiedOnly = /[这个们时国关开发导动区页记览编删复档键设选简单书为数条闭录态]/;
    const tw = locales.zh_TW as Messages;
    const offending = Object.entries(tw)
      .filter(([key]) => !key.startsWith('ext') || key === 'extDescription')
      .filter(([, m]) => simplifiedOnly.test(m.message))
      .map(([key, m]) => `${key}: ${m.message}`);
    expect(offending).toEqual([]);
  });
});
