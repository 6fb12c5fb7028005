import { describe, expect, it } from 'vitest';
import { validateTerm } from '../../../src/documents/validate.ts';

describe('validateTerm', () => {
  const existing = ['临江科学城', 'Greater Bay Area'];

  it('accepts a new term, trimmed', () => {
    expect(validateTerm('  明湖实验室 ', existing)).toEqual({ ok: true, term: '明湖实验室' });
    expect(validateTerm('Minghu   Laboratory', existing)).toEqual({
      ok: true,
      term: 'Minghu Laboratory',
    });
  });

  it('refuses empty, one character, over 40 characters', () => {
    expect(validateTerm('  ', existing)).toEqual({ ok: false, error: 'empty' });
    expect(validateTerm('谷', existing)).toEqual({ ok: false, error: 'one-character' });
    expect(validateTerm('𠀋', existing)).toEqual({ ok: false, error: 'one-character' });
    expect(validateTerm('规'.repeat(40), existing).ok).toBe(true);
    expect(validateTerm('规'.repeat(41), existing)).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses generic words and phrases made only of them', () => {
    for (const s of [
      '发展',
      '加快建设',
      '推进高质量发展',
      '加快经济社会发展',
      '發展',
      'Development',
      'the economy',
    ]) {
      expect(validateTerm(s, existing)).toEqual({ ok: false, error: 'generic' });
    }
  });

  it('refuses a term already there, in any script or case', () => {
    for (const s of ['临江科学城', '臨江科學城', 'greater bay area', ' Greater  Bay Area']) {
      expect(validateTerm(s, existing)).toEqual({ ok: false, error: 'duplicate' });
    }
  });
});
