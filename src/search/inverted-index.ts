/**
 * The inverted index: documents by number, posted under every Han character, every pair of
 * adjacent Han characters and every Latin word of their folded fields, and under their terms.
 * Folding keeps the length, so every offset found in folded text is an offset in the original.
 */
import { fold, HAN, kindTable } from '../text/search-fold.ts';
import { tokens } from './query.ts';
import type { Kind, SearchDoc } from './types.ts';

export interface Entry {
  doc: SearchDoc;
  folded: string[];
}

/** The keys a document is posted under: Han characters and bigrams, and Latin words. */
export function keysOf(folded: readonly string[]): { han: number[]; words: string[] } {
  const kinds = kindTable();
  const hanKeys = new Set<number>();
  const wordKeys = new Set<string>();
  for (const f of folded) {
    let prevHan = -1;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (kinds[c] === HAN) {
        hanKeys.add(c);
        if (prevHan >= 0) hanKeys.add(prevHan * 0x10000 + c);
        prevHan = c;
      } else prevHan = -1;
    }
    for (const [w] of tokens(f)) wordKeys.add(w);
  }
  return { han: [...hanKeys], words: [...wordKeys] };
}

/**
 * The documents of one kind with their postings, numbered 0… in index order: what a snapshot
 * stores (snapshot.ts), so that restoring them needs no folding nor splitting.
 */
export interface PostedDocs {
  entries: Entry[];
  /** Han keys, and for each the documents posted under it. */
  han: Map<number, Postings>;
  words: Map<string, Postings>;
}

/** Document numbers, ascending: an array, or a typed array made from a restored snapshot. */
export type Postings = ArrayLike<number> & Iterable<number>;

/**
 * Postings as a snapshot keeps them: keys sorted (as `<` orders them); the documents under
 * `keys[i]` are the varints in `gaps[ends[i - 1] … ends[i])`, each the gap from the one before
 * (7 bits a byte, low bits first, the high bit set on every byte but a number's last).
 */
export interface PackedPostings<K> {
  keys: ArrayLike<K>;
  ends: Uint32Array;
  gaps: Uint8Array;
}

/**
 * Documents with their postings packed, numbered 0… (snapshot.ts). The documents are made when
 * first read (`make`); only their ids are read at once, and only when a document is looked up by
 * id.
 */
export interface PackedDocs {
  kind: Kind;
  ids: readonly string[];
  /** Document n's entry, made when a query (or a change) first reads it. */
  make(n: number): Entry;
  han: PackedPostings<number>;
  words: PackedPostings<string>;
  /** The documents linked to each term (as `doc.termIds` says). */
  terms: PackedPostings<string>;
}

/** Packed postings of documents numbered from `base`, each key decoded when first needed. */
interface Pending<K> extends PackedPostings<K> {
  base: number;
  /** 1 where the key's postings are decoded into the map already. */
  done: Uint8Array;
}

/** Restored documents numbered from `base`, not all made yet (docs/decisions/071-panel-index-lazy.md). */
interface Lazy {
  base: number;
  kind: Kind;
  ids: readonly string[];
  make(n: number): Entry;
  /** 0 once document n is removed. */
  live: Uint8Array;
  /** Whether `byKey` has their ids yet. */
  keyed: boolean;
}

const docKey = (kind: Kind, id: string) => `${kind}:${id}`;
const NONE: Postings = [];

export class InvertedIndex {
  private entries: (Entry | undefined)[] = [];
  private byKey = new Map<string, number>();
  private han = new Map<number, Postings>();
  private words = new Map<string, Postings>();
  private vocab: string[] = [];
  private vocabDirty = false;
  private byTerm = new Map<string, Postings>();
  private dead = 0;
  private counts = new Uint8Array(0);
  /**
   * Restored postings not looked up yet, and restored documents not read yet
   * (docs/decisions/070-panel-index-snapshot.md, 071-panel-index-lazy.md).
   */
  private pendingHan: Pending<number> | undefined;
  private pendingWords: Pending<string> | undefined;
  private pendingTerms: Pending<string> | undefined;
  private lazy: Lazy | undefined;

  get size(): number {
    this.keyLazy();
    return this.byKey.size;
  }

  has(kind: Kind, id: string): boolean {
    this.keyLazy();
    return this.byKey.has(docKey(kind, id));
  }

  /** The live document of that kind and id, or undefined. */
  get(kind: Kind, id: string): SearchDoc | undefined {
    this.keyLazy();
    const num = this.byKey.get(docKey(kind, id));
    return num === undefined ? undefined : this.entry(num)?.doc;
  }

  /** The live document numbered `num` (undefined once removed). */
  entry(num: number): Entry | undefined {
    const e = this.entries[num];
    if (e !== undefined || this.lazy === undefined) return e;
    const lazy = this.lazy;
    const n = num - lazy.base;
    if (n < 0 || n >= lazy.live.length || lazy.live[n] === 0) return undefined;
    const made = lazy.make(n);
    this.entries[num] = made;
    return made;
  }

  /** Documents posted under a Han character or bigram key (dead ones included: check `entry`). */
  hanPostings(key: number): Postings {
    if (this.pendingHan) unpack(this.pendingHan, this.han, key);
    return this.han.get(key) ?? NONE;
  }

  /** Documents containing the word (dead ones included). */
  wordPostings(word: string): Postings {
    if (this.pendingWords) unpack(this.pendingWords, this.words, word);
    return this.words.get(word) ?? NONE;
  }

  /** Documents linked to the term (dead ones included). */
  termPostings(termId: string): Postings {
    if (this.pendingTerms) unpack(this.pendingTerms, this.byTerm, termId);
    return this.byTerm.get(termId) ?? NONE;
  }

  /** Every word of the live and recently removed documents, sorted (for prefixes and typos). */
  sortedVocab(): readonly string[] {
    if (this.vocabDirty) {
      const words = new Set(this.words.keys());
      const pending = this.pendingWords?.keys ?? [];
      for (let i = 0; i < pending.length; i++) words.add(pending[i] as string);
      this.vocab = [...words].sort();
      this.vocabDirty = false;
    }
    return this.vocab;
  }

  /** Calls `visit` once per document posted under any of `keys`, with how many of them it has. */
  countShared(keys: Iterable<number>, visit: (num: number, shared: number) => void): void {
    if (this.counts.length < this.entries.length)
      this.counts = new Uint8Array(this.entries.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const key of keys) {
      for (const num of this.hanPostings(key)) {
        if (counts[num] === 0) touched.push(num);
        counts[num] = Math.min(255, (counts[num] as number) + 1);
      }
    }
    for (const num of touched) {
      const shared = counts[num] as number;
      counts[num] = 0;
      visit(num, shared);
    }
  }

  /** Adds a document, or replaces the one with the same kind and id. */
  add(doc: SearchDoc): void {
    this.keyLazy();
    const key = docKey(doc.kind, doc.id);
    if (this.byKey.has(key)) this.remove(doc.kind, doc.id);
    const num = this.entries.length;
    // Folding keeps a string that has nothing to fold as the same string (no second copy).
    const folded = doc.fields.map((f) => {
      const g = fold(f);
      return g === f ? f : g;
    });
    const keys = keysOf(folded);
    this.entries.push({ doc, folded });
    this.byKey.set(key, num);
    for (const k of keys.han) {
      if (this.pendingHan) unpack(this.pendingHan, this.han, k);
      push(this.han, k, num);
    }
    for (const w of keys.words) {
      if (this.pendingWords) unpack(this.pendingWords, this.words, w);
      if (!this.words.has(w)) this.vocabDirty = true;
      push(this.words, w, num);
    }
    for (const t of doc.termIds ?? []) {
      if (this.pendingTerms) unpack(this.pendingTerms, this.byTerm, t);
      push(this.byTerm, t, num);
    }
  }

  /** The live documents of one kind and their postings, renumbered 0… (for a snapshot). */
  postedDocs(kind: Kind): PostedDocs {
    this.unpackAll();
    this.makeAll();
    const out: PostedDocs = { entries: [], han: new Map(), words: new Map() };
    const renum = new Int32Array(this.entries.length).fill(-1);
    this.entries.forEach((e, num) => {
      if (e?.doc.kind !== kind) return;
      renum[num] = out.entries.length;
      out.entries.push(e);
    });
    const copy = <K>(from: Map<K, Postings>, to: Map<K, Postings>) => {
      for (const [k, nums] of from) {
        const list: number[] = [];
        for (const num of nums) {
          const n = renum[num] as number;
          if (n >= 0 && this.entries[num]) list.push(n);
        }
        if (list.length > 0) to.set(k, list);
      }
    };
    copy(this.han, out.han);
    copy(this.words, out.words);
    return out;
  }

  /**
   * Adds documents with their postings packed (none of them may be in the index yet): the same
   * index as adding each document, without folding or splitting again. Nothing is decoded yet:
   * a document is made when first read, a key's postings decoded when first looked up, the ids
   * keyed when a document is first looked up by id.
   */
  addPacked(docs: PackedDocs): void {
    this.unpackAll();
    this.makeAll();
    this.keyLazy();
    const base = this.entries.length;
    const count = docs.ids.length;
    for (let n = 0; n < count; n++) this.entries.push(undefined);
    this.lazy = {
      base,
      kind: docs.kind,
      ids: docs.ids,
      make: docs.make,
      live: new Uint8Array(count).fill(1),
      keyed: false,
    };
    const pending = <K>(p: PackedPostings<K>): Pending<K> => ({
      ...p,
      base,
      done: new Uint8Array(p.keys.length),
    });
    this.pendingHan = pending(docs.han);
    this.pendingWords = pending(docs.words);
    this.pendingTerms = pending(docs.terms);
    this.vocabDirty = true;
  }

  /** Decodes every restored posting not decoded yet. */
  private unpackAll(): void {
    for (const [pending, map] of [
      [this.pendingHan, this.han],
      [this.pendingWords, this.words],
      [this.pendingTerms, this.byTerm],
    ] as [Pending<number | string> | undefined, Map<number | string, Postings>][]) {
      if (!pending) continue;
      for (let i = 0; i < pending.keys.length; i++) unpackAt(pending, map, i);
    }
    this.pendingHan = undefined;
    this.pendingWords = undefined;
    this.pendingTerms = undefined;
  }

  /** Puts the ids of the restored documents in `byKey`, once. */
  private keyLazy(): void {
    const lazy = this.lazy;
    if (!lazy || lazy.keyed) return;
    lazy.keyed = true;
    for (let n = 0; n < lazy.ids.length; n++) {
      if (lazy.live[n]) this.byKey.set(docKey(lazy.kind, lazy.ids[n] as string), lazy.base + n);
    }
  }

  /** Makes every restored document not made yet. */
  private makeAll(): void {
    const lazy = this.lazy;
    if (!lazy) return;
    this.keyLazy();
    for (let n = 0; n < lazy.live.length; n++) this.entry(lazy.base + n);
    this.lazy = undefined;
  }

  /** Removes a document (its postings are skipped, and dropped at the next compaction). */
  remove(kind: Kind, id: string): boolean {
    this.keyLazy();
    const key = docKey(kind, id);
    const num = this.byKey.get(key);
    if (num === undefined) return false;
    this.byKey.delete(key);
    this.entries[num] = undefined;
    const lazy = this.lazy;
    if (lazy && num >= lazy.base && num - lazy.base < lazy.live.length)
      lazy.live[num - lazy.base] = 0;
    this.dead++;
    if (this.dead > 256 && this.dead > this.byKey.size / 4) this.compact();
    return true;
  }

  /** Renumbers the live documents and drops dead postings (amortised over many removals). */
  private compact(): void {
    this.makeAll();
    const live = this.entries.filter((e): e is Entry => e !== undefined);
    this.entries = [];
    this.pendingHan = undefined;
    this.pendingWords = undefined;
    this.pendingTerms = undefined;
    this.byKey.clear();
    this.han.clear();
    this.words.clear();
    this.byTerm.clear();
    this.dead = 0;
    live.forEach((e, num) => {
      this.entries.push(e);
      this.byKey.set(docKey(e.doc.kind, e.doc.id), num);
      const keys = keysOf(e.folded);
      for (const k of keys.han) push(this.han, k, num);
      for (const w of keys.words) push(this.words, w, num);
      for (const t of e.doc.termIds ?? []) push(this.byTerm, t, num);
    });
    this.vocabDirty = true;
  }
}

function push<K>(map: Map<K, Postings>, key: K, num: number): void {
  const list = map.get(key);
  if (Array.isArray(list)) list.push(num);
  else if (list) map.set(key, [...list, num]);
  else map.set(key, [num]);
}

/** Decodes the packed postings of `key`, if it has any not decoded yet, into `map`. */
function unpack<K extends number | string>(pending: Pending<K>, map: Map<K, Postings>, key: K) {
  const { keys } = pending;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as K) < key) lo = mid + 1;
    else hi = mid;
  }
  if (lo < keys.length && keys[lo] === key) unpackAt(pending, map, lo);
}

/** Appends the packed postings of `keys[i]` to those in `map` (which are all lower), once. */
function unpackAt<K>(pending: Pending<K>, map: Map<K, Postings>, i: number): void {
  if (pending.done[i]) return;
  pending.done[i] = 1;
  const { ends, gaps, base } = pending;
  const key = pending.keys[i] as K;
  const from = i === 0 ? 0 : (ends[i - 1] as number);
  const to = ends[i] as number;
  let count = 0;
  for (let j = from; j < to; j++) if ((gaps[j] as number) < 0x80) count++;
  const list = map.get(key) ?? NONE;
  const out = new Uint32Array(list.length + count);
  for (let j = 0; j < list.length; j++) out[j] = list[j] as number;
  let n = base;
  let gap = 0;
  let scale = 1;
  for (let j = from, at = list.length; j < to; j++) {
    const b = gaps[j] as number;
    gap += (b & 0x7f) * scale;
    if (b < 0x80) {
      n += gap;
      out[at++] = n;
      gap = 0;
      scale = 1;
    } else scale *= 0x80;
  }
  map.set(key, out);
}

/** First position in `sorted` whose string is not below `s`. */
export function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
