/**
 * A page's terms by document, and each document's coverage: the paragraphs holding a sentence
 * that uses a term found on the page ("This page touches 2 of 5 paragraphs"). One rule for the
 * resolution and the reader's documents (docs/decisions/105-page-per-document.md).
 */
import { type DocumentId, documentOf } from './types.ts';

/** `'resolution'`, or one of the reader's documents. */
export type PageDocumentKey = 'resolution' | DocumentId;

export interface PageTermLike {
  termId: string;
  count: number;
  order: number;
}

export interface PageGroup<T extends PageTermLike> {
  key: PageDocumentKey;
  /** In the order they first appear on the page. */
  terms: T[];
}

/**
 * The page's terms grouped by the document they belong to, each group in the order its terms
 * first appear: the resolution first, then the reader's documents in `order` (the Documents
 * view's), then any other in the order its first term appears. Groups are never empty.
 */
export function groupByDocument<T extends PageTermLike>(
  terms: readonly T[],
  order: readonly DocumentId[] = [],
): PageGroup<T>[] {
  const sorted = [...terms].sort((a, b) => a.order - b.order);
  const groups = new Map<PageDocumentKey, T[]>();
  groups.set('resolution', []);
  for (const id of order) groups.set(id, []);
  for (const term of sorted) {
    const key = documentOf(term.termId) ?? 'resolution';
    const list = groups.get(key);
    if (list) list.push(term);
    else groups.set(key, [term]);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => ({ key, terms: list }));
}

/**
 * The paragraph id (`p3`) of a sentence's passage id: the resolution's (`p3.s6`) or a document's
 * (`doc-x1y2z3w4.p3.s6`); undefined for anything else.
 */
export function paragraphOfPassage(passageId: string): string | undefined {
  return /(?:^|\.)(p\d+)\.s\d+$/.exec(passageId)?.[1];
}

/** The paragraphs (ids as `p3`) holding a passage of any of the terms. */
export function touchedParagraphs(
  termIds: Iterable<string>,
  passagesOf: (termId: string) => readonly string[] | undefined,
): Set<string> {
  const touched = new Set<string>();
  for (const id of termIds) {
    for (const passage of passagesOf(id) ?? []) {
      const paragraph = paragraphOfPassage(passage);
      if (paragraph) touched.add(paragraph);
    }
  }
  return touched;
}
