import type { Term, Variant } from '../corpus/glossary.ts';
import { createMatcher, type Match, type Matcher } from './matcher.ts';

export interface ContextVerdict {
  /** Matches to highlight. */
  shown: Match[];
  /** Matches of ambiguous forms without context in their scope: not highlighted, listed in the panel. */
  held: Match[];
}

export type ContextRule = (
  matches: readonly Match[],
  scopeText: () => string | readonly string[],
) => ContextVerdict;

/**
 * The context rule (docs/decisions/090-ambiguous-terms.md): a match of an ambiguous variant is
 * shown only when its scope — a page's frame, or a text — also holds a match of an unambiguous
 * variant, or one of its term's context words. `scopeText` is read only when that decides.
 */
export function createContextRule(terms: readonly Term[]): ContextRule {
  const ambiguous = new Set<string>();
  for (const t of terms) {
    for (const v of t.variants) if (v.ambiguous) ambiguous.add(`${t.id}\u0000${v.form}`);
  }
  const isAmbiguous = (m: Match) => ambiguous.has(`${m.termId}\u0000${m.variant}`);
  let words: Matcher | undefined;
  const termsOf = new Map<string, string[]>();
  const wordForms = new Map<string, Variant>();
  return (matches, scopeText) => {
    if (!matches.some(isAmbiguous) || !matches.every(isAmbiguous)) {
      return { shown: [...matches], held: [] };
    }
    // One entry per word, not per term: a word of two terms (Shenzhen: GBA and 前海) would
    // otherwise be reported for one of them only.
    if (!words) {
      for (const t of terms) {
        for (const w of t.context ?? []) {
          const ids = termsOf.get(w.form) ?? termsOf.set(w.form, []).get(w.form);
          ids?.push(t.id);
          if (!wordForms.has(w.form)) wordForms.set(w.form, w);
        }
      }
      words = createMatcher(
        [...wordForms].map(([form, w]) => ({
          id: form,
          canonical: form,
          category: 'places',
          variants: [w],
          exclusions: [],
          passageIds: [],
        })),
      );
    }
    const meant = new Set(words.find(scopeText()).flatMap((m) => termsOf.get(m.termId) ?? []));
    const shown: Match[] = [];
    const held: Match[] = [];
    for (const m of matches) (meant.has(m.termId) ? shown : held).push(m);
    return { shown, held };
  };
}
