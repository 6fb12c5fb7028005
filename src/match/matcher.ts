import type { Term } from '../corpus/glossary';

export interface Match {
  termId: string;
  /** The variant form that matched. */
  variant: string;
  /** Offsets into the text (for chunks: into their concatenation). */
  start: number;
  end: number;
}

export interface Matcher {
  find(text: string | readonly string[]): Match[];
}

/** Minimal matcher for the skeleton: exact forms, leftmost-longest, no overlaps. */
export function createMatcher(terms: readonly Term[]): Matcher {
  const forms = terms
    .flatMap((t) => t.variants.map((v) => ({ termId: t.id, form: v.form })))
    .sort((a, b) => b.form.length - a.form.length);
  return {
    find(input) {
      const text = typeof input === 'string' ? input : input.join('');
      const out: Match[] = [];
      let i = 0;
      while (i < text.length) {
        const hit = forms.find((f) => text.startsWith(f.form, i));
        if (hit) {
          out.push({ termId: hit.termId, variant: hit.form, start: i, end: i + hit.form.length });
          i += hit.form.length;
        } else i++;
      }
      return out;
    },
  };
}
