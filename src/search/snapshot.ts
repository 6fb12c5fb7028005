/**
 * The notes' part of the index as plain arrays (typed arrays for the postings), for the panel to
 * keep in IndexedDB and restore on its next opening without folding or splitting a note again
 * (docs/decisions/070-panel-index-snapshot.md).
 */
import { foldTable, kindTable } from '../text/search-fold.ts';
import type { SearchIndex } from './engine.ts';
import type { Entry, PostedDocs, Postings } from './inverted-index.ts';

/** Bumped when what a document is posted under changes in another way than the fold tables. */
const FORMAT = 1;

export interface IndexSnapshot {
  /** FORMAT and the fold tables: a snapshot from another version of them is not restored. */
  version: string;
  ids: string[];
  /** Each note's rank (its last change). */
  ranks: Float64Array;
  termIds: string[][];
  /** Each note's fields, then its folded fields (null where folding left a field as it was). */
  fields: string[][];
  folded: (string | null)[][];
  /** Han keys; the notes under `hanKeys[i]` are `hanNums[hanEnds[i - 1] … hanEnds[i])`. */
  hanKeys: Float64Array;
  hanEnds: Uint32Array;
  hanNums: Uint32Array;
  words: string[];
  wordEnds: Uint32Array;
  wordNums: Uint32Array;
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

function flatten<K>(map: Map<K, Postings>): { keys: K[]; ends: Uint32Array; nums: Uint32Array } {
  const keys = [...map.keys()];
  const ends = new Uint32Array(keys.length);
  let total = 0;
  keys.forEach((k, i) => {
    total += (map.get(k) as Postings).length;
    ends[i] = total;
  });
  const nums = new Uint32Array(total);
  let at = 0;
  for (const k of keys) for (const n of map.get(k) as Postings) nums[at++] = n;
  return { keys, ends, nums };
}

/** Views into `nums`, one per key (nothing copied). */
function unflatten<K>(keys: ArrayLike<K>, ends: Uint32Array, nums: Uint32Array): Map<K, Postings> {
  const map = new Map<K, Postings>();
  let from = 0;
  for (let i = 0; i < keys.length; i++) {
    const to = ends[i] as number;
    map.set(keys[i] as K, nums.subarray(from, to));
    from = to;
  }
  return map;
}

/** The notes of the index, with their postings. */
export function takeSnapshot(index: SearchIndex): IndexSnapshot {
  const docs = index.postedDocs('note');
  const han = flatten(docs.han);
  const words = flatten(docs.words);
  return {
    version: snapshotVersion(),
    ids: docs.entries.map((e) => e.doc.id),
    ranks: Float64Array.from(docs.entries, (e) => e.doc.rank ?? 0),
    termIds: docs.entries.map((e) => [...(e.doc.termIds ?? [])]),
    fields: docs.entries.map((e) => [...e.doc.fields]),
    folded: docs.entries.map((e) => e.folded.map((f, i) => (f === e.doc.fields[i] ? null : f))),
    hanKeys: Float64Array.from(han.keys),
    hanEnds: han.ends,
    hanNums: han.nums,
    words: words.keys,
    wordEnds: words.ends,
    wordNums: words.nums,
  };
}

/**
 * Adds the snapshot's notes to an index that has none of them yet; false (and nothing added)
 * when the snapshot was taken by another version of the indexing.
 */
export function restoreSnapshot(index: SearchIndex, snap: IndexSnapshot): boolean {
  if (snap.version !== snapshotVersion()) return false;
  const entries: Entry[] = snap.ids.map((id, i) => {
    const fields = snap.fields[i] as string[];
    const folded = (snap.folded[i] as (string | null)[]).map((f, n) => f ?? (fields[n] as string));
    const doc = {
      kind: 'note' as const,
      id,
      fields,
      termIds: snap.termIds[i] as string[],
      rank: snap.ranks[i] as number,
    };
    return { doc, folded };
  });
  const docs: PostedDocs = {
    entries,
    han: unflatten(snap.hanKeys, snap.hanEnds, snap.hanNums),
    words: unflatten(snap.words, snap.wordEnds, snap.wordNums),
  };
  index.addPosted(docs);
  return true;
}
