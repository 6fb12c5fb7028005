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
  /** Keys it was posted under (for compaction). */
  han: number[];
  words: string[];
}

const docKey = (kind: Kind, id: string) => `${kind}:${id}`;
const NONE: readonly number[] = [];

export class InvertedIndex {
  private entries: (Entry | undefined)[] = [];
  private byKey = new Map<string, number>();
  private han = new Map<number, number[]>();
  private words = new Map<string, number[]>();
  private vocab: string[] = [];
  private vocabDirty = false;
  private byTerm = new Map<string, number[]>();
  private dead = 0;
  private counts = new Uint8Array(0);

  get size(): number {
    return this.byKey.size;
  }

  has(kind: Kind, id: string): boolean {
    return this.byKey.has(docKey(kind, id));
  }

  /** The live document numbered `num` (undefined once removed). */
  entry(num: number): Entry | undefined {
    return this.entries[num];
  }

  /** Documents posted under a Han character or bigram key (dead ones included: check `entry`). */
  hanPostings(key: number): readonly number[] {
    return this.han.get(key) ?? NONE;
  }

  /** Documents containing the word (dead ones included). */
  wordPostings(word: string): readonly number[] {
    return this.words.get(word) ?? NONE;
  }

  /** Documents linked to the term (dead ones included). */
  termPostings(termId: string): readonly number[] {
    return this.byTerm.get(termId) ?? NONE;
  }

  /** Every word of the live and recently removed documents, sorted (for prefixes and typos). */
  sortedVocab(): readonly string[] {
    if (this.vocabDirty) {
      this.vocab = [...this.words.keys()].sort();
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
    const key = docKey(doc.kind, doc.id);
    if (this.byKey.has(key)) this.remove(doc.kind, doc.id);
    const num = this.entries.length;
    const folded = doc.fields.map(fold);
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
    const entry: Entry = { doc, folded, han: [...hanKeys], words: [...wordKeys] };
    this.entries.push(entry);
    this.byKey.set(key, num);
    for (const k of entry.han) push(this.han, k, num);
    for (const w of entry.words) {
      if (!this.words.has(w)) this.vocabDirty = true;
      push(this.words, w, num);
    }
    for (const t of doc.termIds ?? []) push(this.byTerm, t, num);
  }

  /** Removes a document (its postings are skipped, and dropped at the next compaction). */
  remove(kind: Kind, id: string): boolean {
    const key = docKey(kind, id);
    const num = this.byKey.get(key);
    if (num === undefined) return false;
    this.byKey.delete(key);
    this.entries[num] = undefined;
    this.dead++;
    if (this.dead > 256 && this.dead > this.byKey.size / 4) this.compact();
    return true;
  }

  /** Renumbers the live documents and drops dead postings (amortised over many removals). */
  private compact(): void {
    const live = this.entries.filter((e): e is Entry => e !== undefined);
    this.entries = [];
    this.byKey.clear();
    this.han.clear();
    this.words.clear();
    this.byTerm.clear();
    this.dead = 0;
    live.forEach((e, num) => {
      this.entries.push(e);
      this.byKey.set(docKey(e.doc.kind, e.doc.id), num);
      for (const k of e.han) push(this.han, k, num);
      for (const w of e.words) push(this.words, w, num);
      for (const t of e.doc.termIds ?? []) push(this.byTerm, t, num);
    });
    this.vocabDirty = true;
  }
}

function push<K>(map: Map<K, number[]>, key: K, num: number): void {
  const list = map.get(key);
  if (list) list.push(num);
  else map.set(key, [num]);
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
