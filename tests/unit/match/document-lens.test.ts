import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UserDocument, UserTerm } from '../../../src/documents/types.ts';
import {
  compileDocumentLens,
  decodeDocumentTerms,
  encodeDocumentTerms,
  userTermToTerm,
} from '../../../src/match/document-lens.ts';
import { PRECHECK } from '../../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { createPrecheck, createWindowPrecheck, prepare } from '../../../src/match/precheck.ts';

// The reader's documents compiled for pages: the terms the matcher gets, and their precheck.
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
const userTerm = (docId: string, n: number, name: string, more: string[] = []): UserTerm => ({
  id: `${docId}.t${n}`,
  docId,
  name,
  forms: [name, ...more].map((form) => ({
    form,
    script: /[A-Za-z]/.test(form) ? 'en' : /[灣區發]/.test(form) ? 'zh-Hant' : 'zh-Hans',
  })),
  passageIds: [`${docId}.p1.s1`],
});

const A = 'doc-aaaaaaaa';
const B = 'doc-bbbbbbbb';

describe('a reader’s term as a glossary term', () => {
  it('matches a one-word English name as written: Riverside, not the riverside path', () => {
    const terms = [
      userTermToTerm(userTerm(A, 1, 'Riverside', [])),
      userTermToTerm(userTerm(A, 2, 'Riverside Innovation Corridor', [])),
    ];
    for (const ts of [terms, decodeDocumentTerms(encodeDocumentTerms(terms))]) {
      const text = 'Riverside opened the Riverside Innovation Corridor by the riverside path.';
      expect(
        createMatcher(ts)
          .find(text)
          .map((m) => text.slice(m.start, m.end)),
      ).toEqual(['Riverside', 'Riverside Innovation Corridor']);
    }
  });

  it('keeps its id, name and passages; its forms are the variants, with no exclusion', () => {
    const term = userTermToTerm(
      userTerm(A, 3, '数据跨境流动', ['數據跨境流動', 'cross-border data']),
    );
    expect(term).toMatchObject({
      id: `${A}.t3`,
      canonical: '数据跨境流动',
      exclusions: [],
      passageIds: [`${A}.p1.s1`],
    });
    expect(term.variants).toEqual([
      { form: '数据跨境流动', script: 'zh-Hans' },
      { form: '數據跨境流動', script: 'zh-Hans' },
      { form: 'cross-border data', script: 'en' },
    ]);
  });

  it('matches its name where the forms leave it out, and each form once', () => {
    const term = userTermToTerm({
      ...userTerm(A, 1, 'Data Exchange'),
      forms: [
        { form: ' data exchange hub ', script: 'en' },
        { form: 'data exchange hub', script: 'en' },
        { form: '', script: 'en' },
      ],
    });
    expect(term.variants.map((v) => v.form)).toEqual(['Data Exchange', 'data exchange hub']);
  });
});

describe('the documents for pages', () => {
  const terms = [
    userTerm(A, 1, '数据跨境流动'),
    userTerm(A, 2, '低空经济'),
    userTerm(B, 1, 'Data Exchange Zone'),
  ];

  it('take the enabled documents with terms, each in its colour, and their terms only', () => {
    const { lens, terms: coded } = compileDocumentLens(
      [doc(A, { colour: 1 }), doc(B, { enabled: false }), doc('doc-cccccccc', { colour: 2 })],
      terms,
      true,
    );
    expect(lens.docs).toEqual([{ id: A, title: `Title of ${A}`, colour: '#6a1b9a' }]);
    expect(decodeDocumentTerms(coded).map((t) => t.id)).toEqual([`${A}.t1`, `${A}.t2`]);
    expect(lens.resolution).toBe(true);
  });

  it('have no precheck without a term, and one that an English page does not pass without English forms', () => {
    expect(
      compileDocumentLens([doc(B, { enabled: false })], terms, false).lens.precheck,
    ).toBeNull();
    const chinese = compileDocumentLens([doc(A)], terms, true).lens.precheck;
    if (!chinese) throw new Error('no precheck');
    const passes = createWindowPrecheck(chinese);
    expect(passes('We report on the economy, data and trade of the region.')).toBe(false);
    expect(passes('大力发展低空经济。')).toBe(true);
    expect(passes('大力發展低空經濟。')).toBe(true);
    const english = compileDocumentLens([doc(B)], terms, true).lens.precheck;
    if (!english) throw new Error('no precheck');
    expect(createWindowPrecheck(english)('这是一篇没有术语的中文报道。')).toBe(false);
  });

  it('have a precheck that skips whitespace inside a Chinese term, as the matcher does, and nothing else', () => {
    const { lens } = compileDocumentLens([doc(A)], [userTerm(A, 1, '低空经济')], true);
    if (!lens.precheck) throw new Error('no precheck');
    const passes = createWindowPrecheck(lens.precheck);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\s/.test(ch))
        expect(passes(`发展低空${ch}${ch}经济。`), `U+${c.toString(16)}`).toBe(true);
    }
    for (const ch of [',', 'a', '的', '·', '。', '0'])
      expect(passes(`发展低空${ch}经济。`)).toBe(false);
    expect(passes('低空經濟')).toBe(true);
    // A form with a separator (a hyphen) inside: found however the page separates it.
    const hyphened = compileDocumentLens([doc(A)], [userTerm(A, 1, '一廊-两谷')], true).lens;
    if (!hyphened.precheck) throw new Error('no precheck');
    const matcher = createMatcher(
      decodeDocumentTerms(compileDocumentLens([doc(A)], [userTerm(A, 1, '一廊-两谷')], true).terms),
    );
    for (const text of [
      '建设一廊—两谷。',
      '建设一廊 两谷。',
      '建设一廊-两谷。',
      '建设一廊 - 两谷。',
    ]) {
      if (matcher.find(text).length > 0)
        expect(createWindowPrecheck(hyphened.precheck)(text), text).toBe(true);
    }
    expect(matcher.find('建设一廊-两谷。').length).toBe(1);
    expect(passes('低空经')).toBe(false);
  });

  it('have a precheck that gives the same answer on a text folded once for both prechecks', () => {
    const { lens } = compileDocumentLens(
      [doc(A)],
      [userTerm(A, 1, '低空经济'), userTerm(A, 2, 'Data Corridor')],
      true,
    );
    if (!lens.precheck) throw new Error('no precheck');
    const ours = createWindowPrecheck(lens.precheck);
    const builtIn = createPrecheck(PRECHECK);
    for (const text of [
      'ＤＡＴＡ CORRIDOR',
      'data\u00adcorridor',
      '低空\u200b經濟',
      '南沙方案',
      'GBA',
      'nothing',
    ]) {
      expect(ours(prepare(text), true)).toBe(ours(text));
      expect(builtIn(prepare(text), true)).toBe(builtIn(text));
    }
    expect(ours('ＤＡＴＡ CORRIDOR')).toBe(true);
    expect(builtIn('南沙方案')).toBe(true);
  });

  it('give the same value for the same documents, and another when anything changes', () => {
    const docs = [doc(A), doc(B)];
    const one = compileDocumentLens(docs, terms, true);
    expect(compileDocumentLens(docs, terms, true)).toEqual(one);
    expect(compileDocumentLens(docs, terms, false).lens.hash).not.toBe(one.lens.hash);
    expect(compileDocumentLens([doc(A), doc(B, { colour: 3 })], terms, true).lens.hash).not.toBe(
      one.lens.hash,
    );
    expect(compileDocumentLens(docs, terms.slice(1), true).lens.hash).not.toBe(one.lens.hash);
    // Another form of a term: the same documents and precheck windows may follow, not the terms.
    const renamed = [{ ...(terms[0] as UserTerm), name: '数据跨境流动规则' }, ...terms.slice(1)];
    expect(compileDocumentLens(docs, renamed, true).lens.hash).not.toBe(one.lens.hash);
  });

  it('code the terms so that they decode to what the matcher was given', () => {
    const converted = terms.map(userTermToTerm);
    expect(decodeDocumentTerms(encodeDocumentTerms(converted))).toEqual(
      converted.map((t) => ({ ...t, passageIds: [] })),
    );
  });

  it('decode nothing from a damaged value, and only rows of a document’s term', () => {
    expect(decodeDocumentTerms('not json')).toEqual([]);
    expect(decodeDocumentTerms('{"a":1}')).toEqual([]);
    expect(
      decodeDocumentTerms(
        JSON.stringify([
          ['gba', 'GBA', 'eGBA'],
          [`${A}.t1`, 'x', 7],
          [`${A}.t2`, 'only a name'],
          [`${A}.t3`, '低空经济', 's低空经济', 'q??', 's'],
          null,
        ]),
      ),
    ).toEqual([
      {
        id: `${A}.t3`,
        canonical: '低空经济',
        category: 'plans',
        variants: [{ form: '低空经济', script: 'zh-Hans' }],
        exclusions: [],
        passageIds: [],
      },
    ]);
  });
});

// Whatever forms a reader keeps, the precheck passes wherever the matcher finds one of them.
describe('the documents’ precheck is a superset of their matcher', () => {
  const han = fc.constantFrom(...'南沙数据跨境流动低空经济湾區灣区发發展条例規规則则的了是在和');
  const latin = fc.constantFrom(...'abcdezGBA');
  const chineseForm = fc.array(han, { minLength: 2, maxLength: 9 }).map((a) => a.join(''));
  const word = fc.array(latin, { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
  const englishForm = fc.array(word, { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));
  const form = fc.oneof(chineseForm, englishForm);
  /** Simplified ↔ Traditional among the characters above, as the matcher folds them. */
  const SWAP: Record<string, string> = {
    区: '區',
    區: '区',
    发: '發',
    發: '发',
    规: '規',
    規: '规',
    则: '則',
    則: '则',
    湾: '灣',
    灣: '湾',
    据: '據',
    动: '動',
    济: '濟',
    经: '經',
    条: '條',
    例: '例',
  };
  const around = fc.array(fc.oneof(han, latin, fc.constantFrom(' ', '，', '\n', '-', '“', '。')), {
    maxLength: 12,
  });

  it('every form passes, in any text around it', () => {
    fc.assert(
      fc.property(
        fc.array(form, { minLength: 1, maxLength: 6 }),
        around,
        around,
        fc.integer({ min: 2, max: 5 }),
        (forms, before, after, gap) => {
          const user: UserTerm[] = forms.map((f, i) => userTerm(A, i + 1, f));
          const { lens, terms } = compileDocumentLens([doc(A)], user, true);
          if (!lens.precheck) return false;
          const passes = createWindowPrecheck(lens.precheck);
          const matcher = createMatcher(decodeDocumentTerms(terms));
          for (const f of forms) {
            const text = `${before.join('')}${f}${after.join('')}`;
            if (matcher.find(text).length > 0 && !passes(text)) return false;
            if (!passes(f)) return false;
            // Written in the other script, and wrapped across lines between its characters.
            const other = [...f].map((c) => SWAP[c] ?? c);
            const wrapped = `${before.join('')}${other.map((c, i) => (i % gap === 1 ? `\n ${c}` : c)).join('')}${after.join('')}`;
            if (matcher.find(wrapped).length > 0 && !passes(wrapped)) return false;
          }
          return true;
        },
      ),
      // Fewer under mutation testing (vitest.mutation.config.ts): every surviving matcher or
      // precheck mutant runs this to the end.
      { numRuns: process.env.MUTATION_TESTING ? 60 : 300 },
    );
  });
});
