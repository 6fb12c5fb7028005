/**
 * The panel's search: passages and terms (the resolution's and the reader's documents') and notes
 * in one inverted index (inverted-index.ts). A query is folded and split into parts (query.ts);
 * a document must match every part (candidates.ts, fuzzily within a few edits: fuzzy.ts); the
 * matches are ranked (rank.ts) and marked (ranges.ts).
 *
 * Pure: no DOM, no browser API (the bench runs it in Node).
 */
import { type Cand, matchPart } from './candidates.ts';
import { InvertedIndex, type PackedDocs, type PostedDocs } from './inverted-index.ts';
import { bySelectivity, foldQuery, splitQuery } from './query.ts';
import { rangesOf } from './ranges.ts';
import { addLinked, namedTerms, rank, tiers } from './rank.ts';
import {
  type IndexOptions,
  KINDS,
  type Kind,
  type SearchDoc,
  type SearchOptions,
  type SearchResults,
} from './types.ts';

export type {
  Hit,
  IndexOptions,
  Kind,
  Range,
  SearchDoc,
  SearchOptions,
  SearchResults,
  Tier,
  WindowMatch,
  WindowSearch,
} from './types.ts';

export class SearchIndex {
  private readonly index = new InvertedIndex();
  private readonly options: IndexOptions;

  constructor(docs: Iterable<SearchDoc> = [], options: IndexOptions = {}) {
    this.options = options;
    for (const d of docs) this.add(d);
  }

  get size(): number {
    return this.index.size;
  }

  has(kind: Kind, id: string): boolean {
    return this.index.has(kind, id);
  }

  /** The document of that kind and id, when it is in the index. */
  get(kind: Kind, id: string): SearchDoc | undefined {
    return this.index.get(kind, id);
  }

  /** Adds a document, or replaces the one with the same kind and id. */
  add(doc: SearchDoc): void {
    this.index.add(doc);
  }

  /** The live documents of one kind with their postings (snapshot.ts). */
  postedDocs(kind: Kind): PostedDocs {
    return this.index.postedDocs(kind);
  }

  /** Adds documents with packed postings (snapshot.ts); none of them may be in the index yet. */
  addPacked(docs: PackedDocs): void {
    this.index.addPacked(docs);
  }

  /** Removes a document; false when there was none. */
  remove(kind: Kind, id: string): boolean {
    return this.index.remove(kind, id);
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const limit = options.limit ?? 50;
    const folded = foldQuery(query);
    const results: SearchResults = {
      query,
      passage: [],
      term: [],
      note: [],
      total: { passage: 0, term: 0, note: 0 },
      namedTerms: [],
    };
    const parts = splitQuery(folded);
    if (parts.length === 0) return results;

    let cands: Map<number, Cand> | undefined;
    for (const p of bySelectivity(parts)) {
      cands = matchPart(this.index, p, cands, this.options.windowSearch);
      if (cands.size === 0) break;
    }
    const found = tiers(this.index, cands?.values() ?? [], folded);
    const named = namedTerms(this.index, found, folded, parts, this.options.windowSearch);
    addLinked(this.index, found, named);
    const ranked = rank(this.index, found, folded, parts);
    for (const kind of KINDS) {
      results.total[kind] = ranked[kind].length;
      results[kind] = ranked[kind].slice(0, limit).map((c) => ({
        doc: c.entry.doc,
        tier: c.tier,
        edits: c.edits,
        ranges: rangesOf(c.entry, folded, parts, c.tier, named, this.options),
      }));
    }
    results.namedTerms = named;
    return results;
  }
}
