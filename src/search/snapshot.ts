/**
 * The notes' part of the index as plain arrays (typed arrays for the postings), for the panel to
 * keep in IndexedDB and restore on its next opening without folding or splitting a note again
 * (docs/decisions/070-panel-index-snapshot.md).
 */
import { foldTable, kindTable } from '../text/search-fold.ts';
import type { SearchIndex } from './engine.ts';
import type { Entry, PostedDocs, Postings } from './inverted-index.ts';

/** Bumped when the snapshot's layout, or what a document is posted under, changes. */
const FORMAT = 2;

export interface IndexSnapshot {
  /** FORMAT and the fold tables: a snapshot from another version of them is not restored. */
  version: string;
  ids: string[];
  /** Each note's rank (its last change). */
  ranks: Float64Array;
  /** Each note's term ids, joined by spaces (an id has none). */
  termIds: string[];
  /**
   * Every field of every note, one after the other, in one string (one string reads back much
   * faster than many); `fieldEnds[n * FIELDS + f]` is where note n's field f ends. The folded
   * fields likewise, in a string of the same length.
   */
  fieldCount: number;
  text: string;
  folded: string;
  fieldEnds: Uint32Array;
  /**
   * Han keys; the notes under `hanKeys[i]` are `hanNums[hanEnds[i - 1] … hanEnds[i])`, each
   * stored as the gap from the one before (half the size in 16 bits).
   */
  hanKeys: Float64Array;
  hanEnds: Uint32Array;
  hanNums: Uint16Array | Uint32Array;
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

function flatten<K>(map: Map<K, Postings>): {
  keys: K[];
  ends: Uint32Array;
  nums: Uint16Array | Uint32Array;
} {
  const keys = [...map.keys()];
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
  const nums = widest < 0x10000 ? new Uint16Array(total) : new Uint32Array(total);
  let at = 0;
  for (const k of keys) {
    let prev = 0;
    for (const n of map.get(k) as Postings) {
      nums[at++] = n - prev;
      prev = n;
    }
  }
  return { keys, ends, nums };
}

/** The postings of each key, gaps added up again. */
function unflatten<K>(
  keys: ArrayLike<K>,
  ends: Uint32Array,
  gaps: Uint16Array | Uint32Array,
): Map<K, Postings> {
  const nums = new Uint32Array(gaps.length);
  const map = new Map<K, Postings>();
  let from = 0;
  for (let i = 0; i < keys.length; i++) {
    const to = ends[i] as number;
    let n = 0;
    for (let j = from; j < to; j++) {
      n += gaps[j] as number;
      nums[j] = n;
    }
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
  const fieldCount = Math.max(0, ...docs.entries.map((e) => e.doc.fields.length));
  const fieldEnds = new Uint32Array(docs.entries.length * fieldCount);
  const text: string[] = [];
  const folded: string[] = [];
  let end = 0;
  docs.entries.forEach((e, n) => {
    for (let f = 0; f < fieldCount; f++) {
      const field = e.doc.fields[f] ?? '';
      text.push(field);
      folded.push(e.folded[f] ?? '');
      end += field.length;
      fieldEnds[n * fieldCount + f] = end;
    }
  });
  return {
    version: snapshotVersion(),
    ids: docs.entries.map((e) => e.doc.id),
    ranks: Float64Array.from(docs.entries, (e) => e.doc.rank ?? 0),
    termIds: docs.entries.map((e) => (e.doc.termIds ?? []).join(' ')),
    fieldCount,
    text: text.join(''),
    folded: folded.join(''),
    fieldEnds,
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
  const { fieldCount, fieldEnds, text } = snap;
  let start = 0;
  const entries: Entry[] = snap.ids.map((id, i) => {
    const fields: string[] = [];
    const folded: string[] = [];
    for (let f = 0; f < fieldCount; f++) {
      const end = fieldEnds[i * fieldCount + f] as number;
      const field = text.slice(start, end);
      const g = snap.folded.slice(start, end);
      fields.push(field);
      // Where folding changes nothing, one string serves both (as when a note is added).
      folded.push(g === field ? field : g);
      start = end;
    }
    const termIds = snap.termIds[i] as string;
    const doc = {
      kind: 'note' as const,
      id,
      fields,
      termIds: termIds === '' ? [] : termIds.split(' '),
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
