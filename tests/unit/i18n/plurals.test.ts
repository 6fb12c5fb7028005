import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { type PluralKey, tn } from '../../../src/i18n/t.ts';

// tests/unit/setup.ts answers browser.i18n from the English messages.
const pluralKeys = Object.keys(en)
  .filter((k) => k.endsWith('_other'))
  .map((k) => k.slice(0, -'_other'.length) as PluralKey);

describe('English strings with counts', () => {
  it('read correctly for one and for many', () => {
    expect(tn('resultCount', 1)).toBe('1 result');
    expect(tn('resultCount', 12)).toBe('12 results');
    expect(tn('resultCount', 0)).toBe('0 results');
    expect(tn('occursInResolution', 1)).toBe('once in the resolution');
    expect(tn('occursInResolution', 7)).toBe('7 times in the resolution');
    expect(tn('exported', 1)).toBe('Exported 1 note.');
    expect(tn('exported', 3)).toBe('Exported 3 notes.');
    expect(tn('importConflicts', 1)).toBe('1 note differs from yours (same id):');
    expect(tn('importConflicts', 2)).toBe('2 notes differ from yours (same id):');
    expect(tn('coverageSummary', 9, [4])).toBe('The page touches 4 of 9 paragraphs.');
    expect(tn('exportMarkdownMeta', 1, ['2026-12-01'])).toBe('Exported 2026-12-01 · 1 note');
    expect(tn('deleteAllConfirm', 1)).toMatch(/^Delete your one note\?/);
    expect(tn('deleteAllConfirm', 3)).toMatch(/^Delete all 3 notes\?/);
  });

  it('never say "1 notes", "1 results" or "1 times" in any plural message', () => {
    for (const key of pluralKeys) {
      const one = tn(key, 1, ['4']);
      expect(one, key).not.toMatch(/\b1 (notes|results|times|paragraphs)\b/);
      expect(tn(key, 5, ['4']), key).not.toBe(one);
    }
  });
});
