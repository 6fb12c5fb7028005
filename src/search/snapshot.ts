/**
 * The notes' part of the index as plain arrays (typed arrays for the postings), for the panel to
 * keep in IndexedDB and restore on its next opening without folding or splitting a note again
 * (docs/decisions/070-panel-index-snapshot.md).
 */
import { foldTable, kindTable } from '../text/search-fold.ts';
import type { SearchIndex } from './engine.ts';
import type { Entry, PackedPostings, Postings } from './inverted-index.ts';
import type { SearchDoc } from './types.ts';

/** Bumped when the snapshot's layout, or what a document is posted under, changes. */
const FORMAT = 3;

export interface IndexSnapshot {
  /** FORMAT and the fold tables: a snapshot from another version of them is not restored. */
  version: string;
  ids: string[];
  /** Each note's rank (its last change). */
  ranks: Float64Array;
  /** The term ids the notes link to; note n's are `terms[termRefs[termEnds[n - 1] … termEnds[n])]`. */
  terms: string[];
  termRefs: Uint16Array | Uint32Array;
  termEnds: Uint32Array;
  /**
   * Every field of every note, one after the other, in one string (one string reads back much
   * faster than many); `fieldEnds[n * fieldCount + f]` is where note n's field f ends.
   */
  fieldCount: number;
  text: string;
  fieldEnds: Uint32Array;
  /** The folded text: `text` but at the offsets `foldedAt` (ascending), which hold `foldedChars`. */
  foldedAt: Uint32Array;
  foldedChars: string;
  /** Han keys, sorted, with their postings (inverted-index.ts `PackedPostings`). */
  hanKeys: Float64Array;
  hanEnds: Uint32Array;
  hanNums: Uint16Array | Uint32Array;
  /** Latin words, sorted, likewise. */
  words: string[];
  wordEnds: Uint32Array;
  wordNums: Uint16Array | Uint32Array;
}

let version: string | undefined;

/** The version a snapshot must have to be restored by this code. */
export function snapshotVersion(): string {
  if (version === undefined) {
    let h = 0x811c9dc5;
    for (const table of [foldTable(), kindTable()]) {
      for (let i = 0; i < table.length; i++) h = Math.imul(h ^ (table[i] as number), 0x01000193);
    }
    version = `${FORMAT}.${(h >>> 0).toString(36)}`;
  }
  return version;
}

const narrow = (widest: number, length: number) =>
  widest < 0x10000 ? new Uint16Array(length) : new Uint32Array(length);

/** Keys sorted as `<` orders them (for a binary search), postings as gaps. */
function pack<K extends number | string>(map: Map<K, Postings>): PackedPostings<K> & { keys: K[] } {
  const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ends = new Uint32Array(keys.length);
  let total = 0;
  let widest = 0;
  keys.forEach((k, i) => {
    let prev = 0;
    for (const n of map.get(k) as Postings) {
      widest = Math.max(widest, n - prev);
      prev = n;
    }
    total += (map.get(k) as Postings).length;
    ends[i] = total;
  });
  const gaps = narrow(widest, total);
  let at = 0;
  for (const k of keys) {
    let prev = 0;
    for (const n of map.get(k) as Postings) {
      gaps[at++] = n - prev;
      prev = n;
    }
  }
  return { keys, ends, gaps };
}

/** The notes of the index, with their postings. */
export function takeSnapshot(index: SearchIndex): IndexSnapshot {
  const docs = index.postedDocs('note');
  const han = pack(docs.han);
  const words = pack(docs.words);
  const fieldCount = Math.max(0, ...docs.entries.map((e) => e.doc.fields.length));
  const fieldEnds = new Uint32Array(docs.entries.length * fieldCount);
  const text: string[] = [];
  const foldedAt: number[] = [];
  const foldedChars: string[] = [];
  const terms = new Map<string, number>();
  const termRefs: number[] = [];
  const termEnds = new Uint32Array(docs.entries.length);
  let end = 0;
  docs.entries.forEach((e, n) => {
    for (let f = 0; f < fieldCount; f++) {
      const field = e.doc.fields[f] ?? '';
      const folded = e.folded[f] ?? '';
      text.push(field);
      if (folded !== field) {
        for (let i = 0; i < field.length; i++) {
          if (folded.charCodeAt(i) === field.charCodeAt(i)) continue;
          foldedAt.push(end + i);
          foldedChars.push(folded.charAt(i));
        }
      }
      end += field.length;
      fieldEnds[n * fieldCount + f] = end;
    }
    for (const t of e.doc.termIds ?? []) {
      if (!terms.has(t)) terms.set(t, terms.size);
      termRefs.push(terms.get(t) as number);
    }
    termEnds[n] = termRefs.length;
  });
  const refs = narrow(terms.size, termRefs.length);
  refs.set(termRefs);
  return {
    version: snapshotVersion(),
    ids: docs.entries.map((e) => e.doc.id),
    ranks: Float64Array.from(docs.entries, (e) => e.doc.rank ?? 0),
    terms: [...terms.keys()],
    termRefs: refs,
    termEnds,
    fieldCount,
    text: text.join(''),
    fieldEnds,
    foldedAt: Uint32Array.from(foldedAt),
    foldedChars: foldedChars.join(''),
    hanKeys: Float64Array.from(han.keys),
    hanEnds: han.ends,
    hanNums: han.gaps,
    words: words.keys,
    wordEnds: words.ends,
    wordNums: words.gaps,
  };
}

/** Note n's fields, cut from the snapshot's text. */
function fieldsOf(snap: IndexSnapshot, n: number): string[] {
  const { fieldCount, fieldEnds, text } = snap;
  let start = n === 0 ? 0 : (fieldEnds[n * fieldCount - 1] as number);
  const fields: string[] = [];
  for (let f = 0; f < fieldCount; f++) {
    const end = fieldEnds[n * fieldCount + f] as number;
    fields.push(text.slice(start, end));
    start = end;
  }
  return fields;
}

/** A restored note's index entry: its folded fields made from its fields when first read. */
class RestoredEntry {
  readonly doc: SearchDoc;
  private readonly snap: IndexSnapshot;
  private readonly n: number;
  private foldedFields: string[] | undefined;
  constructor(doc: SearchDoc, snap: IndexSnapshot, n: number) {
    this.doc = doc;
    this.snap = snap;
    this.n = n;
  }

  get folded(): string[] {
    this.foldedFields ??= foldedOf(this.snap, this.n, this.doc.fields);
    return this.foldedFields;
  }
}

/** Note n's folded fields: its fields with the snapshot's folded characters put in. */
function foldedOf(snap: IndexSnapshot, n: number, fields: readonly string[]): string[] {
  const { fieldCount, fieldEnds, foldedAt, foldedChars } = snap;
  let start = n === 0 ? 0 : (fieldEnds[n * fieldCount - 1] as number);
  let i = lowerBound(foldedAt, start);
  return fields.map((field) => {
    const end = start + field.length;
    // Where folding changes nothing, one string serves both (as when a note is added).
    let out = field;
    if (i < foldedAt.length && (foldedAt[i] as number) < end) {
      const parts: string[] = [];
      let from = start;
      for (; i < foldedAt.length && (foldedAt[i] as number) < end; i++) {
        const at = foldedAt[i] as number;
        parts.push(field.slice(from - start, at - start), foldedChars.charAt(i));
        from = at + 1;
      }
      parts.push(field.slice(from - start));
      out = parts.join('');
    }
    start = end;
    return out;
  });
}

function lowerBound(sorted: Uint32Array, n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The documents linked to each term, from the notes' term ids: terms sorted, documents as gaps
 * (inverted-index.ts `PackedPostings`).
 */
function termPostings(snap: IndexSnapshot): PackedPostings<string> {
  const { terms, termRefs } = snap;
  const order = terms
    .map((_, i) => i)
    .sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1));
  const slot = new Uint32Array(terms.length);
  const counts = new Uint32Array(terms.length);
  for (let j = 0; j < termRefs.length; j++) {
    const t = termRefs[j] as number;
    counts[t] = (counts[t] as number) + 1;
  }
  const ends = new Uint32Array(terms.length);
  let total = 0;
  order.forEach((t, i) => {
    slot[t] = total;
    total += counts[t] as number;
    ends[i] = total;
  });
  const gaps = new Uint32Array(total);
  const prev = new Uint32Array(terms.length);
  let from = 0;
  snap.ids.forEach((_, n) => {
    const to = snap.termEnds[n] as number;
    for (let j = from; j < to; j++) {
      const t = termRefs[j] as number;
      const at = slot[t] as number;
      gaps[at] = n - (prev[t] as number);
      slot[t] = at + 1;
      prev[t] = n;
    }
    from = to;
  });
  return { keys: order.map((t) => terms[t] as string), ends, gaps };
}

/**
 * Adds the snapshot's notes to an index that has none of them yet; false (and nothing added)
 * when the snapshot was taken by another version of the indexing. Nothing is cut, folded nor
 * decoded until a query needs it: a note is made (as `noteDoc` makes it, the same keys in the
 * same order) when a query first reads it.
 */
export function restoreSnapshot(index: SearchIndex, snap: IndexSnapshot): boolean {
  if (snap.version !== snapshotVersion()) return false;
  const { terms, termRefs, termEnds } = snap;
  const make = (n: number): Entry => {
    const termIds: string[] = [];
    const to = termEnds[n] as number;
    for (let j = n === 0 ? 0 : (termEnds[n - 1] as number); j < to; j++)
      termIds.push(terms[termRefs[j] as number] as string);
    const doc: SearchDoc = {
      kind: 'note',
      id: snap.ids[n] as string,
      fields: fieldsOf(snap, n),
      termIds,
      rank: snap.ranks[n] as number,
    };
    return new RestoredEntry(doc, snap, n);
  };
  index.addPacked({
    kind: 'note',
    ids: snap.ids,
    make,
    han: { keys: snap.hanKeys, ends: snap.hanEnds, gaps: snap.hanNums },
    words: { keys: snap.words, ends: snap.wordEnds, gaps: snap.wordNums },
    terms: termPostings(snap),
  });
  return true;
}
