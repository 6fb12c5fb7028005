/**
 * Terms held by more than one document (issue 15): the resolution's glossary and the reader's
 * documents may keep the same term. The page highlights it once (the matcher takes the first
 * entry); the card and the panel name every document that holds it. Two terms are the same when
 * one of their forms folds (the matcher's folding: width, case, separators, Traditional) to one
 * of the other's (docs/decisions/103-shared-and-edited-terms.md). Pure.
 */
import type { Term } from '../corpus/glossary.ts';
import { buildFoldTables, foldString } from '../text/fold.ts';
import { T2S } from '../text/generated/t2s-glossary.data.ts';

let table: Uint16Array | undefined;

/** What the comparison reads of a term: a glossary Term, or a reader's term shaped alike. */
export interface FormsOf {
  id: string;
  canonical: string;
  variants: readonly Pick<Term['variants'][number], 'form'>[];
}

/** A term's forms (its name and every variant) folded as the matcher reads them. */
export function foldedForms(term: Omit<FormsOf, 'id'>): Set<string> {
  table ??= buildFoldTables(T2S).fold;
  const out = new Set<string>();
  for (const form of [term.canonical, ...term.variants.map((v) => v.form)]) {
    const key = foldString(form, table);
    if (key !== '') out.add(key);
  }
  return out;
}

/** The `others` (in their order) that share a folded form with `term`; `term` itself left out. */
export function sharedWith<T extends FormsOf>(term: FormsOf, others: readonly T[]): T[] {
  const mine = foldedForms(term);
  return others.filter((o) => {
    if (o.id === term.id) return false;
    for (const key of foldedForms(o)) if (mine.has(key)) return true;
    return false;
  });
}
