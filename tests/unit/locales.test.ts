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
    for (const [lang, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
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

  it('are written in Traditional characters in zh_TW (no Simplified-only forms left)', () => {
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
