import type { Term } from '../corpus/glossary.ts';
import { createMatcher, type Match } from './matcher.ts';

export interface ContextVerdict {
  /** Matches to highlight. */
  shown: Match[];
  /** Matches of ambiguous terms without context in their scope: not highlighted, listed in the panel. */
  held: Match[];
}

/**
 * The context rule (docs/decisions/090-ambiguous-terms.md): a match of an ambiguous term (one
 * with `context`) is shown only when its scope — a page's frame, or a text — also holds a match
 * of an unambiguous term, or one of the term's context words. `scopeText` is read only when that
 * decides something.
 */
export function createContextRule(
  terms: readonly Term[],
): (matches: readonly Match[], scopeText: () => string | readonly string[]) => ContextVerdict {
  const ambiguous = new Set(terms.filter((t) => t.context).map((t) => t.id));
  let words: ReturnType<typeof createMatcher> | undefined;
  return (matches, scopeText) => {
    if (!matches.some((m) => ambiguous.has(m.termId))) return { shown: [...matches], held: [] };
    if (matches.some((m) => !ambiguous.has(m.termId))) return { shown: [...matches], held: [] };
    words ??= createMatcher(
      terms
        .filter((t) => t.context)
        .map((t) => ({ ...t, variants: t.context ?? [], exclusions: [], context: undefined })),
    );
    const meant = new Set(words.find(scopeText()).map((m) => m.termId));
    const shown: Match[] = [];
    const held: Match[] = [];
    for (const m of matches) (meant.has(m.termId) ? shown : held).push(m);
    return { shown, held };
  };
}
