/**
 * Fuzzy matching: a Han run within a bounded number of edits (Levenshtein), looked for only in
 * windows around the bigrams it shares with a text; a Latin word within one edit of another.
 */
import { bigramAt } from './query.ts';
import type { Range, WindowMatch, WindowSearch } from './types.ts';

/** Longest Han run matched fuzzily: the bit-parallel distance uses one 32-bit word. */
export const MAX_FUZZY_PATTERN = 31;

/** Edits allowed in a Han run of `m` characters. */
export function allowedEdits(m: number): number {
  if (m < 3) return 0;
  return m < 8 ? 1 : 2;
}

/** Levenshtein distance ≤ 1 (substitution, insertion or deletion). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

const peq = new Int32Array(0x10000);

/**
 * Best approximate occurrence of `pattern` (4 to 31 code units) in `text[from, to)`: fewest
 * edits, then leftmost end, then longest span (at least the pattern less one character);
 * undefined when more than `k` edits. Myers (1999), semi-global, in one 32-bit word.
 * Kept over approx-string-match, measured: docs/decisions/030-search-edit-distance.md
 */
export function searchWindow(
  pattern: string,
  text: string,
  from: number,
  to: number,
  k: number,
  withSpan = true,
): WindowMatch | undefined {
  const m = pattern.length;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq[c] = (peq[c] as number) | (1 << i);
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const ends: number[] = [];
  const scores: number[] = [];
  for (let j = from; j < to; j++) {
    const eq = peq[text.charCodeAt(j)] as number;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) {
      ends.push(j + 1);
      scores.push(score);
    }
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  if (!withSpan && m >= 4) {
    // Only the number of edits is wanted (ranking): no need to find where the match starts.
    let min = k + 1;
    let at = -1;
    scores.forEach((sc, n) => {
      if (sc < min) {
        min = sc;
        at = ends[n] as number;
      }
    });
    return at < 0 ? undefined : { edits: min, start: -1, end: at };
  }
  // For each end, the alignment with that many edits that begins furthest left (a small DP);
  // spans shorter than the query less one character are not kept (3 characters: one missing).
  const minSpan = m === 3 ? 4 : m - 1;
  let best: WindowMatch | undefined;
  ends.forEach((end, n) => {
    const edits = scores[n] as number;
    if (best && edits >= best.edits) return;
    for (let s = Math.max(from, end - m - edits); s <= end - minSpan; s++) {
      if (editDistance(pattern, text.slice(s, end)) === edits) {
        best = { edits, start: s, end };
        return;
      }
    }
  });
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

export interface FuzzyMatch extends Range {
  edits: number;
}

export interface FuzzyOptions {
  /** Look only around these bigrams of the run (those the candidate was counted for). */
  bigrams?: ReadonlySet<number>;
  /** Reused array for window starts (no allocation per candidate). */
  scratch?: number[];
  /** False when only the number of edits matters (ranking), not where the match is. */
  withSpan?: boolean;
  /** The edit distance in one window. */
  search?: WindowSearch;
}

/** Best fuzzy occurrence of a Han run (3 to 31 characters) in a document's folded fields. */
export function fuzzyFind(
  fields: readonly string[],
  q: string,
  k: number,
  { bigrams, scratch = [], withSpan = true, search = searchWindow }: FuzzyOptions = {},
): FuzzyMatch | undefined {
  const m = q.length;
  let best: FuzzyMatch | undefined;
  if (m === 3) {
    // Three characters tolerate one missing character only: a?bc or ab?c (南沙案 finds 南沙方案,
    // not 南沙 or 南沙区).
    const [a, b, c] = [q.charAt(0), q.charAt(1), q.charAt(2)];
    fields.forEach((f, field) => {
      if (best) return;
      for (let at = f.indexOf(a + b); at >= 0 && !best; at = f.indexOf(a + b, at + 1)) {
        if (f.charAt(at + 3) === c) best = { field, start: at, end: at + 4, edits: 1 };
      }
      for (let at = f.indexOf(b + c); at >= 0 && !best; at = f.indexOf(b + c, at + 1)) {
        if (at >= 2 && f.charAt(at - 2) === a)
          best = { field, start: at - 2, end: at + 2, edits: 1 };
      }
    });
    return best;
  }
  fields.forEach((f, field) => {
    // Windows around each occurrence of a query bigram, sorted and merged.
    scratch.length = 0;
    for (let i = 0; i + 1 < m; i++) {
      if (bigrams && !bigrams.has(bigramAt(q, i))) continue;
      const bg = q.slice(i, i + 2);
      for (let at = f.indexOf(bg); at >= 0; at = f.indexOf(bg, at + 1)) {
        scratch.push(Math.max(0, at - i - k));
      }
    }
    if (scratch.length === 0) return;
    scratch.sort((x, y) => x - y);
    let from = scratch[0] as number;
    let to = Math.min(f.length, from + m + 2 * k);
    const run = () => {
      const r = search(q, f, from, to, k, withSpan);
      if (r && (!best || r.edits < best.edits)) best = { field, ...r };
    };
    for (let w = 1; w < scratch.length; w++) {
      const s = scratch[w] as number;
      if (s <= to) to = Math.min(f.length, s + m + 2 * k);
      else {
        run();
        from = s;
        to = Math.min(f.length, s + m + 2 * k);
      }
    }
    run();
  });
  return best;
}
