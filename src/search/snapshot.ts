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
const FORMAT = 4;

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
  /** Where note n's offsets start in `foldedAt`. */
  foldedFrom: Uint32Array;
  /** Han keys, sorted, with their postings (inverted-index.ts `PackedPostings`: varint gaps). */
  hanKeys: Float64Array;
  hanEnds: Uint32Array;
  hanNums: Uint8Array;
  /** Latin words, sorted, likewise. */
  words: string[];
  wordEnds: Uint32Array;
  wordNums: Uint8Array;
  /** The term ids the notes link to, sorted, likewise. */
  linkedTerms: string[];
  linkedEnds: Uint32Array;
  linkedNums: Uint8Array;
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

/** Bytes of `n` as a varint. */
const varintLength = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : 4);

/** Keys sorted as `<` orders them (for a binary search), postings as varint gaps. */
function pack<K extends number | string>(map: Map<K, Postings>): PackedPostings<K> & { keys: K[] } {
  const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ends = new Uint32Array(keys.length);
  let total = 0;
  keys.forEach((k, i) => {
    let prev = 0;
    for (const n of map.get(k) as Postings) {
      total += varintLength(n - prev);
      prev = n;
    }
    ends[i] = total;
  });
  const gaps = new Uint8Array(total);
  let at = 0;
  for (const k of keys) {
    let prev = 0;
    for (const n of map.get(k) as Postings) {
      let gap = n - prev;
      prev = n;
      while (gap >= 0x80) {
        gaps[at++] = (gap & 0x7f) | 0x80;
        gap = Math.floor(gap / 0x80);
      }
      gaps[at++] = gap;
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
  const foldedFrom = new Uint32Array(docs.entries.length);
  const terms = new Map<string, number>();
  const linked = new Map<string, number[]>();
  const termRefs: number[] = [];
  const termEnds = new Uint32Array(docs.entries.length);
  let end = 0;
  docs.entries.forEach((e, n) => {
    foldedFrom[n] = foldedAt.length;
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
      const nums = linked.get(t);
      if (nums) nums.push(n);
      else linked.set(t, [n]);
    }
    termEnds[n] = termRefs.length;
  });
  const refs = narrow(terms.size, termRefs.length);
  refs.set(termRefs);
  const links = pack(linked);
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
    foldedFrom,
    hanKeys: Float64Array.from(han.keys),
    hanEnds: han.ends,
    hanNums: han.gaps,
    words: words.keys,
    wordEnds: words.ends,
    wordNums: words.gaps,
    linkedTerms: links.keys,
    linkedEnds: links.ends,
    linkedNums: links.gaps,
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
  let i = snap.foldedFrom[n] as number;
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
    terms: { keys: snap.linkedTerms, ends: snap.linkedEnds, gaps: snap.linkedNums },
  });
  return true;
}
