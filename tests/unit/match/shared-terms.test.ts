import { describe, expect, it } from 'vitest';
import { termById } from '../../../src/corpus/glossary.ts';
import type { UserTerm } from '../../../src/documents/types.ts';
import { userTermToTerm } from '../../../src/match/document-lens.ts';
import { sharedWith } from '../../../src/match/shared-terms.ts';

// A term kept by two documents, or by a document and the resolution: found by its folded forms.
const userTerm = (id: string, name: string, more: string[] = []): UserTerm => ({
  id,
  docId: id.slice(0, 12),
  name,
  forms: [name, ...more].map((form) => ({
    form,
    script: /[A-Za-z]/.test(form) ? 'en' : /[經濟區]/.test(form) ? 'zh-Hant' : 'zh-Hans',
  })),
  passageIds: [],
});

describe('terms shared between documents', () => {
  const a = userTermToTerm(userTerm('doc-aaaaaaaa.t1', '低空经济示范区', ['低空經濟示範區']));
  const b = userTermToTerm(userTerm('doc-bbbbbbbb.t4', '低空經濟示範區'));
  const c = userTermToTerm(userTerm('doc-cccccccc.t2', '低空经济'));
  const d = userTermToTerm(userTerm('doc-dddddddd.t1', 'Low-Altitude  Zone'));
  const e = userTermToTerm(userTerm('doc-eeeeeeee.t9', 'low altitude zone'));

  it('finds the same term written in the other script, and leaves a longer or shorter one', () => {
    expect(sharedWith(a, [a, b, c, d]).map((t) => t.id)).toEqual(['doc-bbbbbbbb.t4']);
    expect(sharedWith(c, [a, b]).map((t) => t.id)).toEqual([]);
  });

  it('folds case, width, hyphens and spaces as the matcher does', () => {
    expect(sharedWith(d, [a, e]).map((t) => t.id)).toEqual(['doc-eeeeeeee.t9']);
  });

  it('finds the resolution’s term that a document keeps, by any of its forms', () => {
    const plan = termById('nansha-plan');
    if (!plan) throw new Error('nansha-plan is not in the glossary');
    const kept = userTermToTerm(userTerm('doc-aaaaaaaa.t2', '南沙方案'));
    expect(sharedWith(kept, [plan, a]).map((t) => t.id)).toEqual(['nansha-plan']);
    expect(sharedWith(plan, [a, kept]).map((t) => t.id)).toEqual(['doc-aaaaaaaa.t2']);
  });
});
