import { describe, expect, it } from 'vitest';
import { sameStem, stemOf, wordsWithStem } from '../../../src/search/stem.ts';

describe('English stems', () => {
  it('plural, derived and inflected words share their stem', () => {
    expect(stemOf('talents')).toBe('talent');
    expect(stemOf('talented')).toBe('talent');
    expect(stemOf('transportation')).toBe('transport');
    expect(stemOf('corruption')).toBe(stemOf('corrupt'));
    expect(stemOf('policies')).toBe(stemOf('policy'));
    // Four letters is long enough.
    expect(stemOf('cats')).toBe('cat');
  });

  it('words under four letters and anything not plain a–z are their own stem', () => {
    // Porter alone would cut these to "ga", "bu", "wa".
    expect(stemOf('gas')).toBe('gas');
    expect(stemOf('bus')).toBe('bus');
    expect(stemOf('was')).toBe('was');
    // Porter alone would give "café", "x-rai".
    expect(stemOf('cafés')).toBe('cafés');
    expect(stemOf('x-rays')).toBe('x-rays');
    expect(stemOf('南沙方案')).toBe('南沙方案');
  });

  it('the words of a vocabulary with a stem, in vocabulary order', () => {
    const vocab = ['plan', 'gas', 'planning', 'policy', 'plans', 'policies', '南沙', 'covid-19'];
    expect(wordsWithStem(vocab, 'plan')).toEqual(['plan', 'planning', 'plans']);
    expect(wordsWithStem(vocab, stemOf('policy'))).toEqual(['policy', 'policies']);
    expect(wordsWithStem(vocab, 'gas')).toEqual(['gas']);
    // Words that are not English have no stem to share.
    expect(wordsWithStem(vocab, '南沙')).toEqual([]);
    expect(wordsWithStem(vocab, 'covid-19')).toEqual([]);
    expect(wordsWithStem(vocab, 'talent')).toEqual([]);
  });

  it('two words share a stem only when both have four letters or more', () => {
    expect(sameStem('corrupt', 'corruption')).toBe(true);
    expect(sameStem('cats', 'catting')).toBe(true);
    expect(sameStem('catting', 'cats')).toBe(true);
    // "cat" is its own stem, as is "cats"'s, but three letters are too few to count.
    expect(sameStem('cat', 'cats')).toBe(false);
    expect(sameStem('cats', 'cat')).toBe(false);
    expect(sameStem('plan', 'policy')).toBe(false);
  });
});
