import type { Term, Variant } from '../../src/corpus/glossary.ts';

// Terms of a small glossary written for a test: a form with a Latin letter is English, any
// other Simplified Chinese; a plan, named by its first form, with no exclusions or passages.
export const variant = (form: string, extra: Partial<Variant> = {}): Variant => ({
  form,
  script: /[a-z]/i.test(form) ? 'en' : 'zh-Hans',
  ...extra,
});

export const term = (id: string, forms: string[], more: Partial<Term> = {}): Term => ({
  id,
  canonical: forms[0] ?? id,
  category: 'plans',
  variants: forms.map((f) => variant(f)),
  exclusions: [],
  passageIds: [],
  ...more,
});
