import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserDocument, UserTerm } from '../../../src/documents/types.ts';
import * as code from '../../../src/match/document-code.ts';
import * as lens from '../../../src/match/document-lens.ts';
import { createWindowPrecheck } from '../../../src/match/precheck.ts';
import * as shared from '../../../src/match/shared-terms.ts';

// The modules are imported again for each test, so that their constants (the Han test, the
// scripts, the script letters) are built while the test runs: mutation testing (docs/testing.md)
// changes them only then.
let { decodeDocumentTerms, documentVariant, encodeDocumentTerms } = code;
let { compileDocumentLens, userTermToTerm, documentColour } = lens;
let { foldedForms, sharedWith } = shared;
beforeEach(async () => {
  vi.resetModules();
  ({ decodeDocumentTerms, documentVariant, encodeDocumentTerms } = await import(
    '../../../src/match/document-code.ts'
  ));
  ({ compileDocumentLens, userTermToTerm, documentColour } = await import(
    '../../../src/match/document-lens.ts'
  ));
  ({ foldedForms, sharedWith } = await import('../../../src/match/shared-terms.ts'));
});

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

  it('does not add its name when one of several forms is the name', () => {
    expect(
      userTermToTerm(
        userTerm(`${A}.t1`, '前海', [
          { form: '前海', script: 'zh-Hant' },
          { form: 'Qianhai', script: 'en' },
        ]),
      ).variants,
    ).toEqual([
      { form: '前海', script: 'zh-Hant' },
      { form: 'Qianhai', script: 'en', caseSensitive: true },
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

describe('the script of a name the forms leave out', () => {
  it('is Simplified Chinese with a character of the Han blocks, English otherwise', () => {
    const scriptOf = (name: string) =>
      userTermToTerm(userTerm(`${A}.t1`, name, [{ form: 'x', script: 'en' }])).variants[0]?.script;
    // The first and last of the unified block, extension A and the compatibility block.
    for (const name of ['a\u4e00', '\u9fff', '\u3400', '\u4dbf', '\uf900', '\ufaff', 'GBA 南沙']) {
      expect(scriptOf(name), name).toBe('zh-Hans');
    }
    for (const name of ['GBA', 'Zone 3', '\u33ff', '\ufb00', 'ＧＢＡ']) {
      expect(scriptOf(name), name).toBe('en');
    }
  });

  it('a form in a script the matcher does not know is taken as English', () => {
    const t = userTermToTerm(
      userTerm(`${A}.t1`, 'x', [
        { form: 'x', script: 'ja' as 'en' },
        { form: '前海', script: 'zh-Hant' },
      ]),
    );
    expect(t.variants).toEqual([
      { form: 'x', script: 'en' },
      { form: '前海', script: 'zh-Hant' },
    ]);
  });
});

describe('the documents for pages', () => {
  it('give an English page nothing to pass when no form is English', () => {
    const t = userTerm(`${A}.t1`, '前海', [{ form: '前海', script: 'zh-Hans' }]);
    const { precheck } = compileDocumentLens([doc(A)], [t], false).lens;
    if (!precheck) throw new Error('no precheck');
    expect(createWindowPrecheck(precheck)('We report on the trade of the region.')).toBe(false);
    expect(createWindowPrecheck(precheck)('前海')).toBe(true);
  });

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

describe('coding the terms', () => {
  it('writes each form after its script’s letter, and reads it back', () => {
    const t = {
      id: `${A}.t1`,
      canonical: 'n',
      category: 'plans' as const,
      variants: [
        { form: '前海', script: 'zh-Hans' as const },
        { form: '前海', script: 'zh-Hant' as const },
        { form: 'data zone', script: 'en' as const },
        { form: 'Riverside', script: 'en' as const, caseSensitive: true },
      ],
      exclusions: [],
      passageIds: [],
    };
    const coded = encodeDocumentTerms([t]);
    expect(coded).toBe(`[["${A}.t1","n","s前海","t前海","edata zone","eRiverside"]]`);
    expect(decodeDocumentTerms(coded)).toEqual([t]);
  });
});

describe('a document’s colour', () => {
  it('is taken in turn from the five, any whole number, 0 otherwise', () => {
    expect(documentColour(0)).toBe('#c2185b');
    expect(documentColour(1)).toBe('#6a1b9a');
    expect(documentColour(4)).toBe('#2e7d32');
    expect(documentColour(5)).toBe('#c2185b');
    expect(documentColour(7)).toBe('#00838f');
    expect(documentColour(-1)).toBe('#2e7d32');
    expect(documentColour(-6)).toBe('#2e7d32');
    expect(documentColour(1.5)).toBe('#c2185b');
    expect(documentColour(Number.NaN)).toBe('#c2185b');
  });
});
