/**
 * The generated glossary's coding (src/corpus/glossary-code.ts): what the generator computes is
 * what lens.js and the panel read back, flag for flag.
 */
import { describe, expect, it } from 'vitest';
import { generateGlossary } from '../../../scripts/gen-glossary.ts';
import { glossary, type Variant } from '../../../src/corpus/glossary.ts';
import {
  decodeTerm,
  decodeVariant,
  encodeTerm,
  encodeVariant,
} from '../../../src/corpus/glossary-code.ts';

describe('glossary data coding', () => {
  it('reads back every term the generator computes, skeleton forms included', () => {
    const { terms } = generateGlossary();
    expect(terms.map((t) => decodeTerm(encodeTerm(t)))).toEqual(terms);
    expect(glossary).toEqual(terms);
  });

  it('keeps each flag and the form as written, bars and letters after the flags included', () => {
    const forms: Variant[] = [
      { form: 'CPC', script: 'en', caseSensitive: true },
      { form: 'two safeguards', script: 'en', quoted: true },
      { form: 'GBA', script: 'en', caseSensitive: true, ambiguous: true },
      { form: '南沙区域', script: 'zh-Hans', cut: 3 },
      { form: '南沙区位于', script: 'zh-Hans', cut: 12, keep: true },
      { form: '規畫', script: 'zh-Hant' },
      { form: 'Kowloon', script: 'en' },
    ];
    for (const v of forms) expect(decodeVariant(encodeVariant(v))).toEqual(v);
    expect(() => encodeVariant({ form: 'a|b', script: 'en' })).toThrow(/bar/);
  });
});
