/**
 * The documents that match one part of a query, and how well. A Latin word matches itself, the
 * words it begins, and (4+ letters) words with its stem or one edit away. A Han run of 1–2 characters is looked up
 * directly; a longer run narrows the documents by the bigrams they share with it (q-gram lemma),
 * then checks each on its folded text: exact substring, else a bounded edit distance.
 */
import { allowedEdits, fuzzyFind, MAX_FUZZY_PATTERN, withinOneEdit } from './fuzzy.ts';
import { type InvertedIndex, lowerBound, type Postings } from './inverted-index.ts';
import { bigramAt, type Part } from './query.ts';
import { stemOf, wordsWithStem } from './stem.ts';
import type { WindowSearch } from './types.ts';

/** A document that matches every part so far. */
export interface Cand {
  num: number;
  /** Worst tier over the parts so far (1 exact, 3 fuzzy). */
  tier: 1 | 3;
  /** Edits summed over the parts. */
  edits: number;
}

/** Candidates for one part, among `within` (the previous parts' candidates) when given. */
export function matchPart(
  index: InvertedIndex,
  part: Part,
  within: Map<number, Cand> | undefined,
  search?: WindowSearch,
): Map<number, Cand> {
  const out = new Map<number, Cand>();
  const keep = (num: number, tier: 1 | 3, edits: number) => {
    const prev = within ? within.get(num) : undefined;
    if (within && !prev) return;
    const cur = out.get(num);
    const t = Math.max(tier, prev?.tier ?? 1) as 1 | 3;
    const e = edits + (prev?.edits ?? 0);
    if (!cur || t < cur.tier || (t === cur.tier && e < cur.edits))
      out.set(num, { num, tier: t, edits: e });
  };
  const keepAll = (nums: Postings, tier: 1 | 3, edits: number) => {
    for (const num of nums) if (index.entry(num)) keep(num, tier, edits);
  };

  if (!part.han) {
    const w = part.text;
    keepAll(index.wordPostings(w), 1, 0);
    const vocab = index.sortedVocab();
    if (w.length >= 2 || !within) {
      // Prefixes: the words that start with the query word.
      for (let i = lowerBound(vocab, w); i < vocab.length; i++) {
        const v = vocab[i] as string;
        if (!v.startsWith(w)) break;
        if (v !== w) keepAll(index.wordPostings(v), 1, 0);
      }
    }
    if (w.length >= 4) {
      // Same stem (talents → talent, transportation → transport): as good as exact.
      for (const v of wordsWithStem(vocab, stemOf(w))) {
        if (v !== w && !v.startsWith(w)) keepAll(index.wordPostings(v), 1, 0);
      }
      for (const v of vocab) {
        if (v === w || v.startsWith(w) || !withinOneEdit(v, w)) continue;
        keepAll(index.wordPostings(v), 3, 1);
      }
    }
    return out;
  }

  const q = part.text;
  const m = q.length;
  if (m <= 2) {
    keepAll(index.hanPostings(m === 1 ? q.charCodeAt(0) : bigramAt(q, 0)), 1, 0);
    return out;
  }
  // Bigram counting: a run with k edits shares at least (m - 1) - 2k of its bigrams.
  const k = m <= MAX_FUZZY_PATTERN ? allowedEdits(m) : 0;
  const bigrams = new Set<number>();
  for (let i = 0; i + 1 < m; i++) bigrams.add(bigramAt(q, i));
  const need = Math.max(1, m - 1 - 2 * k);
  const scratch: number[] = [];
  index.countShared(bigrams, (num, shared) => {
    const entry = index.entry(num);
    if (!entry || shared < need) return;
    if (within && !within.has(num)) return;
    if (entry.folded.some((f) => f.includes(q))) {
      keep(num, 1, 0);
      return;
    }
    if (k === 0) return;
    const best = fuzzyFind(entry.folded, q, k, { bigrams, scratch, withSpan: false, search });
    if (best) keep(num, 3, best.edits);
  });
  return out;
}
