/** The search's vocabulary: what goes into the index and what a search returns. */

export type Kind = 'passage' | 'term' | 'note';

export interface SearchDoc {
  kind: Kind;
  id: string;
  /** Texts to search; field 0 is the main one (a sentence, a term's canonical form, a note's body). */
  fields: readonly string[];
  /** Terms the document is linked to: a query that names a term also finds them. */
  termIds?: readonly string[];
  /** Notes: last change (newer first among equals). Passages and terms: document order. */
  rank?: number;
  /**
   * A reader's document's passages and terms: the document's place among them (when it was
   * added), so that they come after the resolution's and the glossary's (none), one document after
   * another, however the index was built (docs/decisions/102-document-search.md).
   */
  group?: number;
}

/** A marked range in `doc.fields[field]`, in original offsets. */
export interface Range {
  field: number;
  start: number;
  end: number;
}

/** 0: the whole query as a substring; 1: every part exact; 2: linked to a named term; 3: fuzzy. */
export type Tier = 0 | 1 | 2 | 3;

export interface Hit {
  doc: SearchDoc;
  tier: Tier;
  /** Edits in fuzzy matches (0 otherwise). */
  edits: number;
  ranges: Range[];
}

export interface SearchResults {
  query: string;
  passage: Hit[];
  term: Hit[];
  note: Hit[];
  /** Number of matching documents of each kind (the lists are cut at `limit`). */
  total: Record<Kind, number>;
  /** Terms the query names exactly (their linked documents are included). */
  namedTerms: string[];
}

export interface SearchOptions {
  /** Longest list per kind (default 50). */
  limit?: number;
}

/** An approximate occurrence in a text: `start` is -1 when only the edits were asked for. */
export interface WindowMatch {
  edits: number;
  start: number;
  end: number;
}

/** Best occurrence of `pattern` in `text[from, to)` within `k` edits (fuzzy.ts: searchWindow). */
export type WindowSearch = (
  pattern: string,
  text: string,
  from: number,
  to: number,
  k: number,
  withSpan?: boolean,
) => WindowMatch | undefined;

export interface IndexOptions {
  /** Where a term occurs in a text (the matcher), to mark documents found through a named term. */
  termRanges?: (text: string, termId: string) => { start: number; end: number }[];
  /** The edit distance in one window (default: fuzzy.ts's); the benchmark compares two. */
  windowSearch?: WindowSearch;
}

export const KINDS = ['passage', 'term', 'note'] as const satisfies readonly Kind[];
