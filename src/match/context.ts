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
  const doubt = createDoubt(terms);
  let doubtful: ReadonlySet<string> = new Set();
  const isAmbiguous = (m: Match) =>
    doubtful.has(m.termId) || ambiguous.has(`${m.termId}\u0000${m.variant}`);
  const contextWords = createWordFinder(terms, (t) => t.context);
  return (matches, scopeText) => {
    doubtful = matches.some((m) => doubt.has(m.termId)) ? doubt.find(scopeText()) : new Set();
    if (!matches.some(isAmbiguous) || !matches.every(isAmbiguous)) {
      return { shown: [...matches], held: [] };
    }
    const meant = contextWords.find(scopeText());
    const shown: Match[] = [];
    const held: Match[] = [];
    for (const m of matches) (meant.has(m.termId) ? shown : held).push(m);
    return { shown, held };
  };
}

export interface WordFinder {
  /** Whether the term has such words (apart words: 三沙 for 南沙, 美国国务院 for 国务院). */
  has(termId: string): boolean;
  /** The terms whose words the text holds. */
  find(text: string | readonly string[]): Set<string>;
}

/** The terms' apart words (`createDoubt`). */
export type Doubt = WordFinder;

/**
 * A term is doubtful in a scope that holds one of its apart words (a page about Sansha city names
 * its own 南沙区, one about the US State Department says 国务院 alone): its matches there count
 * as ambiguous, shown only next to another term of the plan (decision 090).
 */
export function createDoubt(terms: readonly Term[]): Doubt {
  return createWordFinder(terms, (t) => t.apart);
}

/**
 * Finds which terms a text names by some of their words (context or apart words), with one
 * matcher over all the words, built on first use. One entry per word, not per term: a word of
 * two terms (Shenzhen: GBA and 前海) counts for both.
 */
function createWordFinder(
  terms: readonly Term[],
  wordsOf: (t: Term) => readonly Variant[] | undefined,
): WordFinder {
  const owners = new Map<string, string[]>();
  const forms = new Map<string, Variant>();
  for (const t of terms) {
    for (const w of wordsOf(t) ?? []) {
      const ids = owners.get(w.form);
      if (ids) ids.push(t.id);
      else owners.set(w.form, [t.id]);
      if (!forms.has(w.form)) forms.set(w.form, w);
    }
  }
  const ids = new Set([...owners.values()].flat());
  let words: Matcher | undefined;
  return {
    has: (termId) => ids.has(termId),
    find(text) {
      // Stryker disable next-line ConditionalExpression: a shortcut; a matcher of no words finds none
      if (ids.size === 0) return new Set();
      words ??= createMatcher(
        [...forms].map(([form, w]) => ({
          id: form,
          canonical: form,
          // Stryker disable next-line StringLiteral: the words' matcher never reads a category
          category: 'places',
          variants: [w],
          exclusions: [],
          // Stryker disable next-line ArrayDeclaration: the words' matcher never reads passages
          passageIds: [],
        })),
      );
      return new Set(words.find(text).flatMap((m) => owners.get(m.termId) ?? []));
    },
  };
}
