/**
 * Ranking the documents that match every part of a query, best first: the whole query as one
 * substring (tier 0); every part exact (1); linked to a term the query names (2); fuzzy (3, fewer
 * edits first). Within a tier: terms by how closely they match, notes newest first, passages in
 * document order (the resolution's, then each of the reader's documents').
 */
import type { Cand } from './candidates.ts';
import { allowedEdits, fuzzyFind, MAX_FUZZY_PATTERN } from './fuzzy.ts';
import type { Entry, InvertedIndex } from './inverted-index.ts';
import type { Part } from './query.ts';
import { KINDS, type Kind, type SearchDoc, type Tier, type WindowSearch } from './types.ts';

export interface Found {
  tier: Tier;
  edits: number;
}

export interface Ranked extends Found {
  entry: Entry;
}

/** Tier of each candidate: 0 when the whole folded query occurs in it. */
export function tiers(
  index: InvertedIndex,
  cands: Iterable<Cand>,
  folded: string,
): Map<number, Found> {
  const found = new Map<number, Found>();
  for (const c of cands) {
    const entry = index.entry(c.num) as Entry;
    const phrase = c.tier === 1 && entry.folded.some((f) => f.includes(folded));
    found.set(c.num, { tier: phrase ? 0 : c.tier, edits: c.edits });
  }
  return found;
}

/** Terms the query spells out: exactly, or (a single Han run) with the edits it allows. */
export function namedTerms(
  index: InvertedIndex,
  found: Map<number, Found>,
  folded: string,
  parts: readonly Part[],
  search?: WindowSearch,
): string[] {
  const named: Entry[] = [];
  for (const [num, f] of found) {
    const entry = index.entry(num) as Entry;
    if (entry.doc.kind !== 'term' || f.tier !== 0) continue;
    if (entry.folded.some((v) => v.trim() === folded)) named.push(entry);
  }
  if (named.length > 0) return inOrder(named);
  // A one-typo query that spells a whole term (南沙放案) names it too.
  const only = parts.length === 1 ? parts[0] : undefined;
  if (!only?.han || only.text.length > MAX_FUZZY_PATTERN) return [];
  for (const [num, f] of found) {
    const entry = index.entry(num) as Entry;
    if (entry.doc.kind !== 'term' || f.tier !== 3) continue;
    const r = fuzzyFind(entry.folded, only.text, allowedEdits(only.text.length), { search });
    if (r && r.start === 0 && r.end === entry.folded[r.field]?.length) named.push(entry);
  }
  return inOrder(named);
}

/** Documents in their place (group, rank, id), however the index numbered them. */
const byPlace = (a: SearchDoc, b: SearchDoc): number =>
  (a.group ?? 0) - (b.group ?? 0) ||
  (a.rank ?? 0) - (b.rank ?? 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The named terms' ids, the glossary's first (in its order), then each document's. */
const inOrder = (entries: Entry[]): string[] =>
  entries.sort((a, b) => byPlace(a.doc, b.doc)).map((e) => e.doc.id);

/** Adds the documents linked to the named terms (tier 2 unless already better). */
export function addLinked(
  index: InvertedIndex,
  found: Map<number, Found>,
  named: readonly string[],
): void {
  for (const termId of named) {
    for (const num of index.termPostings(termId)) {
      const entry = index.entry(num);
      if (!entry || entry.doc.kind === 'term') continue;
      const prev = found.get(num);
      if (!prev || prev.tier > 2) found.set(num, { tier: 2, edits: 0 });
    }
  }
}

/** After every field: the same for every document, however many fields it has. */
const NO_FIELD = Number.MAX_SAFE_INTEGER;

interface Sortable extends Ranked {
  /** First field where the first part occurs exactly (`NO_FIELD` when none). */
  field: number;
  /** Its offset there (-1 when none). */
  at: number;
}

/** The found documents of each kind, best first. */
export function rank(
  index: InvertedIndex,
  found: Map<number, Found>,
  folded: string,
  parts: readonly Part[],
): Record<Kind, Ranked[]> {
  const lists: Record<Kind, Sortable[]> = { passage: [], term: [], note: [] };
  const first = parts[0] as Part;
  for (const [num, f] of found) {
    const entry = index.entry(num) as Entry;
    let field = 0;
    let at = -1;
    for (let i = 0; i < entry.folded.length && at < 0; i++) {
      at = (entry.folded[i] as string).indexOf(first.text);
      if (at >= 0) field = i;
    }
    if (at < 0) field = NO_FIELD;
    lists[entry.doc.kind].push({ entry, tier: f.tier, edits: f.edits, field, at });
  }
  for (const kind of KINDS) lists[kind].sort(compare(kind, folded));
  return lists;
}

function compare(kind: Kind, folded: string): (a: Sortable, b: Sortable) => number {
  const rankOf = (s: Sortable) => s.entry.doc.rank ?? 0;
  // Terms: spelled exactly by a field, then the field it is found in, at its start, shorter.
  const byMatch = (a: Sortable, b: Sortable) => {
    const ea = Number(!a.entry.folded.some((v) => v === folded));
    const eb = Number(!b.entry.folded.some((v) => v === folded));
    if (ea !== eb) return ea - eb;
    if (a.field !== b.field) return a.field - b.field;
    if ((a.at === 0) !== (b.at === 0)) return a.at === 0 ? -1 : 1;
    return (
      (a.entry.folded[0]?.length ?? 0) - (b.entry.folded[0]?.length ?? 0) ||
      byPlace(a.entry.doc, b.entry.doc)
    );
  };
  const within =
    kind === 'term'
      ? byMatch
      : kind === 'note'
        ? // Then by id: the same order however the index was built (fresh, edited, restored).
          (a: Sortable, b: Sortable) =>
            a.field - b.field ||
            rankOf(b) - rankOf(a) ||
            (a.entry.doc.id < b.entry.doc.id ? -1 : a.entry.doc.id > b.entry.doc.id ? 1 : 0)
        : // Passages: the resolution's, then each document's, in document order.
          (a: Sortable, b: Sortable) => byPlace(a.entry.doc, b.entry.doc);
  return (a, b) => a.tier - b.tier || a.edits - b.edits || within(a, b);
}
