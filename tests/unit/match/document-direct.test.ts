import { describe, expect, it } from 'vitest';
import type { UserDocument, UserTerm } from '../../../src/documents/types.ts';
import { decodeDocumentTerms, documentVariant } from '../../../src/match/document-code.ts';
import { compileDocumentLens, userTermToTerm } from '../../../src/match/document-lens.ts';
import { foldedForms, sharedWith } from '../../../src/match/shared-terms.ts';

// A reader's terms as the matcher takes them, on small hand-made inputs: which forms become
// variants (and in which script), which terms and documents pages get, what decodes.
const A = 'doc-aaaaaaaa';
const B = 'doc-bbbbbbbb';
const doc = (id: string, over: Partial<UserDocument> = {}): UserDocument => ({
  id,
  title: `Title of ${id}`,
  text: '',
  source: { kind: 'paste' },
  added: 1,
  updated: 1,
  enabled: true,
  colour: 0,
  ...over,
});
const userTerm = (id: string, name: string, forms: UserTerm['forms']): UserTerm => ({
  id,
  docId: id.slice(0, 12),
  name,
  forms,
  passageIds: [],
});

describe('a one-word English name is matched as written', () => {
  it('a capital, then letters, digits, apostrophes or hyphens, in an English form only', () => {
    const cs = (form: string) => documentVariant(form, 'en').caseSensitive === true;
    expect(cs('Riverside')).toBe(true);
    expect(cs('O’Brien')).toBe(true);
    expect(cs('Zone3')).toBe(true);
    expect(cs('Jean-Luc')).toBe(true);
    expect(cs('R')).toBe(true);
    expect(cs('riverside')).toBe(false);
    expect(cs('iPhone')).toBe(false);
    expect(cs('Riverside Corridor')).toBe(false);
    expect(cs('Riverside.')).toBe(false);
    expect(documentVariant('Riverside', 'zh-Hans')).toEqual({
      form: 'Riverside',
      script: 'zh-Hans',
    });
  });
});

describe('a reader’s term as a glossary term', () => {
  it('adds its name, trimmed, in the script of its characters, when the forms leave it out', () => {
    expect(
      userTermToTerm(userTerm(`${A}.t1`, ' 低空经济 ', [{ form: '低空經濟', script: 'zh-Hant' }])),
    ).toMatchObject({
      canonical: '低空经济',
      variants: [
        { form: '低空经济', script: 'zh-Hans' },
        { form: '低空經濟', script: 'zh-Hant' },
      ],
    });
    expect(
      userTermToTerm(userTerm(`${A}.t2`, 'data zone', [{ form: '数据区', script: 'zh-Hans' }]))
        .variants,
    ).toEqual([
      { form: 'data zone', script: 'en' },
      { form: '数据区', script: 'zh-Hans' },
    ]);
  });

  it('does not add its name when a form is the name, spaces aside: the form’s script stands', () => {
    const hant = [{ form: '前海', script: 'zh-Hant' as const }];
    expect(userTermToTerm(userTerm(`${A}.t1`, ' 前海 ', hant)).variants).toEqual(hant);
    expect(
      userTermToTerm(userTerm(`${A}.t1`, '前海', [{ form: ' 前海 ', script: 'zh-Hant' }])).variants,
    ).toEqual(hant);
  });
});

describe('the documents for pages', () => {
  it('leave out a term with no form, and one filed under another document', () => {
    const empty = userTerm(`${A}.t1`, ' ', []);
    const stray = {
      ...userTerm(`${A}.t2`, '前海', [{ form: '前海', script: 'zh-Hans' }]),
      docId: B,
    };
    const { lens, terms } = compileDocumentLens([doc(A), doc(B)], [empty, stray], true);
    expect(lens.docs).toEqual([]);
    expect(lens.precheck).toBeNull();
    expect(terms).toBe('[]');
  });
});

describe('decoding the terms', () => {
  it('leaves out a row without an id or a name', () => {
    expect(
      decodeDocumentTerms(JSON.stringify([[], [`${A}.t1`], [`${A}.t2`, '前海', 's前海']])),
    ).toEqual([
      {
        id: `${A}.t2`,
        canonical: '前海',
        category: 'plans',
        variants: [{ form: '前海', script: 'zh-Hans' }],
        exclusions: [],
        passageIds: [],
      },
    ]);
  });
});

describe('shared terms', () => {
  it('a form that folds to nothing is no form, and shares nothing', () => {
    expect([...foldedForms({ canonical: '', variants: [{ form: '前海' }] })]).toEqual(['前海']);
    const a = { id: 'a', canonical: '\u200b', variants: [{ form: '南沙' }] };
    const b = { id: 'b', canonical: '', variants: [{ form: '前海' }] };
    expect(sharedWith(a, [b])).toEqual([]);
  });
});
